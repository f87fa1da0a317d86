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
 * Timeouts and network errors are retried although Teams may have shown the card already: the
 * bridge delivers at least once, and a rare duplicate beats a lost card.
 *
 * The webhook URL is a credential (`sig=`): no result or error text ever holds it. Errors name
 * the target by `redactWebhookUrl` (origin and the first path segment).
 */
import { Agent, request, type Dispatcher } from 'undici';
import { parseRetryAfter } from './backoff.js';

export type DeliveryOutcome = 'delivered' | 'retry' | 'permanent';

export interface PostResult {
  outcome: DeliveryOutcome;
  statusCode?: number;
  error?: string;
  retryAfterMs?: number;
  durationMs: number;
}

export interface PostOptions {
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  /** Aborts the post early (worker shutdown); counts as a retry. */
  signal?: AbortSignal;
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Enough of the answer to classify it; Teams answers are a few bytes, anything more is noise. */
const MAX_BODY_CHARS = 2048;
const RETRY_STATUSES = new Set([408, 412, 429]);
const THROTTLED_BODY = /HTTP error 429/i;
const UPSTREAM_ERROR_BODY = /HTTP error (\d{3})/i;

/** `https://host/first-segment/…`: enough to tell targets apart in logs, never the secret part. */
export function redactWebhookUrl(url: string): string {
  try {
    const u = new URL(url);
    const first = u.pathname.split('/').find((s) => s !== '');
    return `${u.protocol}//${u.host}/${first ? `${first}/…` : ''}`;
  } catch {
    return '<invalid webhook url>';
  }
}

/** Removes the URL, and any `sig=` value that might have been echoed in another form. */
function scrub(text: string, url: string): string {
  let out = text;
  if (url) out = out.split(url).join(redactWebhookUrl(url));
  try {
    const u = new URL(url);
    const rest = u.pathname + u.search;
    if (rest.length > 1) out = out.split(rest).join('/…');
  } catch {
    // Not a URL: nothing more to take out than the literal above.
  }
  return out.replace(/sig=[^&\s"']*/gi, 'sig=<redacted>');
}

/** A keep-alive agent for webhook posts; `connections` caps sockets per origin. */
export function createTeamsAgent(connections = 64): Agent {
  return new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
}

export function classifyAnswer(statusCode: number, body: string): Pick<PostResult, 'outcome' | 'error'> {
  const text = body.trim();
  if (statusCode >= 200 && statusCode < 300) {
    if (statusCode === 202 || text === '1' || text === '') return { outcome: 'delivered' };
    if (THROTTLED_BODY.test(text)) return { outcome: 'retry', error: `throttled: ${clip(text)}` };
    const upstream = UPSTREAM_ERROR_BODY.exec(text);
    if (upstream && Number(upstream[1]) >= 500) return { outcome: 'retry', error: `upstream error: ${clip(text)}` };
    return { outcome: 'permanent', error: `unexpected ${statusCode} answer: ${clip(text)}` };
  }
  const outcome = RETRY_STATUSES.has(statusCode) || statusCode >= 500 ? 'retry' : 'permanent';
  return { outcome, error: `HTTP ${statusCode}${text ? `: ${clip(text)}` : ''}` };
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

async function readCapped(body: Dispatcher.ResponseData['body']): Promise<string> {
  let text = '';
  for await (const chunk of body) {
    if (text.length < MAX_BODY_CHARS) text += (chunk as Buffer).toString('utf8');
  }
  return text.slice(0, MAX_BODY_CHARS);
}

/** Posts `message` (a JSON string) to `webhookUrl`; never throws. */
export async function postToTeams(webhookUrl: string, message: string, options: PostOptions = {}): Promise<PostResult> {
  const now = options.now ?? Date.now;
  const started = now();
  if (!URL.canParse(webhookUrl)) return { outcome: 'permanent', error: 'invalid webhook URL', durationMs: 0 };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  const onOuterAbort = () => controller.abort(options.signal?.reason ?? new Error('aborted'));
  if (options.signal?.aborted) onOuterAbort();
  else options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const res = await request(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: message,
      signal: controller.signal,
      dispatcher: options.dispatcher,
    });
    const body = await readCapped(res.body);
    const { outcome, error } = classifyAnswer(res.statusCode, body);
    const result: PostResult = { outcome, statusCode: res.statusCode, durationMs: now() - started };
    if (error) result.error = scrub(error, webhookUrl);
    if (outcome === 'retry') {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], Date.now());
      if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
    }
    return result;
  } catch (err) {
    const reason = controller.signal.aborted ? controller.signal.reason : err;
    const text = reason instanceof Error ? `${reason.name === 'Error' ? '' : `${reason.name}: `}${reason.message}` : String(reason);
    const code = (err as { code?: string }).code;
    const error = `${code && !text.includes(code) ? `${code} ` : ''}${text} (${redactWebhookUrl(webhookUrl)})`;
    return { outcome: 'retry', error: scrub(error, webhookUrl), durationMs: now() - started };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
