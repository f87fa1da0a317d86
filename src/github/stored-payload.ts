/**
 * What the bridge keeps of a webhook payload: all of it but the REST API's own links.
 *
 * A payload repeats the API address of every resource it names (`repository` alone carries
 * about 45 `*_url` templates such as `archive_url`): over half of a typical payload's bytes.
 * Cards and digests link to GitHub's pages (`html_url`), never to the API, and the bridge reads
 * no API link back, so keeping them only made every stored event, its commit and its parse at
 * send time two to three times larger. test/github/stored-payload.test.ts renders every example
 * payload from both forms and finds the same cards.
 *
 * A member is dropped only when its key ends in `_url` and its value is an address on the
 * configured API (`GITHUB_API_URL`): a `target_url` or `html_url` pointing anywhere else is
 * kept, as is every `url` (push commits carry their page there).
 *
 * The members are cut out of the JSON text, not parsed and written again: that doubled what
 * ingest cost on top of verifying and parsing. It is exact because of how JSON strings are
 * spelt: inside a string every `"` follows a backslash, so `…_url":"` (a quote right after a
 * letter, then a colon) can only be a key's closing quote and its value's opening one. The key
 * is taken back to its opening quote, the value on to its closing quote, and a member is cut with
 * one comma beside it: the one before, unless an earlier cut took it, else the one after. A value
 * with an escape in it, or text with spaces around the colon, is simply kept. Found with
 * indexOf, not a regular expression: that one tried itself at every quote of the payload, 7% of
 * the bridge's CPU under ingest load. A property test checks the result against a walk of the
 * parsed object.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
/** `[a-z_]`: the keys this cuts; one with other characters is kept. */
const isKeyChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** `json`, a payload's JSON text, without its members that link to the API at `apiUrl`. */
export function storedPayload(json: string, apiUrl: string): string {
  const needle = `_url":"${apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`}`;
  const kept: string[] = [];
  /** Where the text not yet copied starts: the end of the last cut. */
  let from = 0;
  for (let at = json.indexOf(needle); at !== -1; at = json.indexOf(needle, at + 1)) {
    let key = at;
    while (key > from && isKeyChar(json.charCodeAt(key - 1))) key--;
    if (key <= from || json.charCodeAt(key - 1) !== QUOTE) continue;
    let end = at + needle.length;
    while (end < json.length && json.charCodeAt(end) !== QUOTE && json.charCodeAt(end) !== BACKSLASH) end++;
    if (json.charCodeAt(end) !== QUOTE) continue;
    let start = key - 1;
    end++;
    if (start > from && json.charCodeAt(start - 1) === COMMA) start--;
    else if (json.charCodeAt(end) === COMMA) end++;
    kept.push(json.slice(from, start));
    from = end;
    at = end - 1;
  }
  if (from === 0) return json;
  kept.push(json.slice(from));
  return kept.join('');
}
