/**
 * When the jobs of a link with scheduled digests go out (DESIGN §2 "Delivery modes"): every N
 * minutes (slots aligned to the epoch, so every replica and every restart computes the same
 * ones), or daily at a wall-clock time in an IANA time zone. A job's slot is a function of its
 * arrival alone: whoever holds the target after a restart sends it in the same slot, and a slot
 * whose jobs were recorded delivered is never sent again.
 */
import type { LinkDelivery } from '../links/link.js';

const MINUTE = 60_000;

/** Undefined when `timeZone` is an IANA zone Intl knows; otherwise why not. */
export function timeZoneError(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return undefined;
  } catch {
    return `delivery.timeZone: unknown time zone "${timeZone}"; use an IANA name such as "Europe/Berlin" or "UTC"`;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of `at` in `timeZone`. */
function wallClock(at: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** Offset of `timeZone` from UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant the wall clock of `timeZone` shows this date and time. A time skipped by a DST
 * change (02:30 on a spring-forward night) falls an hour later; a repeated one takes its first.
 */
function instantOf(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets half a day either side cover any change of that day.
  const candidates = [wall - offsetAt(wall - 12 * 60 * MINUTE, timeZone), wall - offsetAt(wall + 12 * 60 * MINUTE, timeZone)];
  const shown = candidates.filter((at) => {
    const w = wallClock(at, timeZone);
    return w.hour === hour && w.minute === minute;
  });
  return shown.length ? Math.min(...shown) : Math.max(...candidates);
}

/** The slot a job that arrived at `at` goes out in; `at` itself for immediate delivery. */
export function slotOf(delivery: LinkDelivery | undefined, at: number): number {
  if (!delivery || delivery.mode === 'immediate') return at;
  if (delivery.mode === 'digest') {
    const period = delivery.everyMinutes * MINUTE;
    return Math.ceil(at / period) * period;
  }
  const [hour, minute] = delivery.at.split(':').map(Number) as [number, number];
  const today = wallClock(at, delivery.timeZone);
  let slot = instantOf(today.year, today.month, today.day, hour, minute, delivery.timeZone);
  if (slot < at) {
    // The next calendar day (noon UTC of it names the date safely in any zone).
    const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1, 12));
    slot = instantOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), hour, minute, delivery.timeZone);
  }
  return slot;
}

/** The slot before `slot` (the start of the period a scheduled digest covers). */
export function previousSlotOf(delivery: LinkDelivery, slot: number): number {
  if (delivery.mode === 'digest') return slot - delivery.everyMinutes * MINUTE;
  // 25 hours back lands on the previous day before its slot, whatever DST did in between.
  if (delivery.mode === 'daily') return slotOf(delivery, slot - 25 * 60 * MINUTE);
  return slot;
}
