/**
 * Property-based fuzzing of `POST /api/github/webhooks` over loopback HTTP on the real app and
 * stores: random headers, media types, signatures and bodies (real example payloads with random
 * parts replaced, signed so they reach routing and the renderers' decisions; raw bytes; huge
 * strings). Whatever arrives, the answer is one of the contract's statuses, never a 5xx, and
 * the server keeps answering. Seeded, so a failure replays.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { request } from 'undici';
import { eventsOf } from '../../src/github/event-catalog.js';
import { FEATURES } from '../../src/links/features.js';
import { exampleGroups } from '../helpers/github-examples.js';
import { signature } from '../helpers/github-sender.js';
import { startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const REPO = 'fuzz/repo';
const CONTRACT_STATUSES = new Set([200, 202, 400, 401, 413, 415]);
const RUNS = 500;
/** Generous: a request here takes milliseconds; this only catches a freeze. */
const MAX_REQUEST_MS = 10_000;
const MAX_RUN_MS = 90_000;

// Events some feature announces (and ping): the ones whose payloads reach routing and the renderers.
const names: string[] = [...new Set(FEATURES.flatMap((f) => eventsOf(f))), 'ping'];
const samples = exampleGroups
  .filter((g) => names.includes(g.name))
  .flatMap((g) => g.examples.map((payload) => ({ name: g.name, payload })));

/** Every path into a JSON value, so an edit can land anywhere in a real payload. */
function pathsOf(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (value !== null && typeof value === 'object' && out.length < 5_000) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
  }
  return out;
}
const pathsBySample = samples.map((s) => pathsOf(s.payload));

function setAt(root: any, path: string[], value: unknown): any {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return root;
}

const printable = (maxLength: number) => fc.stringMatching(/^[!-~]*$/, { maxLength });

const payloadArb = fc
  .record({
    sample: fc.nat({ max: samples.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }), { maxLength: 6 }),
    onRepo: fc.boolean(),
    // The fields the route itself reads get a random JSON value of their own, more often than
    // an edit anywhere would reach them.
    routeField: fc.option(
      fc.record({
        path: fc.constantFrom('repository.full_name', 'repository', 'action', 'ref', 'repository.default_branch', 'zen', 'hook_id'),
        value: fc.jsonValue({ maxDepth: 2 }),
      }),
      { freq: 3 },
    ),
    huge: fc.oneof({ weight: 24, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1_000_000, max: 4_000_000 }) }),
  })
  .map(({ sample, edits, onRepo, routeField, huge }) => {
    let payload = structuredClone(samples[sample].payload);
    if (onRepo && payload.repository && typeof payload.repository === 'object') payload.repository.full_name = REPO;
    const paths = pathsBySample[sample];
    for (const edit of edits) {
      try {
        payload = setAt(payload, paths[edit.at % paths.length], edit.value);
      } catch {
        /* the path no longer exists after an earlier edit */
      }
    }
    if (routeField && payload && typeof payload === 'object') {
      const [first, second] = routeField.path.split('.');
      if (second === undefined) payload[first] = routeField.value;
      else if (payload[first] && typeof payload[first] === 'object') payload[first][second] = routeField.value;
    }
    if (huge && payload && typeof payload === 'object') payload.huge = 'x'.repeat(huge);
    return { name: samples[sample].name, payload };
  });

const bodyArb = fc.oneof(
  { weight: 6, arbitrary: payloadArb.map((e) => ({ name: e.name, form: false, body: Buffer.from(JSON.stringify(e.payload)) })) },
  { weight: 1, arbitrary: payloadArb.map((e) => ({ name: e.name, form: true, body: Buffer.from('payload=' + encodeURIComponent(JSON.stringify(e.payload))) })) },
  { weight: 1, arbitrary: fc.record({ name: fc.constantFrom(...names), form: fc.boolean(), body: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)) }) },
  { weight: 1, arbitrary: fc.record({ name: fc.constantFrom(...names), form: fc.constant(false), body: fc.json({ maxDepth: 4 }).map((s) => Buffer.from(s)) }) },
);

const caseArb = fc.record({
  body: bodyArb,
  name: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: printable(80) }),
  delivery: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: printable(200) }),
  contentType: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('Application/JSON; charset=UTF-8', 'APPLICATION/X-WWW-FORM-URLENCODED', 'text/plain', '', 'application/jsonx', 'multipart/form-data; boundary=x') },
    { weight: 1, arbitrary: printable(60) },
  ),
  signing: fc.oneof(
    { weight: 12, arbitrary: fc.constant('signed' as const) },
    { weight: 1, arbitrary: fc.constantFrom('wrong' as const, 'malformed' as const, 'missing' as const) },
  ),
  extra: fc.dictionary(fc.constantFrom('content-encoding', 'x-github-hook-id', 'user-agent', 'x-forwarded-for', 'accept', 'cookie'), printable(60), { maxKeys: 3 }),
  dropEvent: fc.oneof({ weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

t.test('the webhook route answers any input with a contract status and keeps serving', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(h.close);
  await h.links.create({ repository: REPO, webhookUrl: 'http://127.0.0.1:9/hook', events: ['*'] });
  await h.links.create({ repository: REPO, webhookUrl: 'http://127.0.0.1:9/hook2', events: ['commits'], branches: ['main', 'release/*'] });

  const statuses = new Map<string, number>();
  let slowest = 0;
  const started = Date.now();
  const result = await fc.check(
    fc.asyncProperty(caseArb, async (c) => {
      const headers: Record<string, string> = {
        ...c.extra,
        'content-type': c.contentType ?? (c.body.form ? 'application/x-www-form-urlencoded' : 'application/json'),
        'x-github-event': c.name ?? c.body.name,
        'x-github-delivery': c.delivery ?? randomUUID(),
      };
      if (c.signing === 'signed') headers['x-hub-signature-256'] = signature(TEST_SECRET, c.body.body);
      if (c.signing === 'wrong') headers['x-hub-signature-256'] = signature('not the secret', c.body.body);
      if (c.signing === 'malformed') headers['x-hub-signature-256'] = 'sha256=' + c.body.body.subarray(0, 8).toString('hex');
      if (c.dropEvent) delete headers['x-github-event'];
      const sent = Date.now();
      const res = await request(`${h.url}/api/github/webhooks`, { method: 'POST', headers, body: c.body.body });
      const text = await res.body.text();
      slowest = Math.max(slowest, Date.now() - sent);
      const outcome = res.statusCode === 202 ? (text.includes('"ignored"') ? '202 ignored' : '202 queued') : String(res.statusCode);
      statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      if (!CONTRACT_STATUSES.has(res.statusCode)) throw new Error(`answered ${res.statusCode}: ${text.slice(0, 300)}`);
      if (c.signing === 'signed' && res.statusCode === 401) throw new Error(`a correctly signed body was refused: ${text}`);
      const answer = JSON.parse(text);
      if (res.statusCode >= 400 && (typeof answer.message !== 'string' || typeof answer.error !== 'string')) throw new Error(`unclear error body: ${text}`);
    }),
    { numRuns: RUNS, seed: 20240607, endOnFailure: true },
  );
  // Summarised: the counterexample can hold megabytes; seed and path replay it.
  const failed = result.counterexample?.[0];
  t.notOk(result.failed, 'every input got a contract status', {
    seed: result.seed,
    path: result.counterexamplePath,
    error: String(result.errorInstance ?? '').slice(0, 500),
    input: failed && { event: failed.name ?? failed.body.name, contentType: failed.contentType, signing: failed.signing, body: failed.body.body.subarray(0, 300).toString('latin1') },
  });
  const tookMs = Date.now() - started;
  t.comment(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  t.ok((statuses.get('202 queued') ?? 0) > RUNS / 20, 'a good share of inputs were routed to links and queued');
  t.ok(slowest < MAX_REQUEST_MS, `slowest answer ${slowest} ms`);
  t.ok(tookMs < MAX_RUN_MS, `${RUNS} inputs in ${tookMs} ms`);
  const health = await request(`${h.url}/healthz`);
  t.equal(health.statusCode, 200, 'still serving');
  await health.body.dump();
});
