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
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    out = out.split(parsed.href).join(PLACEHOLDER);
    const rest = parsed.pathname + parsed.search;
    if (rest.length > 1) out = out.split(rest).join('/…');
    const parts = secretParts(parsed);
    if (parts.length) {
      const pattern = parts.map((p) => Array.from(p, charForms).join('')).join('|');
      out = out.replace(new RegExp(pattern, 'gi'), REDACTED);
    }
  }
  out = out.replace(SIG_VALUE, `$1${REDACTED}`);
  if (truncated) out = out.replace(/\S*$/, '…');
  return out.split(PLACEHOLDER).join(target);
}
