/**
 * The contract of PeopleStore: every implementation must pass it. To add one, add a line to
 * IMPLEMENTATIONS in people-store.test.ts with a factory that also says how to make its writes fail.
 */
import type { Test } from 'tap';
import type { Person } from '../../src/people/person.js';
import type { PeopleStore } from '../../src/people/people-store.js';
import { waitFor } from '../helpers/wait-for.js';
import { together, type Harness } from './harness.js';

export interface PeopleHarness extends Harness<PeopleStore> {
  /** Makes every write fail, as a full disk or a refusing database would, until the returned function runs. */
  refuseWrites(): Promise<() => Promise<void>>;
  /** Ends the store's LISTEN connection from the server side (shared stores only). */
  cutListener?(): Promise<void>;
}

export type PeopleStoreFactory = (t: Test) => Promise<PeopleHarness | undefined>;

const mona: Person = { login: 'Octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' };
const hubot: Person = { login: 'hubot', teams: '87d349ed-44d7-43e1-9a83-5f2406dee5bd', name: 'Hubot' };
const bot: Person = { login: 'dependabot[bot]', teams: 'deps@contoso.onmicrosoft.com', name: 'Dependabot' };

export function peopleStoreContract(t: Test, name: string, factory: PeopleStoreFactory): void {
  t.test(`${name}: put creates, then replaces; get and delete ignore case`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const people = h.subject;
    t.same(await people.list(), []);
    t.same(await people.put(mona), { person: mona, created: true });
    t.same(await people.get('octocat'), mona);
    t.same(await people.get('OCTOCAT'), mona);
    t.equal(await people.get('nobody'), undefined);

    const renamed = { login: 'octoCAT', teams: 'mona.octocat@contoso.com', name: 'Mona' };
    t.same(await people.put(renamed), { person: renamed, created: false }, 'the same login in another case replaces');
    t.same(await people.list(), [renamed], 'one person, spelt as last given');

    await people.put(hubot);
    await people.put(bot);
    t.same((await people.list()).map((p) => p.login), ['dependabot[bot]', 'hubot', 'octoCAT'], 'ordered by login, ignoring case');

    t.equal(await people.delete('OCTOCAT'), true);
    t.equal(await people.delete('octocat'), false, 'a second delete finds nothing');
    t.equal(await people.get('octocat'), undefined);
    t.same((await people.list()).map((p) => p.login), ['dependabot[bot]', 'hubot']);
  });

  t.test(`${name}: putMany stores everyone at once and counts what it created`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const people = h.subject;
    await people.put(mona);
    const many = Array.from({ length: 500 }, (_, i) => ({ login: `user-${i}`, teams: `user${i}@contoso.com`, name: `User ${i}` }));
    t.same(await people.putMany([{ ...mona, name: 'Mona Lisa Octocat' }, ...many]), { created: 500, updated: 1 });
    t.equal((await people.list()).length, 501);
    t.equal((await people.get('OCTOCAT'))?.name, 'Mona Lisa Octocat');
    t.same(await people.get('user-499'), many[499]);
    t.same(await people.putMany([]), { created: 0, updated: 0 });
  });

  t.test(`${name}: a failed write changes nothing and does not spoil the next`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const people = h.subject;
    await people.put(mona);
    const restore = await h.refuseWrites();
    await t.rejects(people.putMany([{ ...mona, name: 'Changed' }, hubot, bot]));
    await t.rejects(people.put(hubot));
    await t.rejects(people.delete('octocat'));
    t.same(await people.list(), [mona], 'nobody added, changed or removed');
    await restore();
    t.same(await people.putMany([hubot, bot]), { created: 2, updated: 0 });
    t.same((await people.list()).map((p) => p.login), ['dependabot[bot]', 'hubot', 'Octocat']);
  });

  t.test(`${name}: concurrent puts of one login leave one person`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const stores = h.replica ? [h.subject, await h.replica()] : [h.subject];
    const results = await together(10, (i) => stores[i % stores.length]!.put({ login: i % 2 ? 'octocat' : 'OctoCat', teams: `m${i}@contoso.com`, name: `Mona ${i}` }));
    t.ok(results.every((r) => r.status === 'fulfilled'));
    const created = results.filter((r) => r.status === 'fulfilled' && r.value.created);
    t.equal(created.length, 1, 'exactly one put created the person');
    t.equal((await h.subject.list()).length, 1);
  });

  t.test(`${name}: watch reports every change`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const people = h.subject;
    const seen: Array<string | null> = [];
    const stop = people.watch((login) => seen.push(login));
    await people.put(mona);
    await waitFor(() => seen.length >= 1, 'a put');
    await people.putMany([hubot, bot]);
    await waitFor(() => seen.length >= 2, 'an import');
    await people.putMany([{ ...hubot, name: 'Hubot 2' }]);
    await waitFor(() => seen.length >= 3, 'an import of one');
    await people.delete('OctoCat');
    await waitFor(() => seen.length >= 4, 'a delete');
    t.same(seen, ['octocat', null, 'hubot', 'octocat'], 'one login by its key; several as null');

    stop();
    const later: Array<string | null> = [];
    people.watch((login) => later.push(login));
    await people.put(mona);
    await waitFor(() => later.length >= 1, 'a put after stop');
    t.equal(seen.length, 4, 'a stopped watch is not called');

    if (!h.replica) return;
    const other = await h.replica();
    await other.put({ ...mona, name: 'Mona from elsewhere' });
    await waitFor(() => later.length >= 2, 'a change made through another replica');
    t.same(later, ['octocat', 'octocat']);
    t.equal((await people.get('octocat'))?.name, 'Mona from elsewhere');

    if (!h.cutListener) return;
    await h.cutListener();
    await waitFor(() => later.length >= 3, 'word after a reconnect');
    t.equal(later[2], null, 'after a reconnect, read everyone again');
  });
}
