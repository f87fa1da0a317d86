// The stored form of a payload loses nothing a card or a digest shows (every real example of
// @octokit/webhooks-examples renders the same from both forms), and cutting members out of the
// JSON text always gives what dropping them from the parsed object gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import t from 'tap';
import type { RenderOptions } from '../../src/cards/card.js';
import { digestEntryOf } from '../../src/cards/digest-entry.js';
import { renderEvent } from '../../src/cards/render.js';
import { storedPayload } from '../../src/github/stored-payload.js';
import { exampleGroups } from '../helpers/github-examples.js';

const API = 'https://api.github.com';
const OPTIONS: RenderOptions = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

/**
 * The rule on the parsed object, written independently of the text cutting under test. A value
 * JSON spells with an escape is kept (the text cut stops at a backslash); API links have none.
 */
function dropApiLinks(value: unknown, api = `${API}/`): unknown {
  if (Array.isArray(value)) return value.map((v) => dropApiLinks(v, api));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(/^[a-z_]*_url$/.test(key) && typeof v === 'string' && v.startsWith(api) && !JSON.stringify(v).includes('\\')))
      .map(([key, v]) => [key, dropApiLinks(v, api)]),
  );
}

t.test('every example renders the same card and digest line from its stored form', async (t) => {
  let rawBytes = 0;
  let storedBytes = 0;
  let compared = 0;
  for (const { name, examples } of exampleGroups) {
    for (const payload of examples) {
      const raw = JSON.stringify(payload);
      const kept = storedPayload(raw, API);
      rawBytes += raw.length;
      storedBytes += kept.length;
      const label = `${name}.${payload.action ?? ''}`;
      t.same(JSON.parse(kept), dropApiLinks(payload), `${label}: the API links and only they are gone`);
      t.same(renderEvent({ name, payload: JSON.parse(kept) }, OPTIONS), renderEvent({ name, payload: JSON.parse(raw) }, OPTIONS), `${label}: card`);
      const entry = (body: string) => digestEntryOf({ delivery: 'd', name, payload: JSON.parse(body), receivedAt: 0 });
      t.same(entry(kept), entry(raw), `${label}: digest line`);
      compared++;
    }
  }
  t.ok(compared > 300, `${compared} examples compared`);
  t.ok(storedBytes < rawBytes * 0.6, `stored ${storedBytes} of ${rawBytes} bytes (${((storedBytes / rawBytes) * 100).toFixed(0)}%)`);
});

t.test('only `*_url` keys whose value is on the configured API are dropped', async (t) => {
  const payload = {
    repository: { html_url: 'https://github.com/o/r', url: `${API}/repos/o/r`, archive_url: `${API}/repos/o/r/{archive_format}{/ref}`, hooks_url: `${API}/repos/o/r/hooks` },
    deployment_status: { target_url: 'https://ci.example.com/run/1', log_url: '', environment_url: 'https://staging.example.com' },
    commits: [{ url: 'https://github.com/o/r/commit/abc', statuses_url: `${API}/repos/o/r/statuses/abc` }],
    apiary_url: 'https://api.github.community/x',
    count_url: 7,
    body: `text that quotes "hooks_url":"${API}/repos/o/r/hooks" stays as written`,
  };
  t.same(JSON.parse(storedPayload(JSON.stringify(payload), API)), {
    repository: { html_url: 'https://github.com/o/r', url: `${API}/repos/o/r` },
    deployment_status: payload.deployment_status,
    commits: [{ url: 'https://github.com/o/r/commit/abc' }],
    apiary_url: 'https://api.github.community/x',
    count_url: 7,
    body: payload.body,
  });
});

t.test('on GitHub Enterprise Server its own API links are the ones dropped', async (t) => {
  const enterprise = 'https://ghe.example.com/api/v3';
  const payload = { repository: { html_url: 'https://ghe.example.com/o/r', hooks_url: `${enterprise}/repos/o/r/hooks`, other_url: `${API}/repos/o/r` } };
  t.same(JSON.parse(storedPayload(JSON.stringify(payload), `${enterprise}/`)).repository, { html_url: 'https://ghe.example.com/o/r', other_url: `${API}/repos/o/r` });
});

t.test('property: on any JSON, the text cut is valid JSON and equals the object rule', async (t) => {
  // Keys and strings drawn so that API links, look-alikes and quoted copies of them are common.
  const key = fc.oneof(fc.constantFrom('a_url', 'hooks_url', '_url', 'url', 'html_url', 'x', 'A_url', 'b1_url'), fc.string({ maxLength: 6 }));
  const text = fc.oneof(
    fc.constantFrom(`${API}/repos/o/r`, `${API}/`, `${API}`, `${API}/a"b`, `${API}/a\\b`, `${API}/é/\u2028`, 'https://github.com/o', `"hooks_url":"${API}/x"`, ''),
    fc.string({ maxLength: 8 }),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('object'), tie('array')),
    object: fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
    array: fc.array(tie('tree'), { maxLength: 4 }),
  }));
  fc.assert(
    fc.property(fc.dictionary(key, tree, { maxKeys: 6 }), (payload) => {
      assert.deepStrictEqual(JSON.parse(storedPayload(JSON.stringify(payload), API)), dropApiLinks(payload));
    }),
    { numRuns: 2_000, seed: 20261201 },
  );
  t.pass('2,000 payloads');
});
