/**
 * The contract of LinkStore: every implementation and every fake the tests use must pass it.
 * Defaults and patch rules are link-rules.ts's; this suite checks each store applies them.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Test } from 'tap';
import { DEFAULT_FEATURES } from '../../src/links/features.js';
import { DEFAULT_LINK_OPTIONS, type Link, type LinkInput } from '../../src/links/link.js';
import { LinkConflictError, type DeliveryOutcomeForHealth, type LinkStore } from '../../src/links/link-store.js';
import { healthAfter } from '../../src/links/link-rules.js';
import { waitFor } from '../helpers/wait-for.js';
import { together, type Factory } from './harness.js';

export type LinkStoreFactory = Factory<LinkStore>;

const webhook = (channel: string) => `https://contoso.webhook.office.com/webhookb2/${channel}@tenant/IncomingWebhook/abc/def/V2sig${channel}`;
const input = (over: Partial<LinkInput> = {}): LinkInput => ({ repository: 'Octo-Org/Octo-Repo', webhookUrl: webhook('general'), ...over });

export function linkStoreContract(t: Test, name: string, factory: LinkStoreFactory): void {
  t.test(`${name}: create fills in the defaults; get, list and delete`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const before = Date.now();
    const link = await links.create(input());
    t.match(link, {
      repository: 'Octo-Org/Octo-Repo',
      webhookUrl: webhook('general'),
      events: [...DEFAULT_FEATURES],
      branches: [],
      options: DEFAULT_LINK_OPTIONS,
      health: 'active',
      consecutiveFailures: 0,
      createdBy: 'admin',
    });
    t.type(link.id, 'string');
    t.equal(link.createdAt, link.updatedAt);
    t.ok(Date.parse(link.createdAt) >= before - 1 && Date.parse(link.createdAt) <= Date.now() + 1, 'createdAt is now');
    for (const key of ['lastError', 'teams', 'capabilityHash', 'hookId'] as const) t.notOk(key in link, `no ${key} unless given`);
    t.same(await links.get(link.id), link);
    t.same(await links.list(), [link]);

    const full = await links.create(
      input({
        repository: 'octo-org/other',
        events: ['issues', 'stars'],
        branches: ['main', 'release/*'],
        options: { drafts: true },
        createdBy: 'github:octocat',
        teams: { channelName: 'General', teamName: 'Octo' },
        capabilityHash: 'c'.repeat(64),
        hookId: 4242,
      }),
    );
    t.match(full, { events: ['issues', 'stars'], branches: ['main', 'release/*'], options: { ...DEFAULT_LINK_OPTIONS, drafts: true }, createdBy: 'github:octocat', teams: { channelName: 'General', teamName: 'Octo' }, capabilityHash: 'c'.repeat(64), hookId: 4242 });
    t.same(await links.get(full.id), full);
    t.same((await links.list()).map((l) => l.id).sort(), [link.id, full.id].sort());

    t.equal(await links.delete(link.id), true);
    t.equal(await links.delete(link.id), false, 'a second delete finds nothing');
    t.equal(await links.get(link.id), undefined);
    t.same(await links.list(), [full]);
  });

  t.test(`${name}: lookups by repository (any case) and by capability`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const a = await links.create(input({ capabilityHash: 'a'.repeat(64) }));
    const b = await links.create(input({ repository: 'octo-org/octo-repo', webhookUrl: webhook('random') }));
    const other = await links.create(input({ repository: 'octo-org/elsewhere' }));
    t.same((await links.byRepository('OCTO-ORG/octo-REPO')).map((l) => l.id).sort(), [a.id, b.id].sort());
    t.same(await links.byRepository('octo-org/elsewhere'), [other]);
    t.same(await links.byRepository('octo-org/nothing'), []);
    t.same(await links.byCapability('a'.repeat(64)), a);
    t.equal(await links.byCapability('b'.repeat(64)), undefined);
  });

  t.test(`${name}: update applies a patch as link-rules say`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const link = await links.create(input({ options: { synchronize: true }, branches: ['main'] }));
    await sleep(2);
    const next = (await links.update(link.id, { options: { drafts: true }, branches: undefined, lastError: 'HTTP 500', hookId: 7 }))!;
    t.same(next.options, { ...DEFAULT_LINK_OPTIONS, synchronize: true, drafts: true }, 'options merge');
    t.same(next.branches, ['main'], 'an undefined field is left alone');
    t.equal(next.lastError, 'HTTP 500');
    t.equal(next.hookId, 7);
    t.equal(next.createdAt, link.createdAt);
    t.ok(next.updatedAt > link.updatedAt, 'updatedAt moves');
    t.same(await links.get(link.id), next);
    const cleared = (await links.update(link.id, { lastError: null, webhookUrl: webhook('moved'), repository: 'Octo-Org/Renamed' }))!;
    t.notOk('lastError' in cleared, 'lastError: null clears it');
    t.equal(cleared.webhookUrl, webhook('moved'));
    t.same(await links.byRepository('octo-org/renamed'), [cleared], 'the repository index follows an update');
    t.same(await links.byRepository('octo-org/octo-repo'), []);
    t.equal(await links.update('no-such-link', { branches: [] }), undefined);
    t.notOk('paused' in cleared, 'a link is not paused unless told');
    const paused = (await links.update(link.id, { paused: true }))!;
    t.equal(paused.paused, true);
    t.same(await links.get(link.id), paused, 'paused round-trips');
    const resumed = (await links.update(link.id, { paused: false }))!;
    t.notOk('paused' in resumed, 'resuming removes the mark');
    t.same(await links.get(link.id), resumed);
    t.equal((await links.create(input({ webhookUrl: webhook('born-paused'), paused: true }))).paused, true, 'a link may be created paused');
  });

  t.test(`${name}: filters round-trip, and a patch merges them as link-rules say`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const plain = await links.create(input());
    t.notOk('filters' in plain, 'no filters unless given');
    const filters = {
      labels: { include: ['bug', 'area/*'], exclude: ['wontfix', 'dependencies'] },
      authors: { include: [], exclude: ['renovate[bot]'], bots: false },
      paths: ['services/api/**', '!**/*.md'],
      actions: { pulls: ['opened', 'merged', 'ready_for_review'], issues: ['opened', 'closed'] },
    };
    const link = await links.create(input({ webhookUrl: webhook('filtered'), branches: ['main', 'release/*', '!release/legacy-*'], filters }));
    t.same(link.filters, filters);
    t.same(await links.get(link.id), link, 'read back as written');
    await sleep(2);
    const next = (await links.update(link.id, { filters: { authors: { bots: true }, actions: { pulls: [] }, paths: ['docs/**'] } }))!;
    t.same(next.filters, { ...filters, authors: { ...filters.authors, bots: true }, paths: ['docs/**'], actions: { issues: ['opened', 'closed'] } }, 'objects merge, lists replace, an emptied action list goes');
    t.same(await links.get(link.id), next);
    const other = h.replica ? await h.replica() : links;
    t.same((await other.get(link.id))?.filters, next.filters, 'every replica reads them');
    t.same((await links.update(link.id, { branches: ['dev'] }))!.filters, next.filters, 'a patch without filters keeps them');
  });

  t.test(`${name}: a delivery mode round-trips, is replaced whole by a patch, and immediate is no field`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    t.notOk('delivery' in (await links.create(input())), 'immediate unless given');
    const daily = { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' } as const;
    const link = await links.create(input({ webhookUrl: webhook('daily'), delivery: daily }));
    t.same(link.delivery, daily);
    t.same(await links.get(link.id), link, 'read back as written');
    const other = h.replica ? await h.replica() : links;
    t.same((await other.get(link.id))?.delivery, daily, 'every replica reads it');
    const every = (await links.update(link.id, { delivery: { mode: 'digest', everyMinutes: 30 } }))!;
    t.same(every.delivery, { mode: 'digest', everyMinutes: 30 }, 'no field of the daily mode is left behind');
    t.same((await links.update(link.id, { branches: ['dev'] }))!.delivery, every.delivery, 'a patch without it keeps it');
    const back = (await links.update(link.id, { delivery: { mode: 'immediate' } }))!;
    t.notOk('delivery' in back, 'back to immediate');
    t.same(await links.get(link.id), back);
  });

  t.test(`${name}: one webhook links one repository once`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const first = await links.create(input());
    const conflict = await links.create(input({ repository: 'OCTO-ORG/OCTO-REPO' })).catch((e: unknown) => e);
    t.type(conflict, LinkConflictError, 'the same pair in another case conflicts');
    t.equal((conflict as LinkConflictError).existingId, first.id);
    t.equal((conflict as LinkConflictError).statusCode, 409);
    const otherChannel = await links.create(input({ webhookUrl: webhook('random') }));
    const otherRepo = await links.create(input({ repository: 'octo-org/second' }));
    t.equal((await links.list()).length, 3, 'another webhook, or another repository, is fine');

    await t.rejects(links.update(otherChannel.id, { webhookUrl: webhook('general') }), LinkConflictError, 'an update into a taken pair conflicts');
    await t.rejects(links.update(otherRepo.id, { repository: 'octo-org/OCTO-repo' }), LinkConflictError);
    t.same(await links.get(otherChannel.id), otherChannel, 'and changes nothing');
    t.same(await links.get(otherRepo.id), otherRepo);
    t.ok(await links.update(first.id, { repository: 'octo-org/octo-REPO' }), 'a link may respell its own pair');
  });

  t.test(`${name}: of concurrent creates of one pair exactly one wins`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const stores = h.replica ? [h.subject, await h.replica()] : [h.subject];
    const results = await together(12, (i) => stores[i % stores.length]!.create(input({ repository: i % 3 ? 'octo-org/octo-repo' : 'OCTO-ORG/octo-repo' })));
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    t.equal(won.length, 1);
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    t.equal(lost.length, 11);
    t.ok(lost.every((e) => e instanceof LinkConflictError && e.existingId === won[0]!.id), 'each loser is told which link holds the pair');
    t.equal((await h.subject.list()).length, 1);
  });

  t.test(`${name}: recordDelivery moves health in one atomic step`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const link = await links.create(input());
    t.same(await links.recordDelivery(link.id, { ok: true }, 3), link, 'a success on a healthy link changes nothing');
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 502' }, 3), { consecutiveFailures: 1, health: 'active', lastError: 'HTTP 502' });
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 503' }, 3), { consecutiveFailures: 2, health: 'active', lastError: 'HTTP 503' });
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 400' }, 3), { consecutiveFailures: 3, health: 'failing', lastError: 'HTTP 400' });
    t.match(await links.get(link.id), { consecutiveFailures: 3, health: 'failing', lastError: 'HTTP 400' });
    const healed = (await links.recordDelivery(link.id, { ok: true }, 3))!;
    t.match(healed, { consecutiveFailures: 0, health: 'active' });
    t.notOk('lastError' in healed, 'a success clears the error');
    t.equal(await links.recordDelivery('no-such-link', { ok: false, error: 'x' }, 3), undefined);
    t.equal(await links.recordDelivery('no-such-link', { ok: true }, 3), undefined);

    const stores = h.replica ? [links, await h.replica()] : [links];
    await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % stores.length]!.recordDelivery(link.id, { ok: false, error: `HTTP 5${i}` }, 3)));
    t.match(await links.get(link.id), { consecutiveFailures: 20, health: 'failing' }, 'twenty concurrent failures count twenty');
  });

  t.test(`${name}: a refusal for good makes a link dead at once, and one delivery revives it`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const link = await links.create(input());
    const gone = { ok: false as const, error: 'HTTP 410: Gone', refused: true };
    t.match(await links.recordDelivery(link.id, gone, 3), { consecutiveFailures: 1, health: 'dead', lastError: 'HTTP 410: Gone' }, 'no count to wait for');
    t.match(await links.recordDelivery(link.id, gone, 3), { consecutiveFailures: 2, health: 'dead' }, 'stays dead on the same answer');
    t.match(await links.get(link.id), { health: 'dead' });
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 502' }, 3), { consecutiveFailures: 3, health: 'failing', lastError: 'HTTP 502' }, 'another failure no longer says the webhook is gone');
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 404', refused: true }, 3), { health: 'dead', lastError: 'HTTP 404' });
    const revived = (await links.recordDelivery(link.id, { ok: true }, 3))!;
    t.match(revived, { consecutiveFailures: 0, health: 'active' });
    t.notOk('lastError' in revived);
    t.match(await links.recordDelivery(link.id, { ok: false, error: 'HTTP 404', refused: false }, 3), { consecutiveFailures: 1, health: 'active' }, 'only a refusal said so is one');
  });

  t.test(`${name}: recordDelivery moves health exactly as healthAfter says`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const link = await links.create(input());
    const outcomes: DeliveryOutcomeForHealth[] = [
      { ok: false, error: 'HTTP 500' },
      { ok: false, error: 'HTTP 410', refused: true },
      { ok: false, error: 'HTTP 500' },
      { ok: false, error: 'HTTP 500' },
      { ok: true },
      { ok: false, error: 'HTTP 400' },
      { ok: false, error: 'HTTP 400' },
      { ok: false, error: 'HTTP 404', refused: true },
      { ok: false, error: 'HTTP 404', refused: true },
      { ok: true },
      { ok: true },
    ];
    let expected: Pick<Link, 'health' | 'consecutiveFailures' | 'lastError'> = { health: link.health, consecutiveFailures: link.consecutiveFailures };
    for (const [i, outcome] of outcomes.entries()) {
      const patch = healthAfter(expected, outcome, 2);
      if (patch) expected = { health: patch.health!, consecutiveFailures: patch.consecutiveFailures!, ...(patch.lastError ? { lastError: patch.lastError } : {}) };
      const stored = (await links.recordDelivery(link.id, outcome, 2))!;
      t.same({ health: stored.health, consecutiveFailures: stored.consecutiveFailures, lastError: stored.lastError }, { lastError: undefined, ...expected }, `after outcome ${i}`);
    }
  });

  t.test(`${name}: watch reports every change`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const links = h.subject;
    const seen: string[] = [];
    const stop = links.watch((id) => seen.push(id));
    const link = await links.create(input());
    await waitFor(() => seen.length >= 1, 'a create');
    await links.update(link.id, { branches: ['main'] });
    await waitFor(() => seen.length >= 2, 'an update');
    await links.recordDelivery(link.id, { ok: false, error: 'HTTP 500' }, 3);
    await waitFor(() => seen.length >= 3, 'a health change');
    await links.delete(link.id);
    await waitFor(() => seen.length >= 4, 'a delete');
    t.same(seen, [link.id, link.id, link.id, link.id], 'create, update, health change and delete');

    stop();
    const later: string[] = [];
    links.watch((id) => later.push(id));
    const next = await links.create(input());
    await waitFor(() => later.length >= 1, 'a create after stop');
    t.same(seen.length, 4, 'a stopped watch is not called');

    if (!h.replica) return;
    const other = await h.replica();
    await other.update(next.id, { branches: ['dev'] });
    await waitFor(() => later.length >= 2, 'a change made through another replica');
    t.same(later, [next.id, next.id]);
    t.same(await links.get(next.id), await other.get(next.id), 'both replicas read the same link');
  });
}
