/**
 * Posts one Teams message to a channel webhook and classifies the answer (DESIGN §4).
 *
 * Classification, decided here once for the whole bridge:
 * - delivered: 202 (Workflows), or a 2xx whose body is `1` (legacy connector) or empty.
 * - retry: 408, 412, 429, any 5xx, network errors and timeouts; also a 2xx whose body reports
 *   `HTTP error 429` (legacy throttling) or an upstream 5xx (`HTTP error 5xx`). `Retry-After`
 *   (seconds or HTTP date) is passed on as `retryAfterMs`.
 * - permanent: 400, 401, 403, 404, 410, 413 and every other status (3xx included: redirects are
 *   not followed, since the URL is a credential and must not be replayed to another host).
 *   A 2xx with any other body is permanent too: the legacy connector answers 200 with an error
 *   text when it rejects a card ("Summary or Text is required", "HTTP error 413", …); sending
 *   the same card again would fail the same way, and if it was shown after all, a retry would
 *   post it twice.
 *
 * - refused for good (a permanent answer that also marks the link dead, refusedForGood): 404 and
 *   410, and a 2xx whose body reports Teams' own `HTTP error 404`/`410`. Microsoft answers 410
 *   once the connector configuration is removed from the channel (msteams-docs#906), and 404 when
 *   the channel, webhook or Workflows flow is not found. 401/403 are not in it: they also come
 *   from tenant policy and sign-in rules an admin can lift with the URL unchanged, and the
 *   legacy connector's wrapped `HTTP error 400` for a removed channel is the same text as a card
 *   it rejects.
 *
 * Timeouts and network errors are retried although Teams may have shown the card already: the
 * bridge delivers at least once, and a rare duplicate beats a lost card.
 *
 * The webhook URL is a credential (`sig=`): no result or error text ever holds it, in any spelling
 * an endpoint may echo it in (see webhook-secrets.ts). Errors name the target by `webhookTarget`
 * (origin and the first path segment).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, getGlobalDispatcher, type Dispatcher } from 'undici';
import { parseRetryAfter } from './backoff.js';
import { scrubWebhookSecrets } from './webhook-secrets.js';

export type DeliveryOutcome = 'delivered' | 'retry' | 'permanent';

export interface PostResult {
  outcome: DeliveryOutcome;
  statusCode?: number;
  error?: string;
  retryAfterMs?: number;
  /** Teams said the webhook is over its limits (429, or 200 with the 429 text). */
  throttled?: boolean;
  durationMs: number;
}

export interface PostOptions {
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  /**
   * Posts in flight register their abort here while they run (worker shutdown calls them; the
   * post then counts as a retry). A Set rather than an AbortSignal: one listener per post on a
   * shared EventTarget cost more than the rest of the post's bookkeeping.
   */
  cancels?: PostCancels;
  now?: () => number;
}

export type PostCancels = Set<(reason: Error) => void>;

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Enough of the answer to classify it; Teams answers are a few bytes, anything more is noise. */
const MAX_BODY_CHARS = 2048;
const RETRY_STATUSES = new Set([408, 412, 429]);
const THROTTLED_BODY = /HTTP error 429/i;
const UPSTREAM_ERROR_BODY = /HTTP error (\d{3})/i;

/** `https://host/first-segment/…`: enough to tell targets apart in logs, never the secret part. */
export function webhookTarget(url: string): string {
  try {
    const u = new URL(url);
    const first = u.pathname.split('/').find((s) => s !== '');
    return `${u.protocol}//${u.host}/${first ? `${first}/…` : ''}`;
  } catch {
    return '<invalid webhook url>';
  }
}

/** A keep-alive agent for webhook posts; `connections` caps sockets per origin. */
export function createTeamsAgent(connections = 64): Agent {
  return new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
}

export function classifyAnswer(statusCode: number, body: string): Pick<PostResult, 'outcome' | 'error' | 'throttled'> {
  const text = body.trim();
  if (statusCode >= 200 && statusCode < 300) {
    if (statusCode === 202 || text === '1' || text === '') return { outcome: 'delivered' };
    if (THROTTLED_BODY.test(text)) return { outcome: 'retry', throttled: true, error: `throttled: ${clip(text)}` };
    const upstream = UPSTREAM_ERROR_BODY.exec(text);
    if (upstream && Number(upstream[1]) >= 500) return { outcome: 'retry', error: `upstream error: ${clip(text)}` };
    return { outcome: 'permanent', error: `unexpected ${statusCode} answer: ${clip(text)}` };
  }
  const outcome = RETRY_STATUSES.has(statusCode) || statusCode >= 500 ? 'retry' : 'permanent';
  const error = `HTTP ${statusCode}${text ? `: ${clip(text)}` : ''}`;
  return statusCode === 429 ? { outcome, throttled: true, error } : { outcome, error };
}

/**
 * Whether an error classifyAnswer wrote says the webhook itself is gone. Read from the error
 * text, which the attempt log and the link's `lastError` keep, so every reader of either agrees.
 */
export function refusedForGood(error: string): boolean {
  return REFUSED_STATUS.test(error) || REFUSED_UPSTREAM.test(error);
}

const REFUSED_STATUS = /^HTTP (404|410)\b/;
const REFUSED_UPSTREAM = /^unexpected 2\d\d answer: .*\bHTTP error (404|410)\b/i;

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

interface Target {
  origin: string;
  path: string;
}

/** Parsed webhook URLs: parsing one per post was a visible share of the post's CPU. */
const targets = new Map<string, Target | null>();
const MAX_TARGETS = 10_000;

function targetOf(webhookUrl: string): Target | undefined {
  let target = targets.get(webhookUrl);
  if (target === undefined) {
    const url = URL.canParse(webhookUrl) ? new URL(webhookUrl) : undefined;
    target = url && (url.protocol === 'https:' || url.protocol === 'http:') ? { origin: url.origin, path: url.pathname + url.search } : null;
    // Links are few; a bound only guards against an unbounded stream of distinct URLs.
    if (targets.size >= MAX_TARGETS) targets.clear();
    targets.set(webhookUrl, target);
  }
  return target ?? undefined;
}

interface RawAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body was longer than MAX_BODY_CHARS and was cut. */
  truncated: boolean;
}

/**
 * One POST through undici's dispatch API. It skips the stream and AbortSignal plumbing of
 * `request()`, which was most of the client's cost per card at thousands of posts a second.
 * A single timer bounds the whole post, connect and queueing for a socket included.
 */
function dispatchPost(dispatcher: Dispatcher, target: Target, message: string | Uint8Array, timeoutMs: number, cancels?: PostCancels): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let failure: Error | undefined;
    let statusCode = 0;
    let headers: IncomingHttpHeaders = {};
    let body = '';
    let dropped = false;
    const fail = (err: Error) => {
      if (failure) return;
      failure = err;
      finish();
      reject(err);
      controller?.abort(err);
    };
    const timer = setTimeout(() => fail(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      cancels?.delete(fail);
    };
    cancels?.add(fail);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        // Timed out while waiting for a socket: never send it.
        if (failure) c.abort(failure);
      },
      onResponseStart(_c, code, responseHeaders) {
        statusCode = code;
        headers = responseHeaders;
      },
      onResponseData(_c, chunk) {
        if (body.length < MAX_BODY_CHARS) body += chunk.toString('utf8');
        else dropped = true;
      },
      onResponseEnd() {
        if (failure) return;
        finish();
        resolve({ statusCode, headers, body: body.slice(0, MAX_BODY_CHARS), truncated: dropped || body.length > MAX_BODY_CHARS });
      },
      onResponseError(_c, err) {
        fail(err);
      },
    };
    const request = { origin: target.origin, path: target.path, method: 'POST' as const, headers: JSON_HEADERS, body: message };
    try {
      dispatcher.dispatch(request, handler);
    } catch (err) {
      fail(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Posts `message` (a JSON string, or its UTF-8 bytes: sent without a copy) to `webhookUrl`; never throws. */
export async function postToTeams(webhookUrl: string, message: string | Uint8Array, options: PostOptions = {}): Promise<PostResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const target = targetOf(webhookUrl);
  if (!target) return { outcome: 'permanent', error: 'invalid webhook URL', durationMs: 0 };
  try {
    const res = await dispatchPost(options.dispatcher ?? getGlobalDispatcher(), target, message, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.cancels);
    // Scrubbed before it is classified and clipped, so a clip cannot cut a secret into a piece
    // the scrubber no longer recognises.
    const body = res.body ? scrubWebhookSecrets(res.body, webhookUrl, webhookTarget(webhookUrl), res.truncated) : res.body;
    const { outcome, error, throttled } = classifyAnswer(res.statusCode, body);
    const result: PostResult = { outcome, statusCode: res.statusCode, durationMs: now() - started };
    if (throttled) result.throttled = true;
    if (error) result.error = error;
    if (outcome === 'retry') {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
      if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
    }
    return result;
  } catch (err) {
    const text = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
    const code = (err as { code?: string }).code;
    const error = `${code && !text.includes(code) ? `${code} ` : ''}${text} (${webhookTarget(webhookUrl)})`;
    return { outcome: 'retry', error: scrubWebhookSecrets(error, webhookUrl, webhookTarget(webhookUrl)), durationMs: now() - started };
  }
}
