import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import t from 'tap';
import { buildAppPackage, fillPlaceholders, PackageError, pngInfo } from '../../scripts/app-package.js';
import { DEV_CONNECTOR_ID, DEV_TEAMS_APP_ID } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';

const VALUES = {
  TEAMS_APP_ID: DEV_TEAMS_APP_ID,
  CONNECTOR_ID: DEV_CONNECTOR_ID,
  PUBLIC_URL: 'https://bridge.contoso.com',
  PUBLIC_HOST: 'bridge.contoso.com',
  APP_NAME: 'GitHub for Teams',
  DEVELOPER_NAME: 'Contoso IT',
  APP_VERSION: '1.2.3',
};

function copyOfAppPackage(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-pkg-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['manifest.json', 'color.png', 'outline.png']) cpSync(join(PROJECT_ROOT, 'appPackage', f), join(dir, f));
  return dir;
}

t.test('the committed template and icons make a valid package', async (t) => {
  const { zip, manifest, warnings } = await buildAppPackage(join(PROJECT_ROOT, 'appPackage'), VALUES);
  t.same(warnings, []);
  const files = unzipSync(zip);
  t.same(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
  const inZip = JSON.parse(strFromU8(files['manifest.json']));
  t.same(inZip, manifest);
  t.equal(inZip.id, DEV_TEAMS_APP_ID);
  t.same(inZip.connectors, [{ connectorId: DEV_CONNECTOR_ID, configurationUrl: 'https://bridge.contoso.com/config', scopes: ['team'] }]);
  t.same(inZip.validDomains, ['bridge.contoso.com']);
  t.notMatch(JSON.stringify(inZip), /\$\{\{/);
  t.same(pngInfo(Buffer.from(files['color.png'])), { width: 192, height: 192, alpha: false });
  t.same(pngInfo(Buffer.from(files['outline.png'])), { width: 32, height: 32, alpha: true });
});

t.test('an http PUBLIC_URL packages with a warning', async (t) => {
  const { warnings } = await buildAppPackage(join(PROJECT_ROOT, 'appPackage'), { ...VALUES, PUBLIC_URL: 'http://localhost:3978', PUBLIC_HOST: 'localhost:3978' });
  t.match(warnings[0], /only loads the configuration page over https/);
});

t.test('schema violations are listed readably', async (t) => {
  const dir = copyOfAppPackage(t);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.connectors[0].scopes = ['personal'];
  manifest.needsIdentity = true;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await t.rejects(buildAppPackage(dir, VALUES), { constructor: PackageError, message: /does not match the Teams schema:\n  - .*connectors/s });
});

t.test('wrong icons and unknown placeholders stop the package', async (t) => {
  const dir = copyOfAppPackage(t);
  cpSync(join(dir, 'outline.png'), join(dir, 'color.png'));
  await t.rejects(buildAppPackage(dir, VALUES), { message: 'appPackage/color.png is 32×32; Teams wants 192×192' });
  t.throws(() => fillPlaceholders('{"a":"${{NOPE}}"}', VALUES), { message: /unknown placeholders: NOPE/ });
  t.equal(fillPlaceholders('"${{X}}"', { X: 'say "hi"' }), '"say \\"hi\\""', 'values are JSON-escaped');
});
