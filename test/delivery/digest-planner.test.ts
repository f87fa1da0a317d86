/** The digest planner on a fake clock: grants, waits, and the pace it keeps once a link is behind. */
import t from 'tap';
import { DigestPlanner, sustainablePaceMs } from '../../src/delivery/digest-planner.js';
import { RateLimiter, TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import { windowViolationsOf } from '../helpers/fake-teams.js';

const T0 = 1_700_000_000_000;
const make = (digestAfterMs = 60_000) => {
  const limiter = new RateLimiter({ windows: TEAMS_WINDOWS, guardMs: 50 });
  return { limiter, planner: new DigestPlanner({ limiter, guardMs: 50, digestAfterMs }) };
};

t.test('a quiet link sends its card at once and takes the slot', async (t) => {
  const { limiter, planner } = make();
  t.same(planner.plan('w', [T0], 1, T0), { send: 'card' });
  t.same(limiter.sendsOf('w'), [T0]);
});

t.test('the pace is DIGEST_AFTER_SECONDS, never faster than Teams sustains', async (t) => {
  t.equal(sustainablePaceMs(TEAMS_WINDOWS, 50), 48_001);
  t.equal(make(90_000).planner.paceMs, 90_000);
  t.equal(make(60_000).planner.paceMs, 60_002, 'the slack rounds the guard up');
  t.equal(make(10_000).planner.paceMs, 60_002, 'a quarter slower than Teams sustains');
});

t.test('a quiet link sends single cards at once whatever DIGEST_AFTER_SECONDS is', async (t) => {
  for (const after of [1_000, 30_000, 48_000, 60_000]) {
    const { planner } = make(after);
    t.same(planner.plan('q', [T0], 1, T0), { send: 'card' }, `${after} ms: the first card`);
    t.same(planner.plan('q', [T0 + 2_000], 1, T0 + 2_000), { send: 'card' }, `${after} ms: a second card 2 s later`);
  }
  t.throws(() => make(0), /digestAfterMs must be positive/);
});

t.test('a link that keeps posting shows every event within one pace of its arrival', async (t) => {
  const { planner } = make();
  // Something to send every 5 s for three hours, with jobs stacking up when it must wait.
  let now = T0;
  const arrivals: number[] = [];
  let worstDelay = 0;
  const posts: number[] = [];
  let nextEvent = T0;
  while (now < T0 + 3 * 3600_000) {
    while (nextEvent <= now) arrivals.push(nextEvent), (nextEvent += 5_000);
    if (arrivals.length === 0) {
      now = nextEvent;
      continue;
    }
    const plan = planner.plan('w', arrivals.slice(0, 17), arrivals.length, now);
    if ('wait' in plan) {
      now += Math.max(1, Math.min(plan.wait, nextEvent - now));
      continue;
    }
    worstDelay = Math.max(worstDelay, now - arrivals[0]!);
    posts.push(now);
    arrivals.splice(0, plan.send === 'digest' ? arrivals.length : 1);
    now += 200;
  }
  t.ok(worstDelay <= 60_000 + 200, `worst delay ${worstDelay} ms`);
  t.same(windowViolationsOf(posts, TEAMS_WINDOWS), [], `${posts.length} posts in three hours, no window exceeded`);
});

t.test('single cards leave the burst reserve; a digest may spend it', async (t) => {
  const { limiter, planner } = make();
  // 66 posts in the last 40 minutes: a card more would leave no room for the pace and the burst in
  // the next two hours (150), a digest more would.
  for (let i = 0; i < 66; i++) limiter.record('w', T0 - 40 * 60_000 + i * 36_000);
  const now = T0 + 1000;
  t.ok(planner.waitFor(limiter.sendsOf('w'), now, 'card') > 0, 'a single card must wait');
  t.equal(planner.waitFor(limiter.sendsOf('w'), now, 'digest'), 0, 'a digest may go');
  const plan = planner.plan('w', [now - 61_000, now - 500], 2, now);
  t.same(plan, { send: 'digest' }, 'two jobs, one already late: folded and sent');
});

t.test('a lone late job goes as its own card on the digest budget', async (t) => {
  const { limiter, planner } = make();
  for (let i = 0; i < 66; i++) limiter.record('w', T0 - 40 * 60_000 + i * 36_000);
  t.same(planner.plan('w', [T0 - 70_000], 1, T0), { send: 'digest' });
});
