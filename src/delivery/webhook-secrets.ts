/**
 * Takes a webhook URL's secret parts out of text an endpoint sent back (error bodies that echo
 * the request), before that text reaches a result, `lastError`, a log line or the API.
 *
 * The secret parts are the whole URL, its path after the first segment (the tokens of a legacy
 * connector URL) and its query values (a Workflows URL's `sig`). An endpoint may echo them in
 * another spelling than they were sent in, so each character of a secret is matched in every
 * form it is commonly echoed in: as itself, percent-encoded (also twice), as a JSON or JS escape
 * (`\u003d`, `\/`) or as an HTML character reference. Bare values are only matched from
 * MIN_BARE_SECRET characters on, so a short test value cannot redact ordinary words; any value
 * after `sig=` (in those spellings too) is redacted whatever its length.
 */

const MIN_BARE_SECRET = 8;
const REDACTED = '<redacted>';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One character as a regex source accepting each of its echoed spellings (used with flag `i`). */
function charForms(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16);
  const forms = [escapeRegExp(ch), `\\\\u${hex.padStart(4, '0')}`, `&#0*${code};`, `&#x0*${hex};`];
  if (code < 0x80) forms.push(`%(?:25)?${hex.padStart(2, '0')}`);
  if (!/[A-Za-z0-9]/.test(ch)) forms.push(`\\\\${escapeRegExp(ch)}`);
  return `(?:${forms.join('|')})`;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Logic Apps parameters that say which API and trigger, not who may call it. */
const PUBLIC_PARAMS = new Set(['api-version', 'sp', 'sv']);

/** The decoded secret parts of `url` worth matching bare, longest first. */
function secretParts(url: URL): string[] {
  const parts = new Set<string>();
  const add = (value: string) => {
    if (value.length >= MIN_BARE_SECRET) parts.add(value);
  };
  // The first segment (`webhookb2`, `workflows`) names the kind of target and stays readable.
  const [, ...rest] = url.pathname.split('/').filter((s) => s !== '');
  if (rest.length) add(decode(rest.join('/')));
  for (const segment of rest) {
    add(decode(segment));
    for (const piece of decode(segment).split('@')) add(piece);
  }
  for (const [name, value] of url.searchParams) if (!PUBLIC_PARAMS.has(name)) add(value);
  return [...parts].sort((a, b) => b.length - a.length);
}

/** `=` as sent, percent-encoded (once or twice), JSON-escaped or as a character reference; or a JSON `"sig": "`. */
const SIG_VALUE = /(\bsig(?:=|%(?:25)?3d|\\u003d|\\x3d|&#0*61;|&#x0*3d;|\\?"\s*:\s*\\?"))(?:[A-Za-z0-9_.~+/-]|%[0-9a-f]{2}|\\u[0-9a-f]{4}|\\\/)+/gi;

/** What scrubbing needs of one webhook URL, worked out once: parsing it per post cost CPU. */
interface Secrets {
  href?: string;
  /** Path and query, replaced by `/…` where echoed verbatim. */
  rest?: string;
  parts: string[];
  /** The shortest text any spelling of a part can be: a shorter text cannot hold one. */
  shortest: number;
  /**
   * Every spelling of every part, compiled on first use: V8 takes milliseconds to compile it
   * (8 ms for a 9-character part here), which paid on every post made scrubbing most of the
   * delivery worker's CPU, while a Teams success body (`1`) is too short to hold any part.
   */
  pattern?: RegExp;
}

const cache = new Map<string, Secrets>();
/** Links are few; the bound only guards against an unbounded stream of distinct URLs. */
const MAX_CACHED = 10_000;

function secretsOf(url: string): Secrets {
  let secrets = cache.get(url);
  if (secrets) return secrets;
  secrets = { parts: [], shortest: Number.POSITIVE_INFINITY };
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    secrets.href = parsed.href;
    const rest = parsed.pathname + parsed.search;
    if (rest.length > 1) secrets.rest = rest;
    secrets.parts = secretParts(parsed);
    // Sorted longest first; every spelling of a character is at least one character long.
    if (secrets.parts.length) secrets.shortest = secrets.parts.at(-1)!.length;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(url, secrets);
  return secrets;
}

/**
 * `text` with every spelling of `url`'s secret parts replaced: the whole URL by `target`, other
 * parts by `<redacted>`. `truncated` says the text was cut short, so its last word may be the
 * start of a secret; that word goes too.
 */
export function scrubWebhookSecrets(text: string, url: string, target: string, truncated = false): string {
  // The whole URL becomes a placeholder first, so that taking out its parts below cannot mangle
  // the redacted form that replaces it at the end.
  const PLACEHOLDER = '\u0000';
  let out = url ? text.split(url).join(PLACEHOLDER) : text;
  const secrets = secretsOf(url);
  if (secrets.href !== undefined) out = out.split(secrets.href).join(PLACEHOLDER);
  if (secrets.rest !== undefined) out = out.split(secrets.rest).join('/…');
  if (out.length >= secrets.shortest) {
    secrets.pattern ??= new RegExp(secrets.parts.map((p) => Array.from(p, charForms).join('')).join('|'), 'gi');
    out = out.replace(secrets.pattern, REDACTED);
  }
  out = out.replace(SIG_VALUE, `$1${REDACTED}`);
  if (truncated) out = out.replace(/\S*$/, '…');
  return out.split(PLACEHOLDER).join(target);
}
