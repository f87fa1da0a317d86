import { readFileSync, writeFileSync } from 'node:fs';
import t from 'tap';
import { mentionProblems } from './check-card.js';
import { pickSamples, type Sample } from './gallery-samples.js';

const file = new URL('../../src/cards/samples.json', import.meta.url);

t.test('the committed gallery samples are what the renderers produce today', async (t) => {
  // One sample per line: small, and a renderer change shows as a one-line diff per card.
  const fresh = `[\n${pickSamples().map((sample) => JSON.stringify(sample)).join(',\n')}\n]\n`;
  if (process.env.UPDATE_SAMPLES === '1') writeFileSync(file, fresh);
  const committed = readFileSync(file, 'utf8');
  t.ok(committed === fresh, 'src/cards/samples.json is current (regenerate with UPDATE_SAMPLES=1 npx tap test/cards/samples.test.ts)');
  const samples = JSON.parse(committed);
  t.ok(samples.length >= 40, `${samples.length} samples`);
  for (const name of ['pull_request.opened', 'push', 'release.published', 'workflow_run.completed (failure)', 'secret_scanning_alert.created']) {
    t.ok(samples.some((s: { id: string }) => s.id === name), `has ${name}`);
  }
  const mentioning = samples.filter((s: Sample) => s.card.msteams.entities?.length);
  t.same(mentioning.map((s: Sample) => s.id).sort(), samples.filter((s: Sample) => s.id.endsWith('mentions)')).map((s: Sample) => s.id).sort(), 'the "(mentions)" samples, and only they, mention people');
  t.ok(mentioning.length >= 4);
  for (const sample of mentioning) t.same(mentionProblems(sample.card), [], `${sample.id}: every mention has its entity`);
});
