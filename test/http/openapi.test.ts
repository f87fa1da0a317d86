/**
 * The API description: every route the app registers under /api is in `GET /api/openapi.json`
 * with its request and answer schemas, the document is valid OpenAPI, and the reference page at
 * /api/docs renders it in Chromium under the app's own CSP without a violation.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { RouteOptions } from 'fastify';
import t from 'tap';
import { request } from 'undici';
import { API_DOCS_PREFIX, describedRoute, OPENAPI_PATH, SWAGGER_UI_STYLE_HASH } from '../../src/http/openapi.js';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp } from '../helpers/test-app.js';

const routes: RouteOptions[] = [];
const h = await startTestApp({ onRoute: (route) => void routes.push(route) });
t.teardown(() => h.close());

const res = await request(`${h.url}${OPENAPI_PATH}`);
const served = { status: res.statusCode, type: res.headers['content-type'], doc: (await res.body.json()) as any };
const doc = served.doc;

/** `/api/links/:id` as OpenAPI writes it: `/api/links/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toLowerCase()).filter((m) => m !== 'head');
const api = routes.filter((r) => describedRoute(r.url));

t.test('served as JSON at /api/openapi.json, OpenAPI 3.1', async (t) => {
  t.equal(served.status, 200);
  t.match(served.type, /^application\/json/);
  t.equal(doc.openapi, '3.1.0');
  t.equal(doc.info.title, 'github-teams-bridge API');
});

t.test('the document validates against the OpenAPI 3.1 schema', async (t) => {
  const result = await new Validator().validate(doc);
  t.ok(result.valid, JSON.stringify(result.errors, null, 1)?.slice(0, 2000) ?? 'valid');
  // The validator does look inside: the same document with one answer broken is refused.
  const broken = structuredClone(doc);
  broken.paths['/api/links'].get.responses['200'].content = 'application/json';
  t.notOk((await new Validator().validate(broken)).valid, 'a broken answer is refused');
});

t.test('every route registered under /api is described, with its request and answer schemas', async (t) => {
  t.ok(api.length >= 20, `${api.length} API routes registered`);
  for (const route of api) {
    for (const method of methodsOf(route)) {
      const name = `${method.toUpperCase()} ${route.url}`;
      const operation = doc.paths?.[openApiPath(route.url)]?.[method];
      if (!t.ok(operation, `${name} is in the document`)) continue;
      t.ok(operation.summary, `${name} has a summary`);
      const responses = Object.entries(operation.responses ?? {});
      const success = responses.filter(([code]) => /^2/.test(code));
      t.ok(success.length > 0, `${name} documents its success answer`);
      for (const [code, answer] of success) {
        if (code === '204') continue;
        t.ok((answer as any).content?.['application/json']?.schema, `${name} ${code} has a JSON schema`);
      }
      t.ok(responses.some(([code]) => /^4/.test(code)), `${name} documents its errors`);
      const params = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
      const documented = (operation.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name);
      t.same(documented.sort(), params.sort(), `${name} documents its path parameters`);
      if (route.schema?.body) t.ok(operation.requestBody?.content, `${name} documents its body`);
      if (route.schema?.querystring) t.ok((operation.parameters ?? []).some((p: any) => p.in === 'query'), `${name} documents its query`);
    }
  }
  const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`));
  const registered = api.flatMap((r) => methodsOf(r).map((m) => `${m} ${openApiPath(r.url)}`));
  t.same(described.filter((d) => !registered.includes(d)), [], 'nothing described that is not registered');
  t.notOk(Object.keys(doc.paths).some((p) => !p.startsWith('/api/')), 'pages, probes and /metrics are not part of the API');
});

t.test('schemas are the ones the routes validate with', async (t) => {
  const create = doc.paths['/api/links'].post;
  const body = create.requestBody.content['application/json'].schema;
  t.same(body.required, ['repository', 'webhookUrl']);
  t.equal(body.additionalProperties, false);
  const query = doc.paths['/api/deliveries'].get.parameters.find((p: any) => p.name === 'status');
  t.same(query.schema.enum, ['queued', 'retrying', 'delivered', 'dead']);
  const bad = await request(`${h.url}/api/deliveries?status=lost`, { headers: { authorization: `Bearer ${h.config.adminToken}` } });
  t.equal(bad.statusCode, 400, 'the documented enum is the validated one');
  await bad.body.dump();
});

t.test('the reference page renders every operation under the app CSP, with no violation', async (t) => {
  const page0 = await request(`${h.url}${API_DOCS_PREFIX}/`);
  t.equal(page0.statusCode, 200);
  const csp = String(page0.headers['content-security-policy']);
  t.match(csp, /script-src 'self';/, 'the app CSP applies to the page: scripts from our origin only');
  t.match(csp, new RegExp(`style-src 'self' ${SWAGGER_UI_STYLE_HASH.replace(/[+/]/g, '\\$&')};`), "styles too, plus Swagger UI's one inline style by its hash");
  const elsewhere = await request(`${h.url}/config`);
  t.notMatch(String(elsewhere.headers['content-security-policy']), /sha256-/, 'that hash is allowed on the reference page only');
  await elsewhere.body.dump();
  t.notMatch(await page0.body.text(), /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');

  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${h.url}${API_DOCS_PREFIX}/`);
  await page.waitForSelector('.swagger-ui .opblock', { timeout: 30_000 });
  const operations = Object.values(doc.paths).reduce((n: number, ops) => n + Object.keys(ops as object).length, 0);
  t.equal(await page.locator('.swagger-ui .opblock').count(), operations, 'one block per operation');
  t.match(await page.locator('.swagger-ui .info .title').innerText(), /github-teams-bridge API/);
  t.same(problems, [], 'no page error, failed load or CSP violation');
});
