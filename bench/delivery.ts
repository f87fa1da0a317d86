/**
 * Delivery benchmark (issue 2, item 11): 1,000 links × 4 cards each, stored in the real SQLite
 * queue, delivered by the worker to a fake Teams on loopback that answers `1` at once. Four
 * cards per link fit the 4-per-second window, so the figure is the worker's own throughput.
 *
 * The fake runs in a child process: Teams is another machine, and on a small box its HTTP server
 * would otherwise take half of the CPU the figure is about, and its records would count as ours.
 *
 * The cards are stored as concurrent webhooks would store them, while the worker runs (after a
 * warm-up round on other links): the queue wakes the worker as they commit, as in production, so
 * the timed part runs from the first store to the last delivery, storing and attempt records
 * included. A backlog loaded at start-up after a crash is not the measured case: the worker then
 * charges each target one send it may have lost (see target-worker.ts), so a link's 4th card
 * waits a second. Then it checks every link's arrivals against Teams' windows and their
 * order, and reports the peak RSS while delivering (issue 7, item 12: ≤ 200 MB; the kernel's
 * high-water mark, see delivered.ts), the main thread's V8 heap at its peak and the CPU time per
 * card. Run alone: `node --expose-gc dist/bench/delivery.js` after `npm run build`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { createDelivery } from '../src/delivery/delivery-service.js';
import { storedPayload } from '../src/github/stored-payload.js';
import { targetKeyOf } from '../src/links/target-key.js';
import type { IngestResult } from '../src/queue/records.js';
import { openSqliteQueue } from '../src/queue/sqlite-queue.js';
import type { WindowViolation } from '../test/helpers/fake-teams.js';
import { untilDelivered } from './delivered.js';
import { createMemoryLinkStore } from '../test/helpers/memory-link-store.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

const LINKS = 1000;
const CARDS_PER_LINK = 4;
/**
 * Links delivered to before the timed run, on their own paths: a running bridge has a warm JIT
 * and open keep-alive sockets to Teams, while the first thousand posts of a cold process mostly
 * measure V8 compiling undici. Their windows and order are checked like the others.
 */
const WARMUP_LINKS = 250;
const TARGET_CARDS_PER_S = 2000;
const TARGET_RSS_MB = 200;
/** Events stored at once while setting up. */
const INGEST_CHUNK = 250;
/**
 * Each card is rendered at send time from its own stored event, as in production: a real
 * `issues.opened` example, in the form the webhook route stores (src/github/stored-payload.ts),
 * whose title carries the card's sequence number.
 */
const ISSUE_OPENED: any = JSON.parse(
  storedPayload(
    JSON.stringify(
      // Parsed and dropped rather than required: the require cache would keep all the examples
      // (4 MB of JSON) in the heap whose peak is measured.
      (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as Array<{ name: string; examples: any[] }>)
        .find((g) => g.name === 'issues')!
        .examples.find((p) => p.action === 'opened'),
    ),
    'https://api.github.com',
  ),
);
export function issuePayload(seq: number, link: string): string {
  return JSON.stringify({ ...ISSUE_OPENED, issue: { ...ISSUE_OPENED.issue, title: `Bench card bench-seq-${seq} for ${link}` } });
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

interface FakeReport {
  requests: number;
  violations: WindowViolation[];
  /** The `seq` field of each card, per path, in arrival order. */
  seqs: Record<string, number[]>;
}

/**
 * Starts the fake Teams (test/helpers/fake-teams) in a child process, talking over IPC. Teams is
 * another machine: its HTTP server must neither share this process's CPU nor count in its RSS.
 */
export async function startFakeTeamsProcess(): Promise<{ url: string; report(): Promise<FakeReport>; close(): Promise<void> }> {
  const module = new URL('../test/helpers/fake-teams.js', import.meta.url).href;
  const child = spawn(
    process.execPath,
    [
      '-e',
      `import(${JSON.stringify(module)}).then(async ({ startFakeTeams }) => {
        const fake = await startFakeTeams();
        process.send(fake.url);
        process.on('message', async (m) => {
          if (m !== 'report') return fake.close().then(() => process.disconnect());
          const seqs = {};
          for (const r of fake.requests) (seqs[r.path] ??= []).push(Number(/bench-seq-(\\d+)/.exec(r.raw)?.[1]));
          process.send({ requests: fake.requests.length, violations: fake.windowViolations(), seqs });
        });
      });`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T));
      child.once('exit', (code) => reject(new Error(`fake Teams exited (${code})`)));
    });
  const url = await next<string>();
  return {
    url,
    report() {
      const answer = next<FakeReport>();
      child.send('report');
      return answer;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
}

/** The measurement itself, in this process: see benchDelivery for why it runs in its own. */
async function measure(): Promise<BenchResult[]> {
  /** Highest resident set while cards were being delivered, and the V8 heap's highest. */
  let peakRss = 0;
  let peakHeap = 0;
  const dir = mkdtempSync(join(tmpdir(), 'bench-delivery-'));
  const fake = await startFakeTeamsProcess();
  const queue = openSqliteQueue(join(dir, 'queue.db'));
  const links = createMemoryLinkStore();
  const worker = createDelivery({ githubUrl: 'https://github.com', jobs: queue, links, logger: silent });
  worker.start();
  await worker.ready();

  /** Stores `cards` per link for `count` new links, hands them over, and times their delivery. */
  const deliver = async (prefix: string, count: number) => {
    const targets: string[] = [];
    for (let i = 0; i < count; i++) {
      const url = `${fake.url}/webhookb2/${prefix}-${i}?sig=bench`;
      links.put(`${prefix}-${i}`, url);
      targets.push(targetKeyOf(url));
    }
    const target = worker.stats().delivered + count * CARDS_PER_LINK;
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const cpu = process.cpuUsage();
    // Interleaved as webhooks would arrive: every link's first card, then every second, …, and
    // stored a few hundred at a time, as concurrent webhooks would be: thousands of payloads made
    // at once would grow the heap for the bench's own sake, and V8 keeps grown heap pages.
    const stored: IngestResult[] = [];
    for (let seq = 0; seq < CARDS_PER_LINK; seq++) {
      for (let from = 0; from < count; from += INGEST_CHUNK) {
        const chunk = [];
        for (let i = from; i < Math.min(from + INGEST_CHUNK, count); i++) {
          const event = { delivery: `${prefix}-${seq}-${i}`, name: 'issues', payload: issuePayload(seq, `${prefix}-${i}`), receivedAt: Date.now() };
          chunk.push(queue.ingest(event, [{ linkId: `${prefix}-${i}`, target: targets[i], summary: `card ${seq}` }]));
        }
        stored.push(...(await Promise.all(chunk)));
      }
    }
    // The hint the webhook route gives; the queue's own wake-ups have mostly come already.
    for (const { jobs } of stored) worker.enqueue(jobs);
    const memory = await untilDelivered(worker, target);
    peakRss = Math.max(peakRss, memory.peakRss);
    peakHeap = Math.max(peakHeap, memory.peakHeap);
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };

  try {
    await deliver('warm-up', WARMUP_LINKS);
    const { seconds, cpuSeconds } = await deliver('link', LINKS);
    await worker.stop();

    const report = await fake.report();
    const paths = Object.keys(report.seqs);
    const overLinks = new Set(report.violations.map((v) => v.path)).size;
    const outOfOrder = paths.filter((p) => report.seqs[p].join() !== '0,1,2,3').length;
    const total = (LINKS + WARMUP_LINKS) * CARDS_PER_LINK;
    const throughput = Math.round((LINKS * CARDS_PER_LINK) / seconds);
    const peakRssMb = Math.round(peakRss / 1024 / 1024);
    const peakHeapMb = Math.round(peakHeap / 1024 / 1024);
    return [
      {
        name: `delivery throughput (${LINKS} links × ${CARDS_PER_LINK} cards, after a warm-up of ${WARMUP_LINKS} links)`,
        value: throughput,
        unit: 'cards/s',
        target: `≥ ${TARGET_CARDS_PER_S}`,
        pass: throughput >= TARGET_CARDS_PER_S && report.requests === total,
      },
      {
        name: `links over a Teams rate window or out of order (of ${paths.length}, ${report.requests}/${total} posts)`,
        value: overLinks + outOfOrder,
        unit: 'links',
        target: '0',
        pass: overLinks + outOfOrder === 0 && paths.length === LINKS + WARMUP_LINKS,
      },
      { name: 'peak RSS of the delivering process', value: peakRssMb, unit: 'MB', target: `≤ ${TARGET_RSS_MB}`, pass: peakRssMb <= TARGET_RSS_MB },
      // What the peak is made of: the main thread's V8 heap (where garbage promoted by
      // young-generation collections piles up until a full one), beside the ~45 MB of Node's own
      // code, the queue's writer and checkpointer threads, and native allocations (SQLite caches,
      // sockets, Buffers).
      { name: "the main thread's V8 heap (committed) at its peak", value: peakHeapMb, unit: 'MB', target: 'reference', pass: true },
      { name: 'CPU per card (this process, all of its threads)', value: Math.round((cpuSeconds / (LINKS * CARDS_PER_LINK)) * 1e6), unit: 'µs', target: 'for comparison', pass: true },
    ];
  } finally {
    await worker.stop();
    await queue.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const MEASURE_FLAG = '--measure-delivery';

/**
 * Runs the measurement in a fresh Node process and returns its figures. A bridge process does
 * only this work, so its peak RSS must not include the garbage of benches run before it in
 * `bench/run.ts`.
 */
export async function benchDelivery(): Promise<BenchResult[]> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), MEASURE_FLAG], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const last = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('[')) throw new Error(`delivery bench failed (exit ${code}): ${out.slice(-500)}`);
  return JSON.parse(last) as BenchResult[];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes(MEASURE_FLAG)) console.log(JSON.stringify(await measure()));
  else for (const r of await benchDelivery()) console.log(`${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value} ${r.unit} (target ${r.target})`);
}
