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
 * letter, then a colon) can only be a key's closing quote and its value's opening one; the key
 * is matched from its opening quote, the value to its closing quote, and a member is cut with one
 * comma beside it. A value with an escape in it, or text with spaces around the colon, is simply
 * kept. A property test checks the result against a walk of the parsed object.
 */

const KEY = String.raw`"[a-z_]*_url"`;
const cutters = new Map<string, RegExp>();

function cutterFor(apiUrl: string): RegExp {
  let cutter = cutters.get(apiUrl);
  if (!cutter) {
    const api = (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const member = `${KEY}:"${api}[^"\\\\]*"`;
    // A member after another one takes the comma before it; the first of its object, the one after.
    cutter = new RegExp(`,${member}|${member},?`, 'g');
    cutters.set(apiUrl, cutter);
  }
  return cutter;
}

/** `json`, a payload's JSON text, without its members that link to the API at `apiUrl`. */
export function storedPayload(json: string, apiUrl: string): string {
  return json.replace(cutterFor(apiUrl), '');
}
