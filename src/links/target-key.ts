import { createHash } from 'node:crypto';
import { webhookKey } from './webhook-url.js';

/** Keys remembered, so routing a webhook does not parse and hash each link's URL again. */
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, string>();

/**
 * The key of a Teams webhook as the queue, leases and rate windows know it: a hash, so the URL
 * (a credential) never sits in a job row, a lease or a log. Hashed in its canonical spelling, so
 * two spellings of one webhook (a link saved before URLs were normalised) share one key, one
 * lease and one set of rate windows.
 */
export function targetKeyOf(webhookUrl: string): string {
  let key = remembered.get(webhookUrl);
  if (key === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    key = createHash('sha256').update(webhookKey(webhookUrl)).digest('base64url').slice(0, 22);
    remembered.set(webhookUrl, key);
  }
  return key;
}
