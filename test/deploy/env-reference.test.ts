/**
 * docs/deploy.md marks the deployment variables this version does not read yet. Other work adds
 * them one by one; this test fails when the page and src/config.ts disagree, so the page is
 * brought up to date in the same change instead of promising what does not exist (or hiding what
 * does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../../src/util/paths.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const page = read('docs/deploy.md');
const configSource = read('src/config.ts');
const namesIn = (text: string) => [...text.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]);

function section(heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/deploy.md has no "## ${heading}" section`);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

/** The Environment table: each row's variables, and whether it says "not read yet". */
const rows = section('Environment')
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const cells = line.split(' | ');
    return { names: namesIn(cells[0]), notRead: /not read yet/i.test(cells.at(-1)!) };
  });
const tableNames = rows.flatMap((r) => r.names);
const readByConfig = (name: string) => new RegExp(`\\b${name}\\b`).test(configSource);

t.test('a variable is marked "not read yet" exactly when src/config.ts does not read it', async (t) => {
  t.ok(rows.length > 5, `${rows.length} rows`);
  for (const row of rows) {
    for (const name of row.names) t.equal(row.notRead, !readByConfig(name), `${name}: ${readByConfig(name) ? 'read' : 'not read'} by src/config.ts`);
  }
});

t.test('the "Not built yet" note at the top names the same variables', async (t) => {
  const note = page.split('\n').filter((line) => line.startsWith('> ')).join('\n');
  t.same([...new Set(namesIn(note))].sort(), rows.filter((r) => r.notRead).flatMap((r) => r.names).sort());
});

t.test('every variable compose gives the replicas is in the table', async (t) => {
  const compose = parseYaml(read('deploy/compose.yaml'), { merge: true });
  for (const name of Object.keys(compose.services['bridge-1'].environment)) t.ok(tableNames.includes(name), name);
});
