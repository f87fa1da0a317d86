/**
 * What noting each webhook in the incoming log (the console's "did GitHub send it?") costs
 * ingest: signed `issues` webhooks queued for one link, through the real app on the embedded
 * stores (SQLite queue, fdatasync before each answer), with the incoming log as a ratio to the
 * same app with a log that keeps nothing. In-process (`app.inject`), so the figure is the route's
 * own cost without HTTP parsing; both apps alternate rounds and the medians are compared.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { IncomingLog } from '../src/queue/incoming-log.js';
import { openStores } from '../src/stores.js';
import type { Figure } from './figure.js';
import { gitHubDeliveryId } from './delivery-id.js';

const require = createRequire(import.meta.url);
const SECRET = 'bench-secret-0123456789';
const ADMIN = 'bench-admin-token-0123456789';
const TARGET = 0.9;
const ROUNDS = 5;
const PER_ROUND = 3_000;
const CONCURRENCY = 64;

const noLog: IncomingLog = { record: async () => undefined, list: async () => [], close: async () => undefined };

async function startApp(keepLog: boolean, repository: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-bench-incoming-'));
  const config = loadConfig({ DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'silent' });
  const stores = await openStores(config);
  const app = await buildApp({ config, stores: keepLog ? stores : { ...stores, incoming: noLog }, worker: { enqueue() {} } });
  const res = await app.inject({
    method: 'POST',
    url: '/api/links',
    headers: { authorization: `Bearer ${ADMIN}` },
    payload: { repository, webhookUrl: 'https://contoso.webhook.office.com/webhookb2/a/IncomingWebhook/b/c', events: ['issues'] },
  });
  if (res.statusCode !== 201) throw new Error(`link creation answered ${res.statusCode}`);
  return {
    app,
    async close() {
      await app.close();
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Webhooks per second over one round of `count` sent `CONCURRENCY` at a time. */
async function round(app: FastifyInstance, body: string, count: number): Promise<number> {
  const signature = 'sha256=' + createHmac('sha256', SECRET).update(body).digest('hex');
  const started = performance.now();
  let sent = 0;
  const sender = async () => {
    while (sent < count) {
      sent++;
      const res = await app.inject({
        method: 'POST',
        url: '/api/github/webhooks',
        headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': gitHubDeliveryId(), 'x-hub-signature-256': signature },
        payload: body,
      });
      if (res.statusCode !== 202) throw new Error(`webhook answered ${res.statusCode}: ${res.body}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  return count / ((performance.now() - started) / 1000);
}

export async function benchIncomingLog(): Promise<Figure[]> {
  const groups: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
  const issue = groups.find((g) => g.name === 'issues')!.examples.find((p) => p.action === 'opened');
  const body = JSON.stringify(issue);
  const withLog = await startApp(true, issue.repository.full_name);
  const without = await startApp(false, issue.repository.full_name);
  try {
    await round(withLog.app, body, 500);
    await round(without.app, body, 500);
    const rates: [number[], number[]] = [[], []];
    for (let i = 0; i < ROUNDS; i++) {
      rates[1].push(await round(without.app, body, PER_ROUND));
      rates[0].push(await round(withLog.app, body, PER_ROUND));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = Math.round((median(rates[0]) / median(rates[1])) * 100) / 100;
    return [
      {
        name: `ingest with the incoming log, ratio to without (${Math.round(median(rates[0]))} vs ${Math.round(median(rates[1]))} webhooks/s in-process)`,
        value: ratio,
        unit: '',
        target: `≥ ${TARGET}`,
        pass: ratio >= TARGET,
      },
    ];
  } finally {
    await withLog.close();
    await without.close();
  }
}
