/**
 * Digest cards: what folding an event into a digest costs beside rendering its own card (the
 * baseline, measured in the same run over the same payloads), whether the cost per event stays
 * flat from 200 to 2,000 events (splitting into parts must not re-serialise per entry), and how
 * many events a 20 KB card carries.
 */
import { createRequire } from 'node:module';
import type { RenderOptions } from '../src/cards/card.js';
import { digestEntryOf, renderDigestCards, type DigestEvent } from '../src/cards/digest.js';
import { renderEvent } from '../src/cards/render.js';
import type { Figure } from './figure.js';

const require = createRequire(import.meta.url);
const OPTIONS: RenderOptions = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };
const START = Date.UTC(2026, 2, 12, 8, 0);

/** CPU microseconds per call of `work` over at least half a second, after a warm-up. */
function cpuPer(work: () => void): number {
  for (let i = 0; i < 5; i++) work();
  global.gc?.();
  let calls = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 5e5) {
    work();
    calls++;
    const used = process.cpuUsage(start);
    elapsed = used.user + used.system;
  }
  return elapsed / calls;
}

export async function benchDigest(): Promise<Figure[]> {
  const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
  const renderable = corpus.flatMap(({ name, examples }) => examples.map((payload) => ({ name, payload }))).filter((event) => 'message' in renderEvent(event, OPTIONS));
  // Stored payloads are JSON text, as the worker loads them: both sides parse.
  const events = (n: number): DigestEvent[] =>
    Array.from({ length: n }, (_, i) => {
      const { name, payload } = renderable[i % renderable.length];
      return { delivery: `d${i}`, name, payload: JSON.stringify(payload), receivedAt: START + i * 1000 };
    });
  const fold = (list: DigestEvent[]) => renderDigestCards(list.map(digestEntryOf), { repository: 'Codertocat/Hello-World', reason: 'busy', timeZone: 'Europe/Berlin' });

  const small = events(200);
  const large = events(2000);
  const cardMicros = cpuPer(() => {
    for (const event of small) renderEvent({ name: event.name, payload: JSON.parse(event.payload as string) }, OPTIONS);
  }) / small.length;
  const smallMicros = cpuPer(() => fold(small)) / small.length;
  const largeMicros = cpuPer(() => fold(large)) / large.length;
  const cards = fold(large);
  const perCard = Math.round(large.length / cards.length);
  const largest = Math.max(...cards.map((c) => Buffer.byteLength(JSON.stringify(c.message))));

  const cost = Math.round((smallMicros / cardMicros) * 100) / 100;
  const flat = Math.round((largeMicros / smallMicros) * 100) / 100;
  return [
    { name: `digest cost per event / its own card's render (${Math.round(smallMicros)} µs vs ${Math.round(cardMicros)} µs)`, value: cost, unit: '×', target: '≤ 1.5', pass: cost <= 1.5 },
    { name: 'digest cost per event at 2,000 events / at 200', value: flat, unit: '×', target: '≤ 1.5', pass: flat <= 1.5 },
    { name: `events per digest card (2,000 real events in ${cards.length} cards, largest ${largest} bytes)`, value: perCard, unit: 'events', target: '≥ 30', pass: perCard >= 30 && largest < 20_000 },
  ];
}
