import t from 'tap';
import { classifyAnswer, createTeamsAgent, postToTeams, refusedForGood, webhookTarget, type PostCancels } from '../../src/delivery/teams-client.js';
import { startFakeTeams, type FakeTeamsAnswer } from '../helpers/fake-teams.js';

const fake = await startFakeTeams();
const agent = createTeamsAgent(8);
t.teardown(async () => {
  await agent.close();
  await fake.close();
});

const SECRET_PATH = '/webhookb2/abc@def/IncomingWebhook/123/456?api-version=1&sig=TOPSECRETsig';
const message = JSON.stringify({ type: 'message', attachments: [] });

let n = 0;
async function post(answer: FakeTeamsAnswer, timeoutMs = 2000) {
  const url = `${fake.url}/p${++n}${SECRET_PATH}`;
  fake.answer(answer, new URL(url).pathname);
  const result = await postToTeams(url, message, { dispatcher: agent, timeoutMs });
  const text = JSON.stringify(result);
  if (text.includes('TOPSECRET') || text.includes('sig=T') || text.includes('abc@def')) {
    throw new Error(`result leaks the webhook URL: ${text}`);
  }
  return result;
}

t.test('legacy `1` and Workflows 202 are delivered; the card arrives as JSON', async (t) => {
  const ok = await post({ kind: 'ok' });
  t.match(ok, { outcome: 'delivered', statusCode: 200 });
  t.type(ok.durationMs, 'number');
  t.same(fake.requests.at(-1)?.body, JSON.parse(message));
  t.equal(fake.requests.at(-1)?.headers['content-type'], 'application/json');
  t.match(await post({ kind: 'accepted' }), { outcome: 'delivered', statusCode: 202 });
  t.match(await post({ kind: 'status', status: 200 }), { outcome: 'delivered' }, 'empty 200');
});

t.test('throttling is retried with Retry-After, in both of its forms', async (t) => {
  t.match(await post({ kind: 'throttle', retryAfter: 7 }), { outcome: 'retry', statusCode: 429, retryAfterMs: 7000 });
  const date = new Date(Date.now() + 60_000).toUTCString();
  const dated = await post({ kind: 'throttle', retryAfter: date });
  t.ok(dated.retryAfterMs! > 55_000 && dated.retryAfterMs! <= 60_000, `HTTP date gives ~60 s (${dated.retryAfterMs})`);
  const legacy = await post({ kind: 'throttle-200' });
  t.match(legacy, { outcome: 'retry', statusCode: 200, throttled: true, error: /throttled.*429/ });
  t.match(await post({ kind: 'throttle' }), { throttled: true });
  t.notOk((await post({ kind: 'status', status: 503 })).throttled, 'a 5xx is not throttling');
});

t.test('408, 412 and 5xx are retried', async (t) => {
  for (const status of [408, 412, 500, 502, 503, 504]) {
    t.match(await post({ kind: 'status', status, headers: { 'retry-after': '3' } }), { outcome: 'retry', statusCode: status, retryAfterMs: 3000 }, `${status}`);
  }
});

t.test('400, 401, 403, 404, 410, 413 and other 4xx are permanent', async (t) => {
  for (const status of [400, 401, 403, 404, 410, 413, 405, 422]) {
    const r = await post({ kind: 'status', status, body: 'Bad payload' });
    t.match(r, { outcome: 'permanent', statusCode: status, error: `HTTP ${status}: Bad payload` }, `${status}`);
    t.notOk('retryAfterMs' in r);
  }
  t.match(await post({ kind: 'status', status: 302, headers: { location: 'http://elsewhere.example/' } }), { outcome: 'permanent', statusCode: 302 }, 'redirects are not followed');
});

t.test('a 2xx with another body is a permanent failure to inspect', async (t) => {
  t.match(await post({ kind: 'status', status: 200, body: 'Summary or Text is required.' }), {
    outcome: 'permanent',
    statusCode: 200,
    error: 'unexpected 200 answer: Summary or Text is required.',
  });
  t.match(await post({ kind: 'status', status: 200, body: 'Microsoft Teams endpoint returned HTTP error 413' }), { outcome: 'permanent' });
  t.match(await post({ kind: 'status', status: 200, body: 'Microsoft Teams endpoint returned HTTP error 503' }), { outcome: 'retry' });
});

t.test('connection resets and timeouts are retried and do not leak the URL', async (t) => {
  const reset = await post({ kind: 'reset' });
  t.match(reset, { outcome: 'retry', error: /127\.0\.0\.1/ });
  t.notOk(reset.statusCode);
  const slow = await post({ kind: 'slow', delayMs: 2000 }, 100);
  t.match(slow, { outcome: 'retry', error: /timed out after 100 ms/ });
  t.ok(slow.durationMs >= 90 && slow.durationMs < 1000, `gave up at the timeout (${slow.durationMs} ms)`);
  const held = await post({ kind: 'hold' }, 100);
  t.match(held, { outcome: 'retry', error: /timed out/ });
});

t.test('a refused connection is retried', async (t) => {
  const r = await postToTeams(`http://127.0.0.1:1/x?sig=TOPSECRET`, message, { timeoutMs: 2000 });
  t.match(r, { outcome: 'retry', error: /ECONNREFUSED/ });
  t.notMatch(r.error!, /TOPSECRET/);
});

t.test('an external abort counts as a retry', async (t) => {
  fake.answer({ kind: 'hold' }, '/aborted');
  const cancels: PostCancels = new Set();
  setTimeout(() => {
    t.equal(cancels.size, 1, 'the post registered its abort');
    for (const cancel of cancels) cancel(new Error('worker stopping'));
  }, 50);
  const r = await postToTeams(`${fake.url}/aborted`, message, { dispatcher: agent, cancels });
  t.match(r, { outcome: 'retry', error: /worker stopping/ });
  t.equal(cancels.size, 0, 'and took it back when done');
});

t.test('a closed dispatcher fails the post at once as a retry', async (t) => {
  const closed = createTeamsAgent(1);
  await closed.close();
  const started = Date.now();
  const r = await postToTeams(`${fake.url}/closed`, message, { dispatcher: closed, timeoutMs: 5000 });
  t.match(r, { outcome: 'retry', error: /destroyed|closed/i });
  t.match(r.error, `${fake.url}/closed/…`, 'the target is named by its redacted form');
  t.ok(Date.now() - started < 1000, 'without waiting for the timeout');
});

t.test('an invalid URL is permanent', async (t) => {
  t.match(await postToTeams('not a url', message), { outcome: 'permanent', error: 'invalid webhook URL' });
});

t.test('redaction keeps the host and the first path segment only', async (t) => {
  t.equal(
    webhookTarget('https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/1/2?sig=x'),
    'https://contoso.webhook.office.com/webhookb2/…',
  );
  t.equal(webhookTarget('https://prod-01.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x'), 'https://prod-01.westus.logic.azure.com/workflows/…');
  t.equal(webhookTarget('::'), '<invalid webhook url>');
});

t.test('classifyAnswer is pure and decides by status, then body', async (t) => {
  t.equal(classifyAnswer(201, ' 1\n').outcome, 'delivered');
  t.equal(classifyAnswer(202, 'anything').outcome, 'delivered');
  t.equal(classifyAnswer(204, '').outcome, 'delivered');
  t.equal(classifyAnswer(599, '').outcome, 'retry');
  t.equal(classifyAnswer(418, '').outcome, 'permanent');
});

t.test('refusedForGood: the answers that say the webhook itself is gone, read from the error classifyAnswer writes', async (t) => {
  const refused = (status: number, body: string) => {
    const { outcome, error } = classifyAnswer(status, body);
    return outcome === 'permanent' && refusedForGood(error!);
  };
  t.ok(refused(410, ''), 'connector configuration removed');
  t.ok(refused(404, '{"error":{"code":"WorkflowNotFound"}}'), 'flow or webhook not found');
  t.ok(refused(200, 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 404 with ContextId tcid=1'), "legacy 200 wrapping Teams' own 404");
  t.ok(refused(200, 'Microsoft Teams endpoint returned HTTP error 410'));
  t.notOk(refused(401, ''), 'sign-in or tenant policy: may pass with the URL unchanged');
  t.notOk(refused(403, 'Forbidden'));
  t.notOk(refused(400, 'Bad payload received by generic incoming webhook'), 'a card refused, not the webhook');
  t.notOk(refused(200, 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 400 with ContextId tcid=1'), 'the same text as a rejected card');
  t.notOk(refused(200, 'Summary or Text is required.'));
  t.notOk(refused(413, ''));
  t.notOk(refusedForGood('HTTP 4040'), 'the status, not a prefix of one');
  t.notOk(refusedForGood('HTTP 503; gave up after 8 attempts'));
  t.notOk(refusedForGood('timed out after 10000 ms (https://example.com/webhookb2/…)'));
});

/**
 * Reads `text` as a person would after undoing every escape an echo may use (percent-encoding,
 * repeatedly; JSON/JS escapes; HTML character references), and says whether any 10 characters of
 * `secret` survive in it.
 */
function leaks(text: string, secret: string): boolean {
  let plain = text;
  for (let i = 0; i < 3; i++) {
    plain = plain
      .replace(/%([0-9a-f]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\(.)/g, '$1')
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)));
  }
  for (let i = 0; i + 10 <= secret.length; i++) if (plain.includes(secret.slice(i, i + 10))) return true;
  return false;
}

t.test('an endpoint that echoes the URL gets none of its secrets into the error, in any spelling', async (t) => {
  const sig = 'Xy9_kLmN0pQrStUvWxYz-0123456789AbCdEfGhIjK';
  const workflow = `${fake.url}/workflows/0f1e2d3c4b5a69788796a5b4c3d2e1f0/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`;
  const token = '6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b@72f988bf-86f1-41af-91ab-2d7cd011db47';
  const legacy = `${fake.url}/webhookb2/${token}/IncomingWebhook/9d8c7b6a5f4e3d2c1b0a99887766aabb/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7/V2tUvWxYzQrSpOnMlKjIhGfEdCbA9876543210`;
  const escapeJson = (s: string) => JSON.stringify(s).slice(1, -1).replace(/=/g, '\\u003d').replace(/&/g, '\\u0026').replace(/\//g, '\\/');
  const echoes: Array<[string, (url: string) => string]> = [
    ['as sent', (u) => `Bad request to ${u}`],
    ['URL-encoded', (u) => `{"error":"invalid callback ${encodeURIComponent(u)}"}`],
    ['URL-encoded twice', (u) => `redirect=${encodeURIComponent(encodeURIComponent(u))}`],
    ['JSON with \\u003d and \\/', (u) => `{"message":"The request to '${escapeJson(u)}' failed"}`],
    ['as an HTML page', (u) => `<a href="${u.replace(/=/g, '&#61;').replace(/&(?!#)/g, '&amp;')}">retry</a>`],
    ['the bare sig value', () => `The provided signature ${sig} is invalid.`],
    ['sig\\u003d', () => `{"error":"sig\\u003d${sig} rejected"}`],
    ['a JSON field', () => `{"sig":"${sig}","code":"DirectApiInvalidAuthorizationSignature"}`],
    ['its path, decoded', (u) => `No workflow at ${decodeURIComponent(new URL(u).pathname)}`],
    ['its path tokens alone', () => `unknown tenant ${token.split('@')[1]} for ${token.split('@')[0]}`],
  ];
  for (const url of [workflow, legacy]) {
    const secrets = url === workflow ? [sig, '0f1e2d3c4b5a69788796a5b4c3d2e1f0'] : [token, '9d8c7b6a5f4e3d2c1b0a99887766aabb', 'V2tUvWxYzQrSpOnMlKjIhGfEdCbA9876543210'];
    for (const [name, echo] of echoes) {
      fake.answer({ kind: 'status', status: 400, body: echo(url) }, new URL(url).pathname);
      const result = await postToTeams(url, message, { dispatcher: agent });
      t.equal(result.outcome, 'permanent', name);
      for (const secret of secrets) t.notOk(leaks(result.error!, secret), `${name}: ${result.error}`);
    }
  }
  // Cut at the body limit in the middle of the value: the piece before the cut is taken out too.
  const long = `x${' '.repeat(2048 - 21)} ${sig} more`; // whitespace collapses, so the cut shows
  fake.answer({ kind: 'status', status: 200, body: long }, new URL(workflow).pathname);
  const cut = await postToTeams(workflow, message, { dispatcher: agent });
  t.notOk(leaks(cut.error!, sig.slice(0, 19)), 'no prefix of a cut secret');
});
