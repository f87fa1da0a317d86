import type { ConsoleLink } from './types.js';

export type Health = ConsoleLink['health'];

/** Worst first, for sorting. */
export const HEALTH_RANK: Record<Health, number> = { dead: 0, failing: 1, active: 2 };

/**
 * A link's health as the console shows it, which is the server's word (link-rules' healthAfter):
 * `active`; `failing` (deliveries keep dying, the cause may pass); `dead` (Teams refuses the
 * webhook for good, so someone must give the link a new URL). The console no longer guesses
 * dead from the last error: a 403 may be lifted by tenant policy, and a guess would contradict
 * the server. A value it does not know reads as failing, never as active.
 */
export function healthOf(link: Pick<ConsoleLink, 'health'>): Health {
  return Object.hasOwn(HEALTH_RANK, link.health) ? link.health : 'failing';
}
