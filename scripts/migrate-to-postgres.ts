#!/usr/bin/env node
/**
 * `npm run migrate-to-postgres`: copies an embedded installation (DATA_DIR's links, events, jobs,
 * attempts and the incoming log) into the PostgreSQL at DATABASE_URL, then writes DATA_DIR/replicas.env (mode
 * 0600) with the secrets every replica must share. Safe to run again: what is there already is
 * skipped, and the report says what moved. Stop the embedded bridge first, so nothing is
 * acknowledged into SQLite after the copy.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, readEnv } from '../src/config.js';
import { importEmbedded } from '../src/db/import-embedded.js';
import { importIncoming } from '../src/db/import-incoming.js';
import { openPostgres } from '../src/db/postgres.js';
import { openLowdbLinkStore } from '../src/links/lowdb-link-store.js';
import { openPostgresLinkStore } from '../src/links/postgres-link-store.js';
import { createSecretBox } from '../src/util/secret-box.js';

async function main() {
  const env = readEnv();
  const url = env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_URL: set it to the postgres:// URL to move the installation to');
  // The embedded side is read as the server would read it without a database.
  const config = loadConfig({ ...env, DATABASE_URL: undefined });
  const box = createSecretBox(config.encryptionKey);
  const embedded = await openLowdbLinkStore(join(config.dataDir, 'links.json'), box);
  const links = await embedded.list();
  await embedded.close();

  const db = await openPostgres({ url, poolSize: 2 });
  try {
    const target = await openPostgresLinkStore(db, box);
    const report = await importEmbedded({ dataDir: config.dataDir, links }, { db, adoptLink: (link) => target.adopt(link) });
    await target.close();
    const incoming = await importIncoming(config.dataDir, db);
    const envFile = join(config.dataDir, 'replicas.env');
    const lines = [
      '# Every replica needs these (and DATABASE_URL); keep this file secret.',
      `GITHUB_WEBHOOK_SECRET=${config.webhookSecrets[0]}`,
      ...(config.webhookSecrets[1] ? [`GITHUB_WEBHOOK_SECRET_PREVIOUS=${config.webhookSecrets[1]}`] : []),
      `ADMIN_TOKEN=${config.adminToken}`,
      `ENCRYPTION_KEY=${config.encryptionKey.toString('hex')}`,
    ];
    writeFileSync(envFile, lines.join('\n') + '\n', { mode: 0o600 });
    const r = report;
    process.stdout.write(
      [
        `Moved to PostgreSQL (${new URL(url).host}${new URL(url).pathname}):`,
        `  links:    ${r.links.moved} moved, ${r.links.present} already there`,
        `  events:   ${r.events.moved} moved, ${r.events.present} already there`,
        `  jobs:     ${r.jobs.moved} moved (${r.jobs.open} still to deliver, ${r.jobs.dead} dead letters)`,
        `  attempts: ${r.attempts} moved`,
        `  incoming: ${incoming.moved} webhook notes moved, ${incoming.present} already there`,
        `The secrets every replica must share are in ${envFile} (mode 0600).`,
        'Start each replica with DATABASE_URL and those variables set.',
        '',
      ].join('\n'),
    );
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `migrate-to-postgres failed: ${(err as Error).message}`);
  process.exit(1);
});
