#!/usr/bin/env node
/**
 * `npm run package`: fills appPackage/manifest.json's `${{VAR}}` placeholders from the
 * configuration (env and .env, as the server reads them), checks the icons, validates the
 * manifest offline against the Teams schema bundled in @microsoft/app-manifest, and writes
 * appPackage/build/appPackage.zip. Exits 1 with one readable line per problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, readEnv } from '../src/config.js';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { buildAppPackage, PackageError } from './app-package.js';

async function main() {
  const env = readEnv();
  // The package needs no secrets: a throwaway DATA_DIR keeps loadConfig from generating any in the real one.
  const config = loadConfig({ ...env, DATA_DIR: join(PROJECT_ROOT, 'appPackage', 'build', '.data') });
  const version = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;
  const { zip, manifest, warnings } = await buildAppPackage(join(PROJECT_ROOT, 'appPackage'), {
    TEAMS_APP_ID: config.teamsAppId,
    CONNECTOR_ID: config.connectorId,
    PUBLIC_URL: config.publicUrl,
    PUBLIC_HOST: new URL(config.publicUrl).host,
    APP_NAME: env.TEAMS_APP_NAME || 'GitHub for Teams',
    DEVELOPER_NAME: env.TEAMS_DEVELOPER_NAME || 'github-teams-bridge',
    APP_VERSION: env.TEAMS_APP_VERSION || version,
  });
  const out = join(PROJECT_ROOT, 'appPackage', 'build');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(out, 'appPackage.zip'), zip);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(`appPackage/build/appPackage.zip: ${manifest.name.short} ${manifest.version}, app ${manifest.id}, configuration page ${config.publicUrl}/config`);
  console.log('Valid against the Teams schema. Upload it in Teams: Apps → Manage your apps → Upload an app (docs/teams-setup.md).');
}

main().catch((err) => {
  if (err instanceof PackageError || err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(err);
  process.exit(1);
});
