/**
 * When a store of expiring entries should drop the expired ones of everybody: at most once per
 * `everyMs` of the times its callers pass, so a lookup rarely pays for a sweep and entries
 * nobody asks for again do not pile up.
 */
export function sweepSchedule(everyMs: number): (now: number) => boolean {
  let next = -Infinity;
  return (now) => {
    if (now < next) return false;
    next = now + everyMs;
    return true;
  };
}

export const SWEEP_EVERY_MS = 60_000;
