import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Teams webhook hosts (DESIGN §4). Each entry pairs a host pattern with the path prefix that
 * service uses, so a URL on a Microsoft host but outside the webhook endpoints is refused too.
 */
const TEAMS_ENDPOINTS: Array<{ host: RegExp; path: RegExp; kind: 'connector' | 'workflow' }> = [
  { host: /^outlook\.office\.com$/, path: /^\/webhook\//, kind: 'connector' },
  { host: /^outlook\.office365\.com$/, path: /^\/webhook\//, kind: 'connector' },
  { host: /^[a-z0-9-]+\.webhook\.office\.com$/, path: /^\/webhookb2\//, kind: 'connector' },
  { host: /^prod-\d+\.[a-z0-9-]+\.logic\.azure\.com$/, path: /^\/workflows\//, kind: 'workflow' },
  { host: /^[a-z0-9-]+\.(?:[a-z0-9-]+\.)?environment\.api\.powerplatform\.com$/, path: /^\/powerautomate\//, kind: 'workflow' },
];

export type WebhookKind = 'connector' | 'workflow' | 'extra';

export class WebhookUrlError extends Error {}

/** Returns the URL's kind, or throws WebhookUrlError saying why it is not an acceptable target. */
export function checkWebhookUrl(value: string, extraOrigins: readonly string[]): WebhookKind {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WebhookUrlError('webhookUrl is not a valid URL');
  }
  if (url.username || url.password) throw new WebhookUrlError('webhookUrl must not contain credentials');
  if (extraOrigins.includes(url.origin)) return 'extra';
  if (url.protocol !== 'https:') throw new WebhookUrlError('webhookUrl must use https');
  const host = url.hostname.toLowerCase();
  if (isIP(host.replace(/^\[|\]$/g, ''))) throw new WebhookUrlError('webhookUrl must use a host name, not an IP address');
  if (url.port) throw new WebhookUrlError('webhookUrl must use the default https port');
  const endpoint = TEAMS_ENDPOINTS.find((e) => e.host.test(host));
  if (!endpoint) {
    throw new WebhookUrlError(
      `webhookUrl host ${host} is not a Microsoft Teams webhook host (*.webhook.office.com, *.logic.azure.com, *.environment.api.powerplatform.com)`,
    );
  }
  if (!endpoint.path.test(url.pathname)) throw new WebhookUrlError(`webhookUrl path is not a Teams webhook path on ${host}`);
  return endpoint.kind;
}

/** RFC 3986 unreserved characters: percent-encoding one of them does not change the URL. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

function normalizeEscapes(part: string): string {
  return part.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

/**
 * The one spelling of a webhook URL that is stored, compared and keyed on, so that `HTTP://`,
 * `127.1`, `:443`, an upper-case host, a trailing `?` or `#` or a needless `%7E` do not make
 * one channel look like two (twice the cards, rate windows split in two). WHATWG parsing does
 * scheme, host, IPv4 and default-port forms; what is left is dropping an empty query, the
 * fragment (never sent to the server) and RFC 3986's escape normalisation. Throws on a
 * string that is not a URL; a value that is not one is returned as it is by `webhookKey`.
 */
export function canonicalWebhookUrl(value: string): string {
  const url = new URL(value);
  const auth = url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  const search = url.search.length > 1 ? normalizeEscapes(url.search) : '';
  return `${url.protocol}//${auth}${url.host}${normalizeEscapes(url.pathname)}${search}`;
}

/** `canonicalWebhookUrl`, or the value itself when it does not parse (keys never throw). */
export function webhookKey(value: string): string {
  return URL.canParse(value) ? canonicalWebhookUrl(value) : value;
}

/** What responses and logs may show of a webhook URL: its host and a short fingerprint. */
export function redactWebhookUrl(value: string): { host: string; fingerprint: string } {
  let host = 'invalid';
  try {
    host = new URL(value).host;
  } catch {
    /* keep 'invalid' */
  }
  return { host, fingerprint: createHash('sha256').update(value).digest('hex').slice(0, 8) };
}
