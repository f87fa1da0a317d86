/**
 * `npm run bench`: every figure beside its target. Figures are ratios to a baseline measured in
 * the same run, or absolute where the target is absolute; this machine is shared and noisy, so
 * nothing here is a timed unit test. Exits 1 when a target is missed.
 */
import { benchBusyDay } from './busy-day.js';
import { benchDelivery } from './delivery.js';
import { benchDigest } from './digest.js';
import type { Figure } from './figure.js';
import { benchIncomingLog } from './incoming-log.js';
import { benchIngest } from './ingest.js';
import { benchIntakeMemory } from './intake-memory.js';
import { benchPostgres } from './postgres.js';
import { benchRender } from './render.js';
import { benchRetention } from './retention.js';
import { benchRouting } from './routing.js';
import { benchTargetDelivery } from './target-delivery.js';

const only = process.argv[2];
const suites: Array<[string, () => Promise<Figure[]>]> = [
  ['render', benchRender],
  ['digest', benchDigest],
  ['routing', benchRouting],
  // Digests and pacing on a simulated busy day (fake clock, Teams' windows).
  ['busy-day', benchBusyDay],
  // The target worker on the SQLite queue, and on the in-memory one (its own cost alone).
  ['delivery', benchDelivery],
  ['delivery', benchTargetDelivery],
  ['ingest', benchIngest],
  // What noting every webhook for the console costs ingest.
  ['incoming', benchIncomingLog],
  ['intake-memory', benchIntakeMemory],
  // The same service on PostgreSQL: ingest, delivery with two replicas, idle latency across them.
  ['postgres', benchPostgres],
  // The store's size under a steady stream with RETENTION_DAYS pruning, and what pruning costs ingest.
  ['retention', benchRetention],
];

const figures: Figure[] = [];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  process.stdout.write(`running ${name} benchmarks…\n`);
  const results = await run();
  figures.push(...results);
  for (const f of results) {
    process.stdout.write(`  ${f.pass ? 'ok  ' : 'MISS'}  ${f.name}: ${f.value}${f.unit ? ' ' + f.unit : ''}  (target ${f.target})\n`);
  }
}
const missed = figures.filter((f) => !f.pass);
process.stdout.write(`\n${figures.length - missed.length} of ${figures.length} figures at or past target\n`);
process.exitCode = missed.length ? 1 : 0;
