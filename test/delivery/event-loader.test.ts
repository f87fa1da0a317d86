import t from 'tap';
import { createEventLoader } from '../../src/delivery/event-loader.js';
import type { StoredEvent } from '../../src/queue/job-queue.js';

/** A queue whose reads wait until released, noting the ids of each. */
function heldQueue(stored: (id: number) => boolean = () => true) {
  const reads: Array<{ ids: number[]; answer(): void; fail(err: Error): void }> = [];
  return {
    reads,
    loadEvents: (ids: readonly number[]) =>
      new Promise<Map<number, StoredEvent>>((resolve, reject) => {
        const found = new Map(ids.filter(stored).map((id) => [id, { name: 'issues', payload: `{"n":${id}}` }]));
        reads.push({ ids: [...ids], answer: () => resolve(found), fail: reject });
      }),
  };
}

/** Two turns of the event loop: a read's end, then the reads it lets start. */
const turn = async () => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
};

t.test('ids asked for in one turn share reads of perRead, at most inFlight at once; an id asked twice is read once', async (t) => {
  const queue = heldQueue((id) => id !== 7);
  const loader = createEventLoader(queue, { perRead: 3, inFlight: 2 });
  const asked = [1, 2, 3, 2, 4, 5, 6, 7];
  const answers = asked.map((id) => loader.load(id));
  await turn();
  t.same(queue.reads.map((r) => r.ids), [[1, 2, 3], [4, 5, 6]], 'two reads of three; the repeated 2 is not read again');
  queue.reads[0]!.answer();
  await turn();
  t.same(queue.reads.map((r) => r.ids), [[1, 2, 3], [4, 5, 6], [7]], 'the rest once a read ends');
  queue.reads[1]!.answer();
  queue.reads[2]!.answer();
  const events = await Promise.all(answers);
  t.same(events.map((e) => e && JSON.parse(e.payload).n), [1, 2, 3, 2, 4, 5, 6, undefined], 'each caller gets its event; one no longer stored is undefined');
});

t.test('a failed read rejects its own callers only, and the next read goes ahead', async (t) => {
  const queue = heldQueue();
  const loader = createEventLoader(queue, { perRead: 2, inFlight: 1 });
  const first = [loader.load(1), loader.load(2)];
  const later = loader.load(3);
  await turn();
  queue.reads[0]!.fail(new Error('connection lost'));
  await t.rejects(first[0]!, /connection lost/);
  await t.rejects(first[1]!, /connection lost/);
  await turn();
  t.same(queue.reads.map((r) => r.ids), [[1, 2], [3]]);
  queue.reads[1]!.answer();
  t.equal((await later)?.payload, '{"n":3}');
});

t.test('a lone id is read on the next turn, not held for company', async (t) => {
  const queue = heldQueue();
  const loader = createEventLoader(queue);
  const one = loader.load(42);
  await turn();
  t.same(queue.reads.map((r) => r.ids), [[42]]);
  queue.reads[0]!.answer();
  t.equal((await one)?.name, 'issues');
});
