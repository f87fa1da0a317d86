/**
 * A link's health as deliveries find it: each dead-lettered job counts as a failure of its link;
 * after `failingAfter` in a row the store marks it `failing`, and one delivery heals it. An answer
 * saying the webhook itself is gone (refusedForGood) marks it `dead` at once: no count to wait
 * for, since every later post would meet the same refusal. The link is never paused: its next
 * jobs are still tried, each costing one request, so a URL fixed by the operator or an endpoint
 * that comes back heals the link without anyone un-pausing it.
 *
 * Each outcome is applied by the store in one atomic step (`recordDelivery`), so replicas never
 * overwrite each other's counts. Writes are skipped when they would change nothing a reader
 * sees: a success on a healthy link, and, once a link is failing (or dead), a failure with the
 * same error as the last one (the stored count then stops rather than costing a write per job).
 * Both are judged on the link as the caller last read it, so an operator's edit (which resets
 * health) is seen at the next outcome, not held over from before.
 */
import type { Link } from '../links/link.js';
import type { DeliveryOutcomeForHealth, LinkStore } from '../links/link-store.js';
import { refusedForGood } from './teams-client.js';

type LogFn = (obj: object, msg?: string) => void;

export interface LinkHealthDeps {
  links: Pick<LinkStore, 'recordDelivery'>;
  failingAfter: number;
  logger: { warn: LogFn; error: LogFn };
}

/** Whether applying `outcome` to `link` would change what the store shows. */
export function healthWriteNeeded(link: Pick<Link, 'health' | 'consecutiveFailures' | 'lastError'>, outcome: DeliveryOutcomeForHealth, failingAfter: number): boolean {
  if (outcome.ok) return link.health !== 'active' || link.consecutiveFailures !== 0 || link.lastError !== undefined;
  if (link.lastError !== outcome.error) return true;
  if (outcome.refused) return link.health !== 'dead';
  return !(link.health === 'failing' && link.consecutiveFailures >= failingAfter);
}

/**
 * The outcome with `refused` said: the caller passes the dead-lettered job's error, and whether
 * it is a refusal for good is read from it (the attempt log keeps the same text).
 */
export function withRefusal(outcome: DeliveryOutcomeForHealth): DeliveryOutcomeForHealth {
  if (outcome.ok || outcome.refused !== undefined) return outcome;
  return refusedForGood(outcome.error) ? { ...outcome, refused: true } : outcome;
}

export class LinkHealth {
  constructor(private readonly deps: LinkHealthDeps) {}

  /**
   * Applies one delivery's outcome to `link` (as last read). Resolves with the link as stored
   * after it, or `link` itself when nothing was written or the write failed (logged: health is
   * advice, and a lost update must not hold up delivery).
   */
  async note(link: Link, delivered: DeliveryOutcomeForHealth): Promise<Link> {
    const { links, failingAfter, logger } = this.deps;
    const outcome = withRefusal(delivered);
    if (!healthWriteNeeded(link, outcome, failingAfter)) return link;
    try {
      const updated = await links.recordDelivery(link.id, outcome, failingAfter);
      if (!updated) return link;
      if (!outcome.ok && updated.health !== 'active' && updated.health !== link.health) {
        logger.warn({ linkId: link.id, failures: updated.consecutiveFailures, error: outcome.error }, `link marked ${updated.health}`);
      }
      return updated;
    } catch (err) {
      logger.error({ err, linkId: link.id }, 'could not update link health');
      return link;
    }
  }
}
