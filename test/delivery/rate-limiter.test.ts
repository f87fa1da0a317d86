import t from 'tap';
import { RateLimiter, TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import { windowViolationsOf } from '../helpers/fake-teams.js';

const DAY = 24 * 3600_000;

/** Sends as fast as the limiter allows from `start` until `end` on a fake clock. */
function greedy(limiter: RateLimiter, key: string, start: number, end: number): number[] {
  const sent: number[] = [];
  let now = start;
  while (now < end) {
    const wait = limiter.reserve(key, now);
    if (wait === 0) sent.push(now);
    else now += wait;
  }
  return sent;
}

t.test('a greedy sender over a simulated day never exceeds any Teams window', async (t) => {
  const limiter = new RateLimiter({ guardMs: 0 });
  const start = Date.UTC(2026, 0, 1);
  const sent = greedy(limiter, 'L', start, start + 26 * 3600_000);
  t.same(windowViolationsOf(sent, TEAMS_WINDOWS), []);
  // Exact, not just safe: the 2-hour window (150) is the binding one, 12 × 150 = 1,800 a day.
  const firstDay = sent.filter((at) => at < start + DAY).length;
  t.equal(firstDay, 1800);
  t.equal(sent.slice(0, 4).every((at) => at === start), true, 'the first 4 go at once');
  t.equal(sent[4], start + 1000, 'the 5th waits exactly one second');
});

t.test('random arrivals on many links stay inside every window', async (t) => {
  const limiter = new RateLimiter({ guardMs: 0 });
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const sent = new Map<string, number[]>();
  let now = 0;
  for (let i = 0; i < 60_000; i++) {
    // Mostly bursts (the short windows bind), sometimes long pauses (the long ones drain).
    now += Math.floor(random() < 0.01 ? random() * 600_000 : random() * 300);
    const link = `l${Math.floor(random() * 5)}`;
    if (limiter.reserve(link, now) !== 0) continue;
    if (!sent.has(link)) sent.set(link, []);
    sent.get(link)!.push(now);
  }
  t.ok(now > DAY, 'covers more than a day');
  for (const [link, times] of sent) t.same(windowViolationsOf(times, TEAMS_WINDOWS), [], link);
});

t.test('a wait is exact: asking again at now + wait succeeds, a ms earlier does not', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 100 }], guardMs: 5 });
  t.equal(limiter.reserve('a', 0), 0);
  t.equal(limiter.reserve('a', 10), 0);
  t.equal(limiter.reserve('a', 20), 85, 'oldest (0) + 100 + guard 5 - 20');
  t.equal(limiter.reserve('a', 104), 1);
  t.equal(limiter.reserve('a', 105), 0);
  t.equal(limiter.reserve('b', 20), 0, 'links are independent');
});

t.test('a rebuild from stored sends gives the same decisions as before a restart', async (t) => {
  const windows = [
    { limit: 3, ms: 1000 },
    { limit: 5, ms: 10_000 },
  ];
  const before = new RateLimiter({ windows, guardMs: 0 });
  const sends: number[] = [];
  for (const at of [0, 100, 200, 1500, 1600]) {
    t.equal(before.reserve('x', at), 0);
    sends.push(at);
  }
  const after = new RateLimiter({ windows, guardMs: 0 });
  after.rebuild('x', sends.reverse());
  for (const now of [1700, 5000, 10_000, 10_100]) t.equal(after.waitMs('x', now), before.waitMs('x', now), `at ${now}`);
  t.equal(after.waitMs('x', 1700), 10_000 - 1700, 'the 10 s window binds');
});

t.test('a rebuild from the store keeps the sends no store records, at their answers, and the holds', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 3, ms: 1000 }], guardMs: 0 });
  t.equal(limiter.reserve('w', 100, { unstored: true }), 0);
  t.equal(limiter.reserve('w', 150, { unstored: true }), 0);
  limiter.settle('w', 150, 400);
  t.equal(limiter.reserve('w', 200, { unstored: true }), 0);
  limiter.unreserve('w', 200);
  t.equal(limiter.reserve('w', 300), 0, 'a worker send: the store will hold it');
  limiter.holdUntil('w', 1200);
  limiter.rebuild('w', [50]);
  t.same(limiter.sendsOf('w'), [50, 100, 400], 'the stored send and the two test cards, the second at its answer; the given-back slot and the worker send are gone');
  t.equal(limiter.waitMs('w', 1100), 100, 'the hold outlasts the window and still binds');
  limiter.prune(1401);
  limiter.rebuild('w', []);
  t.same(limiter.sendsOf('w'), [], 'test cards older than every window are let go');
});

t.test('memory stays bounded: only the largest limit is kept, idle links are pruned', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 3, ms: 1000 }], guardMs: 0 });
  const sent: number[] = [];
  let now = 0;
  for (let i = 0; i < 10_000; i++, now += 300) if (limiter.reserve('busy', now) === 0) sent.push(now);
  t.same(windowViolationsOf(sent, limiter.windows), [], 'still exact after the ring wrapped many times');
  t.equal(sent.length, 7500, 'three of every four 300 ms ticks fit');
  limiter.reserve('idle', 0);
  t.equal(limiter.size, 2);
  limiter.prune(now);
  t.equal(limiter.size, 1, 'the idle link is gone, the busy one stays');
});

t.test('a clock stepping back never lets a burst through', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 1000 }], guardMs: 0 });
  limiter.reserve('a', 5000);
  limiter.reserve('a', 5000);
  t.ok(limiter.reserve('a', 4000) > 0);
});

t.test('a key held after throttling waits for the hold, then for its windows', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 1, ms: 100 }], guardMs: 0 });
  limiter.holdUntil('w', 500);
  limiter.holdUntil('w', 300);
  t.equal(limiter.reserve('w', 0), 500, 'an earlier hold does not shorten a later one');
  t.equal(limiter.reserve('other', 0), 0);
  t.equal(limiter.reserve('w', 500), 0);
  t.equal(limiter.reserve('w', 550), 50);
  limiter.prune(10_000);
  t.equal(limiter.size, 0);
});

t.test('invalid windows are refused', async (t) => {
  t.throws(() => new RateLimiter({ windows: [] }));
  t.throws(() => new RateLimiter({ windows: [{ limit: 0, ms: 1 }] }));
  t.throws(() => new RateLimiter({ windows: [{ limit: 1.5, ms: 1 }] }));
});

t.test('a send counts from when it was answered, the latest Teams can have received it', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 1000 }], guardMs: 0 });
  t.equal(limiter.reserve('k', 0), 0);
  t.equal(limiter.reserve('k', 10), 0);
  limiter.settle('k', 10, 300); // the second post was slow: it may have landed at 300
  limiter.settle('k', 0, 5);
  t.equal(limiter.waitMs('k', 1000), 5, 'the first slot frees 1 s after its answer');
  t.equal(limiter.reserve('k', 1005), 0);
  t.equal(limiter.waitMs('k', 1006), 294, 'the next waits for the slow one, counted at its answer');
  limiter.settle('k', 1005, 900);
  t.equal(limiter.waitMs('k', 1300), 0, 'an answer cannot move a send earlier');
  t.equal(limiter.reserve('k', 1300), 0);
  t.ok(limiter.reserve('k', 1301) > 0);
});

t.test('two spellings of one webhook URL share its windows', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 1000 }], guardMs: 0 });
  t.equal(limiter.reserve('https://contoso.webhook.office.com/webhookb2/x?sig=S', 0), 0);
  t.equal(limiter.reserve('HTTPS://Contoso.webhook.office.com:443/webhookb2/x?sig=S#', 0), 0);
  t.equal(limiter.reserve('https://CONTOSO.webhook.office.com/webhookb2/x?sig=S', 0), 1000, 'the third send waits, however it is spelt');
  t.equal(limiter.size, 1);
  limiter.holdUntil('http://127.1:8099/hook?', 5000);
  t.equal(limiter.waitMs('http://127.0.0.1:8099/hook', 0), 5000, 'holds too');
  t.equal(limiter.waitMs('http://127.0.0.1:8099/other', 0), 0);
});

t.test('an earlier post answered after a later one counts at its answer too', async (t) => {
  // Two links on one webhook post at once; the first one's answer comes last.
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 1000 }], guardMs: 0 });
  t.equal(limiter.reserve('k', 0), 0);
  t.equal(limiter.reserve('k', 10), 0);
  limiter.settle('k', 10, 20);
  limiter.settle('k', 0, 500); // it may have landed at 500
  t.equal(limiter.reserve('k', 1020), 0, 'the quick one frees its slot first');
  t.equal(limiter.waitMs('k', 1021), 479, 'the next waits for the slow one, counted at its answer');
  t.same(windowViolationsOf([20, 500, 1020, 1021 + limiter.waitMs('k', 1021)], [{ limit: 2, ms: 1000 }]), []);
});

t.test('a send reserved while an earlier one counts later still settles at its own answer', async (t) => {
  const limiter = new RateLimiter({ windows: [{ limit: 2, ms: 1000 }], guardMs: 0 });
  limiter.reserve('k', 0);
  limiter.settle('k', 0, 500); // answered late: counts at 500
  t.equal(limiter.reserve('k', 300), 0, 'another link posts meanwhile');
  limiter.settle('k', 300, 700);
  t.equal(limiter.reserve('k', 1500), 0);
  t.equal(limiter.waitMs('k', 1500), 200, 'the second counts at its answer (700), not at the first one\'s');
});
