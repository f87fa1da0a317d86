import type { ConsoleLink } from './types.js';

export type Health = 'active' | 'failing' | 'dead';

/**
 * Answers that mean the webhook is gone, not busy: the workflow or connector was deleted or its
 * URL revoked. Retrying them sends the same request to the same refusal.
 */
const REFUSED_FOR_GOOD = /^HTTP (401|403|404|410)\b/;

/**
 * A link's health as the console shows it: `active`; `failing` (deliveries keep dying, the
 * cause may pass); `dead` (Teams refuses the webhook for good, so someone must give the link a
 * new URL). The store knows only active and failing, so a failing link whose last error is
 * such a refusal reads as dead; an API that reports `dead` itself is believed.
 */
export function healthOf(link: Pick<ConsoleLink, 'health' | 'lastError'>): Health {
  if (link.health === 'dead') return 'dead';
  if (link.health !== 'failing') return 'active';
  return REFUSED_FOR_GOOD.test(link.lastError ?? '') ? 'dead' : 'failing';
}

/** Worst first, for sorting. */
export const HEALTH_RANK: Record<Health, number> = { dead: 0, failing: 1, active: 2 };
