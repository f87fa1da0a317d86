import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import { actor, fact, ignore, labels, str, titled, type ActionRenderers, type Context, type Person, type Draft, type Outcome } from './payload.js';

/** discussion: created, answered, closed, reopened. */

function discussionCard(p: PayloadView<'discussion'>, ctx: Context, event: string, verb: string, state: { label: string; tone: Tone }, withBody: boolean, who?: Person): Outcome {
  const discussion = p?.discussion;
  const url = str(discussion?.html_url);
  if (!url) return ignore('discussion payload without html_url');
  const person = actor(who ?? p?.sender, verb, ctx);
  const facts: Fact[] = [];
  fact(facts, 'Category', str(discussion?.category?.name));
  fact(facts, 'Labels', labels(discussion?.labels));
  return {
    event,
    state,
    title: titled(discussion?.title, discussion?.number),
    url,
    actor: person,
    body: withBody ? { markdown: str(discussion?.body), url } : undefined,
    facts,
    actions: [{ title: 'Open discussion', url }],
    summary: `${person?.login ?? 'Someone'} ${verb}: ${str(discussion?.title)}`,
  } satisfies Draft;
}

export const discussionActions = {
  created: (p, ctx) => discussionCard(p, ctx, 'Discussion started', 'started this discussion', { label: 'Open', tone: 'good' }, true, p?.discussion?.user),
  answered: (p, ctx) => {
    const answer = p?.answer;
    const card = discussionCard(p, ctx, 'Discussion answered', `marked an answer${str(answer?.user?.login) ? ` by ${str(answer?.user?.login)}` : ''}`, { label: 'Answered', tone: 'accent' }, false);
    if ('actions' in card && str(answer?.body)) {
      const url = str(answer?.html_url) || card.url;
      card.body = { markdown: str(answer?.body), url };
      card.actions.unshift({ title: 'Open answer', url });
    }
    return card;
  },
  closed: (p, ctx) => discussionCard(p, ctx, 'Discussion closed', 'closed this discussion', { label: 'Closed', tone: 'accent' }, false),
  reopened: (p, ctx) => discussionCard(p, ctx, 'Discussion reopened', 'reopened this discussion', { label: 'Open', tone: 'good' }, false),
} satisfies ActionRenderers<'discussion'>;
