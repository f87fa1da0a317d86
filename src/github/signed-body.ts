import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BudgetShare, ByteBudget } from '../util/byte-budget.js';

/** A refusal with the status the webhook contract gives it (DESIGN §2). */
export class WebhookRefusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const SIGNATURE_MISMATCH = 'signature mismatch: check GITHUB_WEBHOOK_SECRET';

/** The digest in `X-Hub-Signature-256` (`sha256=` and 64 hex digits); undefined when it is not one. */
export function parseSignature(header: unknown): Buffer | undefined {
  if (typeof header !== 'string' || header.length !== 71 || !/^sha256=[0-9a-fA-F]{64}$/.test(header)) return undefined;
  return Buffer.from(header.slice(7), 'hex');
}

export interface SignedBodyOptions {
  /** The current secret first: the hot path hashes once; the previous one is tried only on a mismatch. */
  secrets: readonly string[];
  limit: number;
  /** Unverified bytes held across all requests; this body's share is released once it is verified or refused. */
  budget: ByteBudget;
  /**
   * A body up to this size stays out of the budget: the usual delivery never waits behind
   * large ones, nor behind a sender that stalls holding its share.
   */
  unbudgetedBytes: number;
}

/** Whether `chunks` hashed with `secret` give `signature`; for the secrets after the first. */
function signedWith(secret: string, chunks: readonly Buffer[], signature: Buffer): boolean {
  const hmac = createHmac('sha256', secret);
  for (const chunk of chunks) hmac.update(chunk);
  return timingSafeEqual(hmac.digest(), signature);
}

/**
 * Reads a webhook body as its bytes arrive, hashing each chunk with the current secret, and
 * answers the raw bytes only when their HMAC-SHA256 matches `signature` (the digest the sender
 * claims, from parseSignature). The bytes are signed as sent, so nothing is decoded before they
 * are verified: a signed body that is not UTF-8 is the caller's to refuse as such, not a
 * signature mismatch. Runs for every delivery, so it allocates little: no per-request Error,
 * no `once` wrappers.
 */
export function readSignedBody(
  stream: Readable,
  signature: Buffer,
  opts: SignedBodyOptions,
  done: (err: Error | null, body?: Buffer) => void,
): void {
  const hmac = createHmac('sha256', opts.secrets[0]);
  let chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  let share: BudgetShare | undefined;

  const finish = (err: Error | null, body?: Buffer) => {
    finished = true;
    share?.release();
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    stream.off('close', onClose);
    chunks = [];
    done(err, body);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    // Without a Content-Length (chunked encoding) the limit is only known here.
    if (size > opts.limit) return finish(new WebhookRefusal(413, `body over ${opts.limit} bytes (GitHub's 25 MiB limit)`));
    hmac.update(chunk);
    chunks.push(chunk);
    if (share) share.take(chunk.length);
    else if (size > opts.unbudgetedBytes) (share = opts.budget.share(stream)).take(size);
  };
  const onEnd = () => {
    const verified =
      timingSafeEqual(hmac.digest(), signature) || opts.secrets.slice(1).some((secret) => signedWith(secret, chunks, signature));
    // Joined only once verified: a refused body is never copied.
    if (verified) finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    else finish(new WebhookRefusal(401, SIGNATURE_MISMATCH));
  };
  const onError = (err: Error) => finish(new WebhookRefusal(400, `request body could not be read: ${err.message}`));
  const onClose = () => finish(new WebhookRefusal(400, 'the request ended before its body did'));

  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  stream.on('close', onClose);
}
