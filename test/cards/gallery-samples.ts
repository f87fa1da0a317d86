// The gallery's sample set: the first example of every event and action that renders, plus the
// synthetic payloads, each rendered by renderEvent (the "(mentions)" ones with GALLERY_PEOPLE as
// the people directory), plus the digest cards of digest-samples.ts. Committed as
// src/cards/samples.json so the production server needs no dev package; samples.test.ts keeps
// the file in step with the renderers.
import type { AdaptiveCard } from '../../src/cards/card.js';
import { renderEvent } from '../../src/cards/render.js';
import { directoryOf } from '../../src/people/people-cache.js';
import { digestSamples } from './digest-samples.js';
import { corpus, GALLERY_PEOPLE, synthetic } from './synthetic.js';

export interface Sample {
  id: string;
  summary: string;
  card: AdaptiveCard;
}

const OPTIONS = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

export function pickSamples(): Sample[] {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const people = directoryOf(GALLERY_PEOPLE);
  const candidates: Array<{ name: string; payload: any; id: string; people?: boolean }> = [
    ...synthetic().map(({ name, payload, label, people }) => ({ name, payload, id: label, people })),
    ...corpus.flatMap(({ name, examples }) => examples.map((payload) => ({ name, payload, id: payload.action ? `${name}.${payload.action}` : name }))),
  ];
  for (const { name, payload, id, people: mentions } of candidates) {
    if (seen.has(id)) continue;
    const result = renderEvent({ name, payload }, mentions ? { ...OPTIONS, people } : OPTIONS);
    if (!('message' in result)) continue;
    seen.add(id);
    samples.push({ id, summary: result.summary, card: result.message.attachments[0].content });
  }
  samples.push(...digestSamples());
  return samples.sort((a, b) => a.id.localeCompare(b.id));
}
