// fit() trusts SizeBound to skip serialising most cards: the bound must never be below the
// real size, on any example card at any budget, or a card over 20 KB could reach Teams.
import { createRequire } from 'node:module';
import t from 'tap';
import { envelope } from '../../src/cards/envelope.js';
import { BUDGETS } from '../../src/cards/fit.js';
import { layoutCard } from '../../src/cards/layout.js';
import { specOf } from '../../src/cards/render.js';

const require = createRequire(import.meta.url);
const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const ON = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

t.test('the size bound is never below the serialised size', async (t) => {
  const hostile = '"\\\u0001界🚀'.repeat(50);
  let checked = 0;
  for (const { name, examples } of corpus) {
    for (const original of examples) {
      // Each example as is, and with every string made of the costliest characters to serialise.
      const variants = [original, JSON.parse(JSON.stringify(original), (key, value) => (typeof value === 'string' && !/url$|^ref$|^action$|_type$|^state$|^conclusion$/.test(key) ? hostile : value))];
      for (const payload of variants) {
        const spec = specOf({ name, payload }, ON);
        if ('ignored' in spec) continue;
        for (const budget of BUDGETS) {
          const { card, bound } = layoutCard(spec, budget);
          const bytes = Buffer.byteLength(JSON.stringify(envelope(card, spec.summary)));
          if (bound < bytes) t.fail(`${name}.${payload.action}: bound ${bound} < ${bytes}`);
          checked += 1;
        }
      }
    }
  }
  t.ok(checked > 300, `${checked} layouts checked`);
});
