/**
 * Delivery benchmark of the target worker (issue 8): the cards of bench/delivery.ts (1,000 links
 * × 4 real `issues.opened` cards, rendered at send time, each link on its own webhook, after a
 * warm-up of 250 links) to the same fake Teams in a child process, but delivered the way several
 * replicas deliver: stored through the EventStore, which wakes the worker; the worker claims
 * each webhook target under a lease, restores its windows from the stored sends, loads its open
 * jobs and awaits the record of every attempt before the link's next card.
 *
 * The queue is the in-memory one of the tests (test/helpers/memory-job-queue.ts): there is no
 * embedded JobQueue yet, so this measures the worker, not a store. Timed, as bench/delivery.ts,
 * from when the events are stored (their wake-ups still to come) to the last delivery. A newly claimed target is charged one send (a post its last
 * holder may have had in flight), so each link's 4th card waits for its 1-second window: the
 * figure includes that wait, as a real first burst to a webhook would. It also reports CPU time
 * per card, which the load of a shared machine disturbs less than wall time.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderEvent } from '../src/cards/render.js';
import { createCardSource } from '../src/delivery/card-source.js';
import { createTargetWorker } from '../src/delivery/target-worker.js';
import { targetKeyOf } from '../src/links/target-key.js';
import { createMemoryJobDatabase, createMemoryJobQueue } from '../test/helpers/memory-job-queue.js';
import { createMemoryLinkStore } from '../test/helpers/memory-link-store.js';
import { issuePayload, startFakeTeamsProcess } from './delivery.js';
import { untilDelivered } from './delivered.js';
import type { Figure } from './figure.js';

const LINKS = 1000;
const CARDS_PER_LINK = 4;
const WARMUP_LINKS = 250;
const TARGET_CARDS_PER_S = 2000;
const TARGET_RSS_MB = 250;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function measure(): Promise<Figure[]> {
  let peakRss = 0;
  const fake = await startFakeTeamsProcess();
  const db = createMemoryJobDatabase();
  const queue = createMemoryJobQueue(db);
  const links = createMemoryLinkStore();
  const cards = createCardSource({ queue, render: renderEvent, githubUrl: 'https://github.com' });
  const worker = createTargetWorker({ queue, links, cards, logger: silent });
  worker.start();
  await worker.ready();

  /** Bytes of events the memory queue holds: in this process, unlike a real store's. */
  let storedBytes = 0;
  const deliver = async (prefix: string, count: number) => {
    const targets: string[] = [];
    for (let i = 0; i < count; i++) {
      const url = `${fake.url}/webhookb2/${prefix}-${i}?sig=bench`;
      links.put(`${prefix}-${i}`, url);
      targets.push(targetKeyOf(url));
    }
    const payloads = Array.from({ length: CARDS_PER_LINK }, (_, seq) => Array.from({ length: count }, (_, i) => issuePayload(seq, `${prefix}-${i}`)));
    for (const round of payloads) for (const p of round) storedBytes += p.length;
    const target = worker.stats().delivered + count * CARDS_PER_LINK;
    // Interleaved as webhooks would arrive: every link's first card, then every second, …
    const stored = [];
    for (let seq = 0; seq < CARDS_PER_LINK; seq++) {
      for (let i = 0; i < count; i++) {
        const event = { delivery: randomUUID(), name: 'issues', payload: payloads[seq][i], receivedAt: Date.now() };
        stored.push(db.ingest(event, [{ linkId: `${prefix}-${i}`, target: targets[i], summary: `card ${seq}` }]));
      }
    }
    // Stored in one synchronous run: the queue's wake-ups reach the worker only after this.
    await Promise.all(stored);
    payloads.length = 0;
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const cpu = process.cpuUsage();
    peakRss = Math.max(peakRss, (await untilDelivered(worker, target)).peakRss);
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
    const cardsDone = LINKS * CARDS_PER_LINK;
    const throughput = Math.round(cardsDone / seconds);
    const peakRssMb = Math.round(peakRss / 1024 / 1024);
    const rssTargetMb = TARGET_RSS_MB + Math.round(storedBytes / 1024 / 1024);
    return [
      {
        name: `target worker throughput (${LINKS} links × ${CARDS_PER_LINK} cards through leases, after a warm-up of ${WARMUP_LINKS} links)`,
        value: throughput,
        unit: 'cards/s',
        target: `≥ ${TARGET_CARDS_PER_S}`,
        pass: throughput >= TARGET_CARDS_PER_S && report.requests === total,
      },
      { name: 'target worker CPU per card (this process, all of its work)', value: Math.round((cpuSeconds / cardsDone) * 1e6), unit: 'µs', target: 'for comparison', pass: true },
      {
        name: `target worker: links over a Teams rate window or out of order (of ${paths.length}, ${report.requests}/${total} posts)`,
        value: overLinks + outOfOrder,
        unit: 'links',
        target: '0',
        pass: overLinks + outOfOrder === 0 && paths.length === LINKS + WARMUP_LINKS,
      },
      {
        name: `target worker: peak RSS of the delivering process (with the memory queue's ${Math.round(storedBytes / 1024 / 1024)} MB of events)`,
        value: peakRssMb,
        unit: 'MB',
        target: `≤ ${rssTargetMb}`,
        pass: peakRssMb <= rssTargetMb,
      },
    ];
  } finally {
    await worker.stop();
    await fake.close();
  }
}

const MEASURE_FLAG = '--measure-target-delivery';

/** Runs the measurement in a fresh Node process, so its RSS holds no other bench's garbage. */
export async function benchTargetDelivery(): Promise<Figure[]> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), MEASURE_FLAG], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const last = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('[')) throw new Error(`target delivery bench failed (exit ${code}): ${out.slice(-500)}`);
  return JSON.parse(last) as Figure[];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes(MEASURE_FLAG)) {
  console.log(JSON.stringify(await measure()));
}
