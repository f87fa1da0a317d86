// docs/cards.md is the README's feature table. Its tables are generated from the event catalog
// (catalog-doc.ts), so the doc cannot drift from the data: this test fails until it is
// regenerated with UPDATE_DOCS=1 npx tap test/cards/docs.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import t from 'tap';
import { EVENT_NAMES, entryOf } from '../../src/github/event-catalog.js';
import { BEGIN, catalogSection, END } from './catalog-doc.js';

const file = new URL('../../docs/cards.md', import.meta.url);

function generated(doc: string): string | undefined {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return begin >= 0 && end > begin ? doc.slice(begin, end + END.length) : undefined;
}

t.test('the catalog tables in docs/cards.md are what the catalog says today', async (t) => {
  const fresh = catalogSection();
  let doc = readFileSync(file, 'utf8');
  const committed = generated(doc);
  t.ok(committed !== undefined, 'docs/cards.md has the generated section markers');
  if (process.env.UPDATE_DOCS === '1' && committed !== undefined) writeFileSync(file, (doc = doc.replace(committed, fresh)));
  t.ok(generated(doc) === fresh, 'docs/cards.md is current (regenerate with UPDATE_DOCS=1 npx tap test/cards/docs.test.ts)');
});

t.test('every announced event appears in the row of its feature, every ignored event with its reason', async (t) => {
  const rows = readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('| `'));
  for (const name of EVENT_NAMES) {
    const entry = entryOf(name)!;
    if (entry.ignored !== undefined) {
      t.ok(rows.some((row) => row.startsWith(`| \`${name}\` |`) && row.includes(entry.ignored!)), `${name}: ${entry.ignored}`);
      continue;
    }
    const rule = entry.feature!;
    for (const feature of typeof rule === 'string' ? [rule] : [rule.branch, rule.tag]) {
      t.ok(rows.some((row) => row.startsWith(`| \`${feature}\` |`) && row.includes(`\`${name}\``)), `${name} under ${feature}`);
    }
  }
});
