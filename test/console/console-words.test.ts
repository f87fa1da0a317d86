/** What the console says about a link's health, an incoming webhook's fate and a time (public/src/lib/console/). */
import t from 'tap';
import { ago, duration } from '../../public/src/lib/console/format.js';
import { healthOf } from '../../public/src/lib/console/health.js';
import { outcomeText } from '../../public/src/lib/console/incoming-view.js';
import type { IncomingEntry } from '../../public/src/lib/console/types.js';

t.test("health: the server's word, whatever the last error; an unknown value is not shown as active", async (t) => {
  t.equal(healthOf({ health: 'active' }), 'active');
  t.equal(healthOf({ health: 'failing' }), 'failing');
  t.equal(healthOf({ health: 'dead' }), 'dead');
  const failing403 = { health: 'failing' as const, lastError: 'HTTP 403: Forbidden' };
  t.equal(healthOf(failing403), 'failing', 'no guess from the error: the server did not call it dead');
  t.equal(healthOf({ health: 'parked' as never }), 'failing');
});

t.test('incoming outcomes in words', async (t) => {
  const entry = (over: Partial<IncomingEntry>): IncomingEntry => ({ id: 1, delivery: 'd', event: 'issues', action: 'opened', repository: 'o/r', receivedAt: '', outcome: 'queued', links: 0, reason: null, ...over });
  t.equal(outcomeText(entry({ links: 1 })), 'queued to 1 link');
  t.equal(outcomeText(entry({ links: 3 })), 'queued to 3 links');
  t.equal(outcomeText(entry({ outcome: 'ignored', reason: 'no link for o/r' })), 'ignored: no link for o/r');
  t.equal(outcomeText(entry({ outcome: 'ignored' })), 'ignored: no reason given');
  t.match(outcomeText(entry({ outcome: 'duplicate' })), /^duplicate/);
});

t.test('times and durations', async (t) => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  const before = (ms: number) => new Date(now - ms).toISOString();
  t.equal(ago(null, now), 'never');
  t.equal(ago(before(2000), now), 'just now');
  t.equal(ago(before(42_000), now), '42 s ago');
  t.equal(ago(before(5 * 60_000), now), '5 min ago');
  t.equal(ago(before(3 * 3600_000), now), '3 h ago');
  t.equal(ago(before(3 * 86400_000), now), '3 days ago');
  t.equal(duration(87), '87 ms');
  t.equal(duration(1234), '1.2 s');
  t.equal(duration(42_000), '42 s');
});
