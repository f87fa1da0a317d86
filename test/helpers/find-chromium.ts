/**
 * Finds a Chromium for the browser tests, so `npm ci && npm test` needs no manual step:
 *
 * 1. `CHROMIUM_PATH`, when set (it must exist: a typo is an error, not a silent fallback);
 * 2. a system Chromium: /usr/bin/chromium, then chromium, chromium-browser, google-chrome and
 *    google-chrome-stable on PATH;
 * 3. otherwise the headless Chromium shipped inside the `@sparticuz/chromium` dev dependency,
 *    unpacked once into `<tmpdir>/github-teams-bridge-chromium-<version>/` (about 215 MB). With the
 *    NSS libraries the package ships for Amazon Linux (put first on LD_LIBRARY_PATH) and its own
 *    fonts, it needs only libc, libexpat and libgcc from the system.
 *
 * `BROWSER_SKIP_SYSTEM=1` skips step 2, so the fallback can be tried on a machine that has a system
 * Chromium. The package unpacks into a fixed `os.tmpdir()` path and trusts whatever it finds there,
 * so a second test file starting at the same moment (tap runs two at once) or a run killed halfway
 * would see a half-written binary: it is unpacked here in a child process whose TMPDIR is a private
 * staging folder, which is then renamed into place in one step.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export interface FoundChromium {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Extra launch flags the source needs. */
  args: string[];
  /** Extra environment for the browser process. */
  env: Record<string, string>;
}

export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Debian puts its Chromium, looked at before PATH. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium'];

/** The first system Chromium: the fixed paths first, then each name on PATH. */
export function systemChromium(pathVariable: string, fixedPaths = SYSTEM_CHROMIUM_PATHS): string | undefined {
  const onPath = SYSTEM_CHROMIUM_NAMES.flatMap((name) => pathVariable.split(delimiter).filter(Boolean).map((dir) => join(dir, name)));
  return [...fixedPaths, ...onPath].find(executable);
}

/**
 * The package's own flag list also turns off the same-origin policy and site isolation
 * (`--disable-web-security`, `--disable-site-isolation-trials`, `site-per-process`) and forces
 * `--single-process`, which AWS Lambda needs. The tests rely on cross-origin frames talking only
 * through postMessage, as in Teams, so those are left out; the rest is harmless and kept.
 */
const UNWANTED_PACKAGE_FLAGS = /^--(disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|single-process|headless|disable-features=)/;

export function packageFlags(flags: readonly string[]): string[] {
  return flags.filter((flag) => !UNWANTED_PACKAGE_FLAGS.test(flag));
}

/** Fonts for a machine with none: the package's own, plus the system's where there are any. */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

const run = promisify(execFile);

async function packagedChromium(): Promise<FoundChromium> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    throw new Error(
      'No Chromium for the browser tests: set CHROMIUM_PATH, install a system Chromium, or run `npm ci` to get the @sparticuz/chromium dev dependency.',
    );
  }
  const version = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')).version as string;
  const dir = join(tmpdir(), `github-teams-bridge-chromium-${version}`);
  if (!existsSync(join(dir, 'chromium'))) {
    const staging = await mkdtemp(join(tmpdir(), 'github-teams-bridge-chromium-unpacking-'));
    try {
      const script = [
        `const { default: chromium, inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});`,
        'process.stdout.write(await chromium.executablePath());',
        `await inflate(${JSON.stringify(join(dirname(entry), '..', 'bin', 'al2023.tar.br'))});`,
      ].join('\n');
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: staging } });
      if (stdout !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${stdout}, not into ${staging}`);
      await writeFile(join(staging, 'fonts.conf'), fontsConf(dir));
      await rename(staging, dir).catch((err: NodeJS.ErrnoException) => {
        // Another test process finished first: its copy is complete, so use it.
        if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  const { default: chromium } = (await import(pathToFileURL(entry).href)) as typeof import('@sparticuz/chromium');
  return {
    executablePath: join(dir, 'chromium'),
    source: '@sparticuz/chromium',
    args: packageFlags(chromium.args),
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf'), LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter) },
  };
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env, fixedPaths = SYSTEM_CHROMIUM_PATHS): Promise<FoundChromium> {
  if (env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', args: [], env: {} };
  }
  if (env.BROWSER_SKIP_SYSTEM !== '1') {
    const system = systemChromium(env.PATH ?? '', fixedPaths);
    if (system) return { executablePath: system, source: 'system', args: [], env: {} };
  }
  return packagedChromium();
}
