/**
 * The IncomingLog contract (src/queue/incoming-log.ts): every implementation must pass it.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import type { IncomingLog, IncomingRecord } from '../../src/queue/incoming-log.js';
import type { Factory } from './harness.js';

/** `keep`: entries the log keeps (small here, to watch pruning). */
export type IncomingLogFactory = Factory<IncomingLog, { keep: number }>;

const START = Date.UTC(2026, 0, 1);
const entry = (over: Partial<IncomingRecord> = {}): IncomingRecord => ({
  delivery: randomUUID(),
  event: 'issues',
  action: 'opened',
  repository: 'Octo/App',
  receivedAt: START,
  outcome: 'queued',
  links: 2,
  ...over,
});

export function incomingLogContract(t: Test, name: string, factory: IncomingLogFactory): void {
  t.test(`${name}: entries come back newest first, as recorded`, async (t) => {
    const h = await factory(t, { keep: 100 });
    if (!h) return;
    const log = h.subject;
    const first = entry();
    await log.record(first);
    await log.record(entry({ event: 'star', action: undefined, repository: undefined, outcome: 'ignored', links: 0, reason: 'no link for this repository', receivedAt: START + 1 }));
    const [newest, oldest] = await log.list({});
    t.match(newest, { event: 'star', action: null, repository: null, outcome: 'ignored', links: 0, reason: 'no link for this repository', receivedAt: new Date(START + 1).toISOString() });
    t.same(oldest, { id: oldest!.id, delivery: first.delivery, event: 'issues', action: 'opened', repository: 'Octo/App', receivedAt: new Date(START).toISOString(), outcome: 'queued', links: 2, reason: null });
    t.ok(newest!.id > oldest!.id, 'ids grow');
    t.type(oldest!.id, 'number');
  });

  t.test(`${name}: filters by event, outcome and repository (any case), and pages`, async (t) => {
    const h = await factory(t, { keep: 100 });
    if (!h) return;
    const log = h.subject;
    await Promise.all([
      log.record(entry({ event: 'push' })),
      log.record(entry({ event: 'issues', outcome: 'duplicate', links: 0 })),
      log.record(entry({ event: 'issues', repository: 'other/repo' })),
      log.record(entry({ event: 'push', outcome: 'ignored', links: 0, reason: 'filtered' })),
    ]);
    const all = await log.list({});
    t.same(all.map((e) => e.event), ['push', 'issues', 'issues', 'push'], 'entries recorded together keep their order');
    t.same((await log.list({ event: 'push' })).map((e) => e.outcome), ['ignored', 'queued']);
    t.same((await log.list({ outcome: 'duplicate' })).length, 1);
    t.same((await log.list({ repositories: ['OTHER/REPO'] })).map((e) => e.repository), ['other/repo']);
    t.same((await log.list({ repositories: ['octo/app', 'nobody/here'] })).length, 3);
    t.same(await log.list({ repositories: [] }), [], 'no repositories, no entries');
    t.same((await log.list({ limit: 2 })).map((e) => e.id), [all[0]!.id, all[1]!.id]);
    t.same((await log.list({ limit: 2, beforeId: all[1]!.id })).map((e) => e.id), [all[2]!.id, all[3]!.id]);
    t.same((await log.list({ event: 'push', outcome: 'queued', repositories: ['octo/app'] })).length, 1);
  });

  t.test(`${name}: a list sees what was recorded before it, awaited or not`, async (t) => {
    const h = await factory(t, { keep: 1_000 });
    if (!h) return;
    const log = h.subject;
    const writes = Array.from({ length: 300 }, (_, i) => log.record(entry({ receivedAt: START + i })));
    t.equal((await log.list({ limit: 500 })).length, 300);
    await Promise.all(writes);
  });

  t.test(`${name}: keeps only the newest entries`, async (t) => {
    const h = await factory(t, { keep: 5 });
    if (!h) return;
    const log = h.subject;
    for (let i = 0; i < 8; i++) await log.record(entry({ delivery: `d${i}` }));
    t.same((await log.list({})).map((e) => e.delivery), ['d7', 'd6', 'd5', 'd4', 'd3']);
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.record(entry({ delivery: `burst${i}` }))));
    t.same((await log.list({})).map((e) => e.delivery), ['burst19', 'burst18', 'burst17', 'burst16', 'burst15'], 'also within one batch');
  });

  t.test(`${name}: close stores what is waiting`, async (t) => {
    const h = await factory(t, { keep: 100 });
    if (!h?.replica) return t.pass('one-process store: nothing to read it back with after close');
    const written = h.subject.record(entry({ delivery: 'last-words' }));
    await h.subject.close();
    await written;
    await t.rejects(h.subject.record(entry()), /closed/);
    const other = await h.replica();
    t.same((await other.list({})).map((e) => e.delivery), ['last-words'], 'another replica reads it');
  });
}
