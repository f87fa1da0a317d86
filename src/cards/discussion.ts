import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import { actor, fact, ignore, labels, str, titled, type Context, type Draft, type Outcome } from './payload.js';

/** discussion: created, answered, closed, reopened. */

function discussionCard(p: any, ctx: Context, event: string, verb: string, state: { label: string; tone: Tone }, withBody: boolean, who?: any): Outcome {
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
  created: (p: any, ctx: Context) => discussionCard(p, ctx, 'Discussion started', 'started this discussion', { label: 'Open', tone: 'good' }, true, p?.discussion?.user),
  answered: (p: any, ctx: Context) => {
    const answer = p?.answer;
    const card = discussionCard(p, ctx, 'Discussion answered', `marked an answer${str(answer?.user?.login) ? ` by ${str(answer.user.login)}` : ''}`, { label: 'Answered', tone: 'accent' }, false);
    if ('actions' in card && str(answer?.body)) {
      const url = str(answer?.html_url) || card.url;
      card.body = { markdown: str(answer.body), url };
      card.actions.unshift({ title: 'Open answer', url });
    }
    return card;
  },
  closed: (p: any, ctx: Context) => discussionCard(p, ctx, 'Discussion closed', 'closed this discussion', { label: 'Closed', tone: 'accent' }, false),
  reopened: (p: any, ctx: Context) => discussionCard(p, ctx, 'Discussion reopened', 'reopened this discussion', { label: 'Open', tone: 'good' }, false),
};

export const DISCUSSION_IGNORED = [
  'edited', 'deleted', 'labeled', 'unlabeled', 'locked', 'unlocked', 'pinned', 'unpinned', 'transferred', 'category_changed', 'unanswered',
];
