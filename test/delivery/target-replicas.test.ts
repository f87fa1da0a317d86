/**
 * Two delivery workers on one memory job database, as two replicas on one PostgreSQL, posting
 * over real HTTP to one fake Teams. Each card says which worker sent it, and the database keeps
 * every lease span, so each request is checked against the lease its sender held when it
 * arrived: one replica per webhook at a time, even across a death or a lost database.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { createCardSource } from '../../src/delivery/card-source.js';
import { createTargetWorker, type TargetWorker, type TargetWorkerOptions } from '../../src/delivery/target-worker.js';
import { targetKeyOf } from '../../src/links/target-key.js';
import { startFakeTeams, type FakeTeamsRequest } from '../helpers/fake-teams.js';
import { createMemoryJobDatabase, createMemoryJobQueue, type MemoryJobDatabase, type MemoryJobQueue } from '../helpers/memory-job-queue.js';
import { createMemoryLinkStore } from '../helpers/memory-link-store.js';

const fake = await startFakeTeams();
t.teardown(() => fake.close());

const LEASE_MS = 600;
const WINDOWS = [{ limit: 3, ms: 1000 }];
const OPTIONS: TargetWorkerOptions = {
  timeoutMs: 2000,
  windows: WINDOWS,
  guardMs: 20,
  backoff: { baseMs: 20, capMs: 50, minMs: 5 },
  recordBackoff: { baseMs: 20, capMs: 40, minMs: 10 },
  leaseMs: LEASE_MS,
};
const silent = { debug() {}, info() {}, warn() {}, error() {} };

let pathSeq = 0;

function cluster() {
  const db = createMemoryJobDatabase();
  const links = createMemoryLinkStore();
  const urls = new Map<string, string>();
  const replicas = new Map<string, { worker: TargetWorker; queue: MemoryJobQueue }>();
  const paths = new Map<string, string>();
  return {
    db,
    replicas,
    replica(name: string, options: TargetWorkerOptions = {}) {
      const queue = createMemoryJobQueue(db);
      const cards = createCardSource({ queue, githubUrl: '', render: (event) => ({ message: { n: event.payload.n, by: name } as never, summary: 'n' }) });
      const worker = createTargetWorker({ queue, links, cards, logger: silent, options: { ...OPTIONS, owner: name, ...options } });
      replicas.set(name, { worker, queue });
      worker.start();
      return { worker, queue };
    },
    link(id: string): string {
      const path = `/r${++pathSeq}/${id}`;
      urls.set(id, `${fake.url}${path}?sig=SECRET`);
      paths.set(path, targetKeyOf(urls.get(id)!));
      links.put(id, urls.get(id)!);
      return path;
    },
    async send(linkId: string, n: number) {
      const event = { delivery: randomUUID(), name: 'push', payload: JSON.stringify({ n }), receivedAt: Date.now() };
      await db.ingest(event, [{ linkId, target: targetKeyOf(urls.get(linkId)!), summary: `card ${n}` }]);
    },
    /** Requests to `path` that arrived while their sender did not hold its target. */
    unleased(path: string): FakeTeamsRequest[] {
      const target = paths.get(path)!;
      return fake.requestsFor(path).filter((r) => db.holderAt(target, r.at) !== (r.body as { by: string }).by);
    },
    async stopAll() {
      await Promise.all([...replicas.values()].map((r) => r.worker.stop(200)));
    },
  };
}

const numbers = (path: string) => fake.requestsFor(path).map((r) => (r.body as { n: number }).n);
const senders = (path: string) => new Set(fake.requestsFor(path).map((r) => (r.body as { by: string }).by));
const delivered = (db: MemoryJobDatabase) => [...db.jobs.values()].filter((j) => j.status === 'delivered').length;

async function waitFor(what: string, cond: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

t.test('two replicas share the work, each webhook sent to by one replica at a time', async (t) => {
  const c = cluster();
  c.replica('a', { maxTargets: 3 });
  c.replica('b', { maxTargets: 3 });
  const paths = Array.from({ length: 6 }, (_, i) => c.link(`l${i}`));
  for (let n = 1; n <= 5; n++) for (let i = 0; i < 6; i++) await c.send(`l${i}`, n);
  await waitFor('all delivered', () => delivered(c.db) === 30);
  for (const path of paths) {
    t.same(numbers(path), [1, 2, 3, 4, 5], `${path}: every card once, in order`);
    t.same(c.unleased(path), [], `${path}: only ever from the holder of its lease`);
  }
  t.same(fake.windowViolations(WINDOWS).filter((v) => paths.includes(v.path)), [], 'no window exceeded');
  t.same(new Set(paths.flatMap((p) => [...senders(p)])), new Set(['a', 'b']), 'both replicas delivered');
  await c.stopAll();
  t.equal(c.db.leases.size, 0, 'stopped replicas leave no lease');
});

t.test('a replica that dies with a post in flight: another takes over within leaseMs, resends that card only, and keeps the windows', async (t) => {
  const c = cluster();
  const a = c.replica('a');
  const path = c.link('hot');
  fake.answerNext(path, { kind: 'ok' }, { kind: 'ok' }, { kind: 'hold' });
  for (let n = 1; n <= 6; n++) await c.send('hot', n);
  await fake.waitForRequests(3, path);
  await new Promise((r) => setTimeout(r, 20));
  c.replica('b');
  // Death: cut off from the database and stopped at once, its last post unanswered and unrecorded.
  const died = Date.now();
  a.queue.sever();
  await a.worker.stop(0);
  await waitFor('all delivered', () => delivered(c.db) === 6);
  const target = targetKeyOf(`${fake.url}${path}?sig=SECRET`);
  const takeover = c.db.leaseLog.find((s) => s.target === target && s.owner === 'b')!.from;
  // Exactly within leaseMs on a fake clock (target-leases.test.ts); here real timers may run late.
  t.ok(takeover - died <= LEASE_MS + 200, `taken over ${takeover - died} ms after the death`);
  t.same(numbers(path), [1, 2, 3, 3, 4, 5, 6], 'only the card in flight at the death came twice');
  t.same(fake.windowViolations(WINDOWS).filter((v) => v.path === path), [], 'the unrecorded send was charged to the new holder');
  t.same(c.unleased(path), []);
  await c.stopAll();
});

t.test('a replica whose leases cannot be renewed stops sending at once, before its lease can go to another', async (t) => {
  const c = cluster();
  const a = c.replica('a');
  const path = c.link('cut');
  for (let n = 1; n <= 8; n++) await c.send('cut', n);
  await fake.waitForRequests(3, path);
  c.replica('b');
  await new Promise((r) => setTimeout(r, 100));
  // Only the lease table is out of reach: a could still render, post and record.
  for (const method of ['renew', 'claim', 'release'] as const) a.queue.failNext(method, Infinity);
  await waitFor('all delivered', () => delivered(c.db) === 8);
  t.same(c.unleased(path), [], 'a sent nothing once its lease was in doubt');
  t.same(senders(path), new Set(['a', 'b']), 'b took over');
  t.same(numbers(path), [1, 2, 3, 4, 5, 6, 7, 8], 'every card once, in order');
  t.same(fake.windowViolations(WINDOWS).filter((v) => v.path === path), []);
  await c.stopAll();
});
