/**
 * The simulated busy day of issue 9 (test/helpers/busy-day.ts): 1,000 events in an hour with a
 * burst of 300 in one minute, one link, Teams' windows, on a fake clock. Absolute figures (the
 * simulation takes no wall time into account): posts per hour, worst and p95 delay from arrival
 * to the post that showed the event, events per digest.
 */
import { busyDayFigures, simulateBusyDay } from '../test/helpers/busy-day.js';
import { windowViolationsOf } from '../test/helpers/fake-teams.js';
import type { Figure } from './figure.js';

export async function benchBusyDay(): Promise<Figure[]> {
  const day = simulateBusyDay();
  const f = busyDayFigures(day);
  const violations = windowViolationsOf(day.posts.map((p) => p.answeredAt)).length;
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  return [
    { name: 'busy day: posts in the busiest hour', value: f.postsPerHour, unit: 'posts', target: '≤ 100 (Teams allows 100 an hour)', pass: f.postsPerHour <= 100 },
    { name: 'busy day: worst delay', value: seconds(f.worstDelayMs), unit: 's', target: '≤ 120', pass: f.worstDelayMs <= 120_000 },
    { name: 'busy day: p95 delay', value: seconds(f.p95DelayMs), unit: 's', target: '≤ 120', pass: f.p95DelayMs <= 120_000 },
    { name: 'busy day: events per digest', value: Math.round(f.eventsPerDigest * 10) / 10, unit: 'events', target: '> 1 (informative)', pass: f.eventsPerDigest > 1 },
    { name: 'busy day: events shown / windows exceeded', value: day.delays.size, unit: `of 1000, ${violations} windows exceeded`, target: '1000, 0', pass: day.delays.size === 1000 && violations === 0 },
  ];
}
