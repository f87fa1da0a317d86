/**
 * The Dockerfile cannot be built here (no Docker engine), so these tests keep it from rotting
 * another way: they put the runtime stage's files together exactly as its COPY lines say, from
 * the committed files .dockerignore lets through and the outputs of `npm run build`, then start
 * that tree with the image's CMD and probe it with the image's own HEALTHCHECK command.
 *
 * Not covered: the stages' RUN commands themselves (apt-get, npm ci; docs/deploy.md says how
 * they were replayed by hand), and node_modules, which is the repository's own (a superset of
 * `npm ci --omit=dev`, so a runtime import of a dev dependency would go unnoticed here).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import t from 'tap';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { freePort } from '../helpers/free-port.js';
import { startServerProcess } from '../helpers/server-process.js';
import { buildContext, contextFilesUnder, dockerignore, readDockerfile, type Stage } from './dockerfile.js';

const stages = readDockerfile();
const runtime = stages.at(-1)!;
const context = buildContext();
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));

/** A stage's instructions, those of the stage it is built FROM first. */
function lineage(stage: Stage): Stage['instructions'] {
  const base = stages.find((s) => s.name === stage.base);
  return [...(base ? lineage(base) : []), ...stage.instructions];
}
const instructions = (stage: Stage, keyword: string) => lineage(stage).filter((i) => i.keyword === keyword);
const workdir = (stage: Stage) => instructions(stage, 'WORKDIR').at(-1)?.args[0] ?? '/';
const runs = (stage: Stage, command: string) => instructions(stage, 'RUN').some((i) => i.text.includes(command));
/** Directories `npm run build` writes (scripts/build.mjs): tsc → dist/, esbuild → public/build/. */
const BUILD_OUTPUTS = ['dist', 'public/build'];

function walk(dir: string): string[] {
  if (!existsSync(join(PROJECT_ROOT, dir))) return [];
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(posix.join(dir, e.name)) : [posix.join(dir, e.name)],
  );
}

/** A destination inside a stage, relative to its WORKDIR. */
function inStage(stage: Stage, path: string): string {
  const abs = posix.resolve(workdir(stage), path);
  const rel = posix.relative(workdir(stage), abs);
  if (rel.startsWith('..')) throw new Error(`${stage.name}: ${path} lies outside WORKDIR ${workdir(stage)}`);
  return rel;
}

/**
 * The files a stage holds, as (path in the stage → path in the repository): what its COPY lines
 * bring from the build context (or from earlier stages), plus what `npm run build` writes when
 * the stage runs it. node_modules is left to the caller.
 */
function stageFiles(stage: Stage): Map<string, string> {
  const files = new Map<string, string>();
  for (const copy of instructions(stage, 'COPY')) {
    const sources = copy.args.slice(0, -1);
    const dest = copy.args.at(-1)!;
    const intoDir = dest.endsWith('/') || sources.length > 1;
    for (const source of sources) {
      const from = copy.flags.from ? stages.find((s) => s.name === copy.flags.from) : undefined;
      if (copy.flags.from && !from) throw new Error(`COPY --from=${copy.flags.from}: no such stage`);
      const available = from ? stageFiles(from) : new Map(context.map((p) => [p, p]));
      const base = from ? inStage(from, source) : source.replace(/^\.\//, '').replace(/\/+$/, '');
      for (const [path, repoPath] of available) {
        if (path !== base && !path.startsWith(base + '/')) continue;
        const rest = path === base ? (intoDir ? posix.basename(path) : '') : path.slice(base.length + 1);
        files.set(inStage(stage, posix.join(dest, rest)), repoPath);
      }
    }
  }
  if (runs(stage, 'npm run build')) for (const path of BUILD_OUTPUTS.flatMap(walk)) files.set(path, path);
  return files;
}

/** Writes the runtime stage's tree to `dir`; node_modules is linked to the repository's. */
function assembleRuntime(dir: string): void {
  for (const [path, repoPath] of stageFiles(runtime)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(PROJECT_ROOT, repoPath), join(dir, path));
  }
  const deps = instructions(runtime, 'COPY').find((c) => c.args.at(-1)!.replace(/^\.\//, '').replace(/\/$/, '') === 'node_modules');
  const depsStage = stages.find((s) => s.name === deps?.flags.from);
  if (!depsStage || !runs(depsStage, 'npm ci --omit=dev')) throw new Error('the runtime stage takes no node_modules from an `npm ci --omit=dev` stage');
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function envOf(stage: Stage): Record<string, string> {
  return Object.fromEntries(instructions(stage, 'ENV').flatMap((i) => i.args.map((a) => a.split('=') as [string, string])));
}

/** Runs the HEALTHCHECK's exec form against `port`; resolves with its exit code. */
function healthcheck(port: number): Promise<number> {
  const [command, ...args] = instructions(runtime, 'HEALTHCHECK')[0].args;
  if (command !== 'node') throw new Error(`HEALTHCHECK runs ${command}; slim images have only node`);
  return new Promise((resolve) =>
    execFile(process.execPath, args, { env: { PORT: String(port) }, timeout: 10_000 }, (err) =>
      resolve(err ? (typeof err.code === 'number' ? err.code : 1) : 0),
    ),
  );
}

t.test('every COPY from the build context names committed files that .dockerignore lets through', async (t) => {
  for (const stage of stages) {
    for (const copy of instructions(stage, 'COPY').filter((c) => !c.flags.from)) {
      for (const source of copy.args.slice(0, -1)) t.ok(contextFilesUnder(context, source).length, `${stage.name}: COPY ${source}`);
    }
  }
});

t.test('.dockerignore keeps secrets and local state out of the build context', async (t) => {
  const ignored = dockerignore(readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8'));
  for (const path of ['.env', 'deploy/.env', 'data/secrets.json', 'data/events.sqlite', 'node_modules/x/index.js', 'dist/src/server.js']) {
    t.ok(ignored(path), `${path} is not sent to the builder`);
  }
  t.notOk(ignored('src/cards/samples.json'), 'committed sources are sent');
});

t.test('the image runs what `npm start` runs, as a user other than root, with DATA_DIR a volume', async (t) => {
  const cmd = instructions(runtime, 'CMD').at(-1)!.args;
  t.same(cmd, ['node', pkg.main]);
  t.equal(pkg.scripts.start, `node ${pkg.main}`);
  const user = instructions(runtime, 'USER').at(-1)?.args[0] ?? 'root';
  t.notOk(/^(root|0)(:|$)/.test(user), `USER ${user}`);
  t.same(instructions(runtime, 'VOLUME').flatMap((v) => v.args), [envOf(runtime).DATA_DIR]);
  t.ok(instructions(runtime, 'EXPOSE').some((e) => e.args.includes(envOf(runtime).PORT)), 'EXPOSE names PORT');
});

t.test('the runtime stage, put together as the Dockerfile says, starts, passes its HEALTHCHECK and stops on SIGTERM', async (t) => {
  if (!existsSync(join(PROJECT_ROOT, pkg.main))) {
    t.fail(`${pkg.main} is missing: run \`npm run build\` first (npm test does)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gtb-image-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-image-data-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });
  assembleRuntime(dir);

  t.equal(await healthcheck(await freePort()), 1, 'nothing listening: unhealthy');
  const [, script] = instructions(runtime, 'CMD').at(-1)!.args;
  // The helper starts scripts relative to the repository; the tree's own location decides where
  // the server looks for public/ and its data files, as it would in the image.
  const server = await startServerProcess(
    { ...envOf(runtime), HOST: '127.0.0.1', DATA_DIR: dataDir },
    relative(PROJECT_ROOT, join(dir, script)),
  );
  t.teardown(() => void server.child.kill('SIGKILL'));
  const port = Number(new URL(server.url).port);
  t.equal(await healthcheck(port), 0, 'serving: healthy');
  for (const [path, what] of [
    ['/gallery/samples.json', 'files the server reads at start are in the image'],
    ['/build/gallery.js', 'the browser bundles are in the image'],
  ]) {
    const res = await fetch(server.url + path);
    await res.arrayBuffer();
    t.equal(res.status, 200, what);
  }

  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'SIGTERM ends it cleanly');
  t.equal(await healthcheck(port), 1, 'stopped: unhealthy');
});
