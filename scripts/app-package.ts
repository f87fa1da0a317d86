import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';

/** Problems that stop `npm run package`, one readable line each. */
export class PackageError extends Error {}

export interface AppPackage {
  zip: Uint8Array;
  manifest: any;
  warnings: string[];
}

/** Replaces every `${{NAME}}`; an unknown name is an error so a typo never ships. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name: string) => {
    if (values[name] === undefined) missing.add(name);
    // JSON-escape: values land inside JSON strings.
    return JSON.stringify(values[name] ?? '').slice(1, -1);
  });
  if (missing.size) throw new PackageError(`manifest.json uses unknown placeholders: ${[...missing].join(', ')}`);
  return filled;
}

/** Width, height and whether the PNG has an alpha channel, from its IHDR chunk. */
export function pngInfo(png: Buffer): { width: number; height: number; alpha: boolean } | undefined {
  if (png.length < 26 || png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const colorType = png[25];
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), alpha: colorType === 4 || colorType === 6 };
}

function checkIcon(dir: string, file: string, size: number, needsAlpha: boolean): Buffer {
  let png: Buffer;
  try {
    png = readFileSync(join(dir, file));
  } catch {
    throw new PackageError(`appPackage/${file} is missing (node dist/scripts/make-icons.js draws it)`);
  }
  const info = pngInfo(png);
  if (!info) throw new PackageError(`appPackage/${file} is not a PNG`);
  if (info.width !== size || info.height !== size) {
    throw new PackageError(`appPackage/${file} is ${info.width}×${info.height}; Teams wants ${size}×${size}`);
  }
  if (needsAlpha && !info.alpha) throw new PackageError(`appPackage/${file} must have a transparent background`);
  return png;
}

/** The Teams schema the manifest names, from the copy inside @microsoft/app-manifest (offline). */
function bundledSchema(schemaUrl: string): object {
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v[\d.]+\/MicrosoftTeams\.schema\.json)$/.exec(schemaUrl);
  if (!match) throw new PackageError(`manifest.json $schema must be a Teams schema URL, not "${schemaUrl}"`);
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@microsoft/app-manifest'));
  try {
    return JSON.parse(readFileSync(join(root, 'json-schemas', match[1]), 'utf8'));
  } catch {
    throw new PackageError(`@microsoft/app-manifest has no bundled ${match[1]}`);
  }
}

/** Reads appPackage/, fills the template, validates, and zips manifest + icons. */
export async function buildAppPackage(dir: string, values: Record<string, string>): Promise<AppPackage> {
  let manifest: any;
  try {
    manifest = JSON.parse(fillPlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), values));
  } catch (err) {
    if (err instanceof PackageError) throw err;
    throw new PackageError(`appPackage/manifest.json is not valid JSON: ${(err as Error).message}`);
  }
  const color = checkIcon(dir, manifest.icons?.color ?? 'color.png', 192, false);
  const outline = checkIcon(dir, manifest.icons?.outline ?? 'outline.png', 32, true);

  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.$schema) as never);
  if (errors.length) {
    throw new PackageError(['The manifest does not match the Teams schema:', ...errors.map((e) => `  - ${e}`)].join('\n'));
  }
  const warnings: string[] = [];
  if (!String(values.PUBLIC_URL).startsWith('https://')) {
    warnings.push(`PUBLIC_URL is ${values.PUBLIC_URL}: Teams only loads the configuration page over https, so set PUBLIC_URL before uploading`);
  }
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    [manifest.icons.color]: new Uint8Array(color),
    [manifest.icons.outline]: new Uint8Array(outline),
  });
  return { zip, manifest, warnings };
}
