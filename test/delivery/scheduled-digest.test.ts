/**
 * Scheduled digests through the real worker on a fake clock (the fake Teams answers over real
 * HTTP): jobs wait for their link's slot and go out together as one digest card whose jobs are
 * all recorded delivered under one digest id; a slot with nothing in it posts nothing; a daily
 * slot follows the time zone across a DST change; a redelivery goes at once as its own card.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { renderEvent } from '../../src/cards/render.js';
import { createCardSource } from '../../src/delivery/card-source.js';
import { createTargetWorker } from '../../src/delivery/target-worker.js';
import { TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import type { LinkDelivery } from '../../src/links/link.js';
import { targetKeyOf } from '../../src/links/target-key.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { createMemoryJobDatabase, createMemoryJobQueue } from '../helpers/memory-job-queue.js';
import { createMemoryLinkStore } from '../helpers/memory-link-store.js';

const fake = await startFakeTeams();
t.teardown(() => fake.close());
const quiet = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((l) => [l, () => {}])) as never;
let seq = 0;

async function world(start: string, delivery: LinkDelivery) {
  const clock = createFakeClock(Date.parse(start));
  const db = createMemoryJobDatabase({ now: () => clock.now() });
  const queue = createMemoryJobQueue(db);
  const links = createMemoryLinkStore();
  const path = `/scheduled/${++seq}`;
  const url = `${fake.url}${path}?sig=SECRET`;
  links.put('l', url);
  await links.update('l', { delivery });
  const cards = createCardSource({ queue, githubUrl: 'https://github.com', render: renderEvent });
  const worker = createTargetWorker({
    queue,
    links,
    cards,
    logger: quiet,
    options: { clock, windows: TEAMS_WINDOWS, leaseMs: 3600_000, idleReleaseMs: 3600_000, timeoutMs: 5_000 },
  });
  worker.start();
  await worker.ready();
  const issue = example('issues', (p) => p.action === 'opened');
  const send = async () => {
    const { jobs } = await db.ingest({ delivery: randomUUID(), name: 'issues', action: 'opened', repository: 'octo/l', payload: JSON.stringify(issue), receivedAt: clock.now() }, [
      { linkId: 'l', target: targetKeyOf(url), summary: 'issue opened' },
    ]);
    worker.enqueue(jobs);
    return jobs[0]!;
  };
  /** Moves the fake clock to `iso` a minute at a time, letting real HTTP answers arrive between steps. */
  const until = async (iso: string) => {
    while (clock.now() < Date.parse(iso)) {
      await clock.run(Math.min(60_000, Date.parse(iso) - clock.now()));
      for (let i = 0; i < 20 && worker.stats().inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await clock.run(0);
    }
  };
  const posts = () => fake.requestsFor(path);
  return { clock, db, queue, worker, send, until, posts, close: () => worker.stop(1000) };
}

t.test('every 15 minutes: jobs wait for the slot, then go as one digest; an empty slot posts nothing', async (t) => {
  const w = await world('2026-03-02T10:05:00Z', { mode: 'digest', everyMinutes: 15 });
  t.teardown(w.close);
  await w.until('2026-03-02T10:07:00Z');
  const jobs = [await w.send(), await w.send(), await w.send()];
  await w.until('2026-03-02T10:14:00Z');
  t.equal(w.posts().length, 0, 'nothing before the slot');
  await w.until('2026-03-02T10:16:00Z');
  await waitFor(() => w.posts().length === 1 && w.worker.stats().delivered === 3);
  const card = JSON.stringify(w.posts()[0]!.body);
  t.match(card, /AdaptiveCard/);
  t.equal((card.match(/Spelling error in the README file/g) ?? []).length >= 1, true, 'the issue is in the card');
  const views = await Promise.all(jobs.map((j) => w.db.get(j.id)));
  const ids = new Set(views.map((v) => v!.attempts[0]!.digest!.id));
  t.equal(ids.size, 1, 'one digest id on every job');
  t.same(views[0]!.attempts[0]!.digest!.jobs, jobs.map((j) => j.id), 'the digest names every job it carried');
  t.same(views.map((v) => v!.status), ['delivered', 'delivered', 'delivered']);
  await w.until('2026-03-02T11:16:00Z');
  t.equal(w.posts().length, 1, 'four slots with nothing in them posted nothing');
});

t.test('daily at 09:00 Europe/Berlin across the spring DST change, and a redelivery goes alone at once', async (t) => {
  // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, so 09:00 is 07:00 UTC that day.
  const w = await world('2026-03-28T20:00:00Z', { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' });
  t.teardown(w.close);
  const first = await w.send();
  await w.until('2026-03-28T23:30:00Z');
  await w.send();
  await w.until('2026-03-29T06:59:00Z');
  t.equal(w.posts().length, 0, 'nothing before 09:00 local (06:59 UTC is 08:59 CEST)');
  await w.until('2026-03-29T07:01:00Z');
  await waitFor(() => w.worker.stats().delivered === 2);
  t.equal(w.posts().length, 1, 'one digest at 09:00 CEST');
  const sent = (await w.db.get(first.id))!.attempts[0]!;
  t.ok(Date.parse(sent.startedAt) >= Date.parse('2026-03-29T07:00:00Z'), `sent at ${sent.startedAt}, 09:00 CEST or just after`);
  t.equal(sent.digest!.jobs.length, 2, 'both days\' jobs in one digest');

  const requeued = await w.db.requeue(first.id);
  t.ok(requeued);
  w.worker.enqueue([requeued!]);
  await w.until('2026-03-29T07:03:00Z');
  await waitFor(() => w.posts().length === 2);
  const again = (await w.db.get(first.id))!;
  t.equal(again.status, 'delivered');
  t.notOk('digest' in again.attempts[1]!, 'the redelivery went as its own card');
  await w.until('2026-03-30T07:05:00Z');
  t.equal(w.posts().length, 2, 'the next day had nothing: nothing posted');
});

async function waitFor(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
