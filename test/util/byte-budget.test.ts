import t from 'tap';
import { ByteBudget, type BudgetShare } from '../../src/util/byte-budget.js';

/** A stream as the budget sees it: whether it is paused. */
function stream() {
  const s = { paused: false, pause: () => void (s.paused = true), resume: () => void (s.paused = false) };
  return s;
}

t.test('a stream taking the budget over capacity waits while another flows, and resumes on release', async (t) => {
  const budget = new ByteBudget(100);
  const a = stream();
  const b = stream();
  const shareA = budget.share(a);
  const shareB = budget.share(b);
  shareA.take(60);
  shareB.take(30);
  t.notOk(a.paused || b.paused, 'under capacity nobody waits');
  shareB.take(30);
  t.ok(b.paused, 'the stream that went over waits');
  t.notOk(a.paused, 'the other keeps flowing');
  shareA.release();
  t.notOk(b.paused, 'released bytes let it go on');
  shareB.release();
  t.equal(budget.peak, 120);
});

t.test('the last flowing stream never waits, so the budget cannot deadlock', async (t) => {
  const budget = new ByteBudget(10);
  const a = stream();
  const shareA = budget.share(a);
  shareA.take(50);
  t.notOk(a.paused, 'alone, it goes over rather than wait for nobody');
  const b = stream();
  const shareB = budget.share(b);
  shareB.take(6);
  t.ok(b.paused);
  const c = stream();
  budget.share(c).take(6);
  t.ok(c.paused);
  shareA.release();
  t.notOk(b.paused, 'with nobody flowing, the first in line goes on');
  t.ok(c.paused, 'the rest wait their turn: still over capacity');
  shareB.release();
  t.notOk(c.paused);
});

t.test('twenty streams of 24 chunks through a budget of 8: all finish, held bytes stay bounded', async (t) => {
  const budget = new ByteBudget(8);
  const streams = Array.from({ length: 20 }, () => {
    const s = stream();
    return { s, share: budget.share(s) as BudgetShare, taken: 0, done: false };
  });
  for (let tick = 0; tick < 10_000 && streams.some((x) => !x.done); tick++) {
    for (const x of streams) {
      if (x.done || x.s.paused) continue;
      x.share.take(1);
      if (++x.taken === 24) {
        x.done = true;
        x.share.release();
      }
    }
  }
  t.ok(streams.every((x) => x.done), 'every stream finished');
  t.ok(budget.peak <= 8 + 24 + 20, `peak ${budget.peak}: capacity, one stream's bytes, a chunk per waiting stream`);
  t.ok(budget.peak < 20 * 24, 'far below holding everything at once');
});
