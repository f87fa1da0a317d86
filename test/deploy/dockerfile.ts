/**
 * Reads the Dockerfile and .dockerignore as Docker does, far enough to rebuild the runtime
 * stage's file tree without a Docker engine (none on the machines these tests run on).
 *
 * Left out of Docker's behaviour: ARG/ENV substitution inside COPY paths, globs in COPY sources,
 * heredocs, ADD, and a custom `# escape=` directive; the parser rejects what it does not handle
 * so a Dockerfile using them fails the tests rather than being half-read.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlob } from '../../src/util/glob.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';

export interface Instruction {
  keyword: string;
  /** `--name=value` flags before the arguments (`COPY --from=build`, `HEALTHCHECK --interval=…`). */
  flags: Record<string, string>;
  /** The arguments: the JSON array in exec form, else split on whitespace. */
  args: string[];
  /** The arguments as written, flags removed. */
  text: string;
}

export interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

const HANDLED = new Set(['FROM', 'ARG', 'ENV', 'RUN', 'COPY', 'WORKDIR', 'USER', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'STOPSIGNAL', 'CMD', 'LABEL']);

/** Logical lines: continuations joined, comments and blank lines dropped. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && current === '')) continue;
    if (line.endsWith('\\')) current += line.slice(0, -1) + ' ';
    else {
      lines.push((current + line).trim());
      current = '';
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines.filter(Boolean);
}

function parseInstruction(line: string): Instruction {
  const [, keyword, rest] = /^(\S+)\s*(.*)$/.exec(line)!;
  const upper = keyword.toUpperCase();
  if (!HANDLED.has(upper)) throw new Error(`Dockerfile: ${upper} is not read by test/deploy/dockerfile.ts`);
  let text = rest;
  const flags: Record<string, string> = {};
  for (let m; (m = /^--([a-z-]+)=(\S+)\s*/.exec(text)); text = text.slice(m[0].length)) flags[m[1]] = m[2];
  if (upper === 'HEALTHCHECK' && text.startsWith('CMD ')) text = text.slice(4).trim();
  if (/<</.test(text) && upper === 'RUN') throw new Error('Dockerfile: heredocs are not read by test/deploy/dockerfile.ts');
  const args = text.startsWith('[') ? (JSON.parse(text) as string[]) : text.split(/\s+/).filter(Boolean);
  return { keyword: upper, flags, args, text };
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of logicalLines(text).map(parseInstruction)) {
    if (instruction.keyword === 'FROM') {
      const [base, as, name] = instruction.args;
      stages.push({ base, name: as?.toUpperCase() === 'AS' ? name : String(stages.length), instructions: [] });
    } else if (stages.length) stages.at(-1)!.instructions.push(instruction);
    else if (instruction.keyword !== 'ARG') throw new Error(`Dockerfile: ${instruction.keyword} before the first FROM`);
  }
  return stages;
}

export function readDockerfile(): Stage[] {
  return parseDockerfile(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
}

/**
 * Docker's .dockerignore rule: patterns are anchored at the context root, the last pattern that
 * matches a path or one of its parent directories decides, and `!` re-includes.
 */
export function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const pattern = (negated ? l.slice(1) : l).replace(/^\/+/, '').replace(/\/+$/, '');
      const glob = compileGlob(pattern);
      return { negated, match: (path: string) => glob.match(path) };
    });
  return (path) => {
    const parts = path.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const rule of rules) if (prefixes.some((p) => rule.match(p))) ignored = !rule.negated;
    return ignored;
  };
}

/** What `docker build .` sends: the committed files, less what .dockerignore excludes. */
export function buildContext(): string[] {
  const ignored = dockerignore(readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((path) => !ignored(path));
}

/** The context files a COPY source names: the file itself, or every file under the directory. */
export function contextFilesUnder(context: string[], source: string): string[] {
  const clean = source.replace(/^\.\//, '').replace(/\/+$/, '');
  return context.filter((path) => path === clean || path.startsWith(clean + '/'));
}
