// fit() trusts SizeBound to skip serialising most cards: the bound must never be below the
// real size, on any example card at any budget, or a card over 20 KB could reach Teams.
import { createRequire } from 'node:module';
import t from 'tap';
import type { PeopleDirectory } from '../../src/cards/card.js';
import { envelope } from '../../src/cards/envelope.js';
import { BUDGETS } from '../../src/cards/fit.js';
import { layoutCard } from '../../src/cards/layout.js';
import { specOf } from '../../src/cards/render.js';

const require = createRequire(import.meta.url);
const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const ON = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };
/** A directory that knows everyone, by the longest names and ids it allows, so every concerned person is mentioned. */
const everyone: PeopleDirectory = {
  byLogin: (login) => ({ login, teams: `${'u'.repeat(60)}@${'d'.repeat(60)}.example`, name: `${'Ω'.repeat(99)}${login.slice(0, 1)}` }),
  byEmail: (email) => ({ login: email.slice(0, 39), teams: email, name: 'Ω'.repeat(100) }),
};

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
          for (const people of [undefined, everyone]) {
            const { card, bound } = layoutCard(spec, budget, people);
            const bytes = Buffer.byteLength(JSON.stringify(envelope(card, spec.summary)));
            if (bound < bytes) t.fail(`${name}.${payload.action}${people ? ' with mentions' : ''}: bound ${bound} < ${bytes}`);
            checked += 1;
          }
        }
      }
    }
  }
  t.ok(checked > 600, `${checked} layouts checked`);
});
