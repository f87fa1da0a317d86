import { createHash } from 'node:crypto';

/**
 * The key of a Teams webhook as the queue, leases and rate windows know it: a hash, so the URL
 * (a credential) never sits in a job row, a lease or a log. Links store their URL normalised,
 * so two spellings of one webhook share one key.
 */
export function targetKeyOf(webhookUrl: string): string {
  return createHash('sha256').update(webhookUrl).digest('base64url').slice(0, 22);
}
