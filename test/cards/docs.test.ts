// docs/cards.md is the README's feature table: it must name every routed event with its
// feature and every event ignored on purpose, so the table cannot drift from the data.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { IGNORED_EVENTS } from '../../src/cards/render.js';
import { EVENT_FEATURES } from '../../src/github/event-features.js';

const doc = readFileSync(new URL('../../docs/cards.md', import.meta.url), 'utf8');
const rows = doc.split('\n').filter((line) => line.startsWith('| `'));

t.test('every routed event appears in the row of its feature', async (t) => {
  for (const [event, entry] of Object.entries(EVENT_FEATURES)) {
    const features = typeof entry === 'string' ? [entry] : [entry.branch, entry.tag];
    for (const feature of features) {
      t.ok(rows.some((row) => row.startsWith(`| \`${feature}\` |`) && row.includes(`\`${event}\``)), `${event} under ${feature}`);
    }
  }
});

t.test('every event ignored on purpose is listed', async (t) => {
  for (const event of Object.keys(IGNORED_EVENTS)) t.match(doc, `\`${event}\``, event);
});
