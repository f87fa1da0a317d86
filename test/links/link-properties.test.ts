import t from 'tap';
import fc from 'fast-check';
import { request } from 'undici';
import { FEATURES } from '../../src/links/features.js';
import { filtersError } from '../../src/links/filters-error.js';
import { canonicalWebhookUrl } from '../../src/links/webhook-url.js';
import { globListError } from '../../src/util/glob.js';
import { adminHeaders, startTestApp } from '../helpers/test-app.js';

/**
 * Random link bodies through the real POST and PATCH /api/links over HTTP: every answer is a
 * success, a 400 or a 409, never a 5xx, and whatever was stored passed validation.
 */

const EXTRA = 'http://127.0.0.1:8099';

/** Mostly near-valid values (so that 201 and 409 happen), with hostile and wrong-typed ones mixed in. */
const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

const repository = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('octo/app', 'Octo/App', 'octo/lib', 'a/b.c', 'x-y/z_z') },
  { weight: 1, arbitrary: fc.constantFrom('no-slash', 'a/b/c', '-bad/x', 'a/', '/b', 'a'.repeat(40) + '/b', 'o/' + 'r'.repeat(101)) },
  { weight: 1, arbitrary: junk },
);

const webhookUrl = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://contoso.webhook.office.com/webhookb2/', 'HTTPS://Contoso.Webhook.Office.com:443/webhookb2/', 'https://prod-12.westus.logic.azure.com/workflows/', `${EXTRA}/`, 'HTTP://127.1:8099/'),
        fc.constantFrom('a', 'b', '%61', 'a@b/IncomingWebhook/c/d'),
        fc.constantFrom('', '?sig=S', '?sig=S#', '?', '#x'),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'http://contoso.webhook.office.com/webhookb2/x',
      'https://10.0.0.1/webhookb2/x',
      'https://[::1]/webhookb2/x',
      'https://u:p@contoso.webhook.office.com/webhookb2/x',
      'https://contoso.webhook.office.com:8443/webhookb2/x',
      'https://evil.example/webhookb2/x',
      'javascript:alert(1)',
      'https://contoso.webhook.office.com/other',
      'http://127.0.0.1:8098/x',
      'https://' + 'a'.repeat(2100),
    ),
  },
  { weight: 1, arbitrary: junk },
);

const plainPiece = fc.constantFrom('main', 'release/', '*', '**', '?', '[a-z]', '[!0]', '/', '-');
const anyPiece = fc.constantFrom('!', '@(', '{a,b}', '(', ')', '|', ' ', '~', '\\', '[', '+(', 'main', '*');
const glob = fc.oneof(
  { weight: 4, arbitrary: fc.array(plainPiece, { minLength: 1, maxLength: 5 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(anyPiece, { minLength: 1, maxLength: 5 }).map((p) => p.join('')) },
);
const rarely = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: junk });
const branches = fc.oneof(
  { weight: 6, arbitrary: fc.array(glob, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.string(), { maxLength: 60 }) },
  { weight: 1, arbitrary: junk },
);

const plainGlobs = fc.array(fc.array(plainPiece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')), { maxLength: 3 });
const validFilters = fc.record(
  {
    labels: fc.record({ include: plainGlobs, exclude: plainGlobs }, { requiredKeys: [] }),
    authors: fc.record({ exclude: fc.uniqueArray(fc.constantFrom('mona', 'renovate[bot]', 'Mona-*', 'dependabot?bot?')), bots: fc.boolean() }, { requiredKeys: [] }),
    paths: plainGlobs,
    actions: fc.dictionary(fc.constantFrom('pulls', 'issues'), fc.uniqueArray(fc.constantFrom('opened', 'closed', 'reopened'), { maxLength: 2 }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);
const hostileFilters = fc.record(
  {
    labels: rarely(fc.record({ include: branches, exclude: branches }, { requiredKeys: [] })),
    authors: rarely(fc.record({ include: fc.array(fc.constantFrom('!x', 'a b', '[bot]', '', 'mona')), bots: junk }, { requiredKeys: [] })),
    paths: branches,
    actions: rarely(fc.dictionary(fc.constantFrom('commits', 'pull', '__proto__', 'toString', 'pulls'), rarely(fc.array(fc.constantFrom('merge', '', 'merged'))), { maxKeys: 2 })),
  },
  { requiredKeys: [] },
);
const filters = fc.oneof({ weight: 4, arbitrary: validFilters }, { weight: 1, arbitrary: hostileFilters }, { weight: 1, arbitrary: junk });

const events = fc.oneof(
  { weight: 3, arbitrary: fc.subarray([...FEATURES], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(['*'], ['*', 'issues'], [], ['nope'], ['issues', 'issues']) },
  { weight: 1, arbitrary: junk },
);

const options = rarely(fc.record({ drafts: fc.boolean(), synchronize: fc.boolean(), workflowSuccesses: fc.boolean() }, { requiredKeys: [] }));
const teams = rarely(fc.record({ entityId: fc.string(), configName: fc.string({ maxLength: 300 }), channelName: fc.string() }, { requiredKeys: [] }));
// Mostly fresh, as the config page makes them; sometimes one already taken (409).
const capabilityChars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const capability = rarely(
  fc.oneof(
    { weight: 4, arbitrary: fc.array(capabilityChars, { minLength: 43, maxLength: 43 }).map((c) => `gtbc_${c.join('')}`) },
    { weight: 1, arbitrary: fc.constant(`gtbc_${'A'.repeat(43)}`) },
  ),
);

const fields = { repository, webhookUrl, events, branches, filters, options, teams, capability };
const createBody = fc.oneof(
  { weight: 8, arbitrary: fc.record(fields, { requiredKeys: ['repository', 'webhookUrl'] }) },
  { weight: 1, arbitrary: fc.record({ ...fields, unknown: junk }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const { repository: _fixed, capability: _create, ...patchFields } = fields;
const patchBody = fc.oneof(
  { weight: 8, arbitrary: fc.record(patchFields, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ ...patchFields, repository }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

async function send(url: string, method: 'POST' | 'PATCH', body: unknown) {
  const res = await request(url, { method, headers: adminHeaders(), body: JSON.stringify(body) ?? 'null' });
  const text = await res.body.text();
  return { status: res.statusCode, json: JSON.parse(text) };
}

t.test('property: random link bodies through POST and PATCH get 2xx, 400 or 409, never a 5xx', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: EXTRA } });
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  const target = (await send(api, 'POST', { repository: 'octo/app', webhookUrl: `${EXTRA}/patched` })).json.id as string;
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

  await fc.assert(
    fc.asyncProperty(createBody, patchBody, async (create, patch) => {
      const created = await send(api, 'POST', create);
      count(created.status);
      if (![201, 400, 409].includes(created.status)) throw new Error(`POST answered ${created.status}: ${JSON.stringify(created.json)}`);
      const patched = await send(`${api}/${target}`, 'PATCH', patch);
      count(patched.status);
      if (![200, 400, 409].includes(patched.status)) throw new Error(`PATCH answered ${patched.status}: ${JSON.stringify(patched.json)}`);
      for (const answer of [created, patched]) {
        if (answer.status >= 400 && typeof answer.json.message !== 'string') throw new Error('a refusal says why');
      }
    }),
    { seed: 4242, numRuns: 300 },
  );
  t.ok((statuses.get(201) ?? 0) > 10 && (statuses.get(400) ?? 0) > 10 && (statuses.get(409) ?? 0) > 0, JSON.stringify([...statuses]));
  for (const link of (await h.links.list())) {
    t.equal(link.webhookUrl, canonicalWebhookUrl(link.webhookUrl), 'stored canonical');
    t.equal(globListError('branches', link.branches), undefined, 'stored globs are valid');
    t.equal(filtersError(link.filters), undefined, 'stored filters are valid');
  }
});
