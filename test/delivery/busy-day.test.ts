/**
 * Issue 9's busy day on a fake clock: 1,000 events in an hour, 300 of them in one minute, one
 * link, Teams' real windows. Every post is checked against every window (at the time its slot
 * was taken and at its answer), every event is carried by exactly one post, and none is shown
 * later than 2 minutes after it arrived.
 */
import t from 'tap';
import { TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import { busyDayFigures, simulateBusyDay } from '../helpers/busy-day.js';
import { windowViolationsOf } from '../helpers/fake-teams.js';

t.test('the busy day: no window exceeded, every event in one card, none later than 2 minutes', async (t) => {
  const day = simulateBusyDay();
  t.same(windowViolationsOf(day.posts.map((p) => p.at), TEAMS_WINDOWS), [], 'no window exceeded by slot times');
  t.same(windowViolationsOf(day.posts.map((p) => p.answeredAt), TEAMS_WINDOWS), [], 'no window exceeded by answer times');
  t.equal(day.delays.size, 1000, 'every event was carried');
  t.same(day.carriedTwice, [], 'no event was carried twice');
  const figures = busyDayFigures(day);
  t.ok(figures.worstDelayMs <= 120_000, `worst delay ${figures.worstDelayMs} ms ≤ 2 min`);
  t.ok(figures.digests > 0 && figures.eventsPerDigest > 1, 'the burst was folded into digests');
  t.ok(day.posts.every((p) => p.bytes <= 20_000), 'every digest card stays under 20 KB');
  t.ok(day.posts.length < 100, `${day.posts.length} posts in the hour, under Teams' 100`);
});

t.test('a burst that would wait longer folds at once; a quiet link posts single cards', async (t) => {
  const quiet = simulateBusyDay({ events: 30, burst: 0, seed: 3 });
  t.ok(quiet.posts.every((p) => !p.digest), 'thirty events in an hour go as thirty cards');
  t.equal(quiet.posts.length, 30);
});

t.test('a longer DIGEST_AFTER_SECONDS paces more slowly but still within it', async (t) => {
  const day = simulateBusyDay({ digestAfterMs: 90_000, seed: 5 });
  const figures = busyDayFigures(day);
  t.same(windowViolationsOf(day.posts.map((p) => p.answeredAt), TEAMS_WINDOWS), []);
  t.equal(day.delays.size, 1000);
  t.ok(figures.worstDelayMs <= 90_000 + 5_000, `worst delay ${figures.worstDelayMs} ms`);
});
