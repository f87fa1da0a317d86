/** Slots of scheduled digests: epoch-aligned periods, and daily local times across DST. */
import t from 'tap';
import { previousSlotOf, slotOf, timeZoneError } from '../../src/delivery/delivery-schedule.js';

const utc = (s: string) => Date.parse(s);

t.test('immediate: a job goes when it arrives', async (t) => {
  t.equal(slotOf(undefined, 1234), 1234);
  t.equal(slotOf({ mode: 'immediate' }, 1234), 1234);
});

t.test('every N minutes: the next boundary, the same on every replica', async (t) => {
  const every = { mode: 'digest', everyMinutes: 15 } as const;
  t.equal(slotOf(every, utc('2026-03-02T10:07:12Z')), utc('2026-03-02T10:15:00Z'));
  t.equal(slotOf(every, utc('2026-03-02T10:15:00Z')), utc('2026-03-02T10:15:00Z'), 'a job on the boundary goes in it');
  t.equal(previousSlotOf(every, utc('2026-03-02T10:15:00Z')), utc('2026-03-02T10:00:00Z'));
});

t.test('daily at 09:00 Europe/Berlin: winter and summer time', async (t) => {
  const daily = { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' } as const;
  t.equal(slotOf(daily, utc('2026-01-15T06:00:00Z')), utc('2026-01-15T08:00:00Z'), 'CET: 09:00 is 08:00 UTC');
  t.equal(slotOf(daily, utc('2026-01-15T08:00:01Z')), utc('2026-01-16T08:00:00Z'), 'just after the slot: tomorrow');
  t.equal(slotOf(daily, utc('2026-07-15T06:00:00Z')), utc('2026-07-15T07:00:00Z'), 'CEST: 09:00 is 07:00 UTC');
  // DST starts on 29 March 2026 at 02:00 CET: the day before, 09:00 is 08:00 UTC; that day, 07:00 UTC.
  t.equal(slotOf(daily, utc('2026-03-28T09:00:00Z')), utc('2026-03-29T07:00:00Z'), 'across the spring change');
  t.equal(previousSlotOf(daily, utc('2026-03-29T07:00:00Z')), utc('2026-03-28T08:00:00Z'), 'the day it covers is 23 hours long');
  t.equal(slotOf(daily, utc('2026-10-24T08:00:00Z')), utc('2026-10-25T08:00:00Z'), 'across the autumn change');
});

t.test('a wall time skipped by DST falls an hour later; a repeated one takes the first', async (t) => {
  const skipped = { mode: 'daily', at: '02:30', timeZone: 'Europe/Berlin' } as const;
  t.equal(slotOf(skipped, utc('2026-03-28T23:00:00Z')), utc('2026-03-29T01:30:00Z'), '03:30 CEST');
  t.equal(slotOf(skipped, utc('2026-10-24T23:00:00Z')), utc('2026-10-25T00:30:00Z'), 'the first 02:30 (CEST)');
  const ny = { mode: 'daily', at: '18:00', timeZone: 'America/New_York' } as const;
  t.equal(slotOf(ny, utc('2026-03-09T12:00:00Z')), utc('2026-03-09T22:00:00Z'), 'EDT');
});

t.test('time zones are checked with Intl', async (t) => {
  t.equal(timeZoneError('Europe/Berlin'), undefined);
  t.equal(timeZoneError('UTC'), undefined);
  t.match(timeZoneError('Mars/Olympus'), /unknown time zone "Mars\/Olympus"/);
});
