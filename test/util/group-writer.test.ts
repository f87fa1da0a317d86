import { setImmediate as turn } from 'node:timers/promises';
import t from 'tap';
import { allOrNothing, groupWriter } from '../../src/util/group-writer.js';

/** Adds 1..n, one per event-loop turn, to a writer that notes its batches. */
async function spread(n: number, opts?: { gatherMs?: number }) {
  const batches: number[][] = [];
  const writer = groupWriter(allOrNothing((items: number[]) => void batches.push(items)), 'test', opts);
  const writes: Promise<void>[] = [];
  for (let i = 1; i <= n; i++) {
    writes.push(writer.add(i));
    await turn();
  }
  return { batches, writer, writes };
}

t.test('without a gather window each turn is a batch of its own', async (t) => {
  const { batches, writes } = await spread(5);
  await Promise.all(writes);
  t.same(batches, [[1], [2], [3], [4], [5]]);
});

t.test('with a gather window the writes of many turns go in one batch; a drain does not wait for the window', async (t) => {
  const { batches, writer, writes } = await spread(5, { gatherMs: 10_000 });
  t.same(batches, [], 'nothing written within the window');
  const started = Date.now();
  await writer.drain();
  t.same(batches, [[1, 2, 3, 4, 5]]);
  t.ok(Date.now() - started < 5_000, 'drained at once');
  await Promise.all(writes);
});

t.test('a batch gathered in a window is written when the window ends', async (t) => {
  const { batches, writes } = await spread(3, { gatherMs: 30 });
  await Promise.all(writes);
  t.same(batches, [[1, 2, 3]]);
});
