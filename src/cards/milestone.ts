import type { Fact } from './elements.js';
import { actor, fact, ignore, str, type ActionRenderers, type Draft } from './payload.js';

/** milestone closed: a planned set of work is done. */

export const milestoneActions = {
  closed: (p, ctx) => {
    const milestone = p?.milestone;
    const url = str(milestone?.html_url);
    if (!url) return ignore('milestone without html_url');
    const titleText = str(milestone?.title) || 'Milestone';
    const verb = `closed the milestone ${titleText}`;
    const person = actor(p?.sender, verb, ctx);
    const open = Number(milestone?.open_issues) || 0;
    const closed = Number(milestone?.closed_issues) || 0;
    const facts: Fact[] = [];
    fact(facts, 'Progress', `${closed} closed, ${open} open`);
    fact(facts, 'Due', str(milestone?.due_on).slice(0, 10));
    return {
      event: 'Milestone closed',
      state: { label: 'Closed', tone: 'accent' },
      title: [{ text: titleText }],
      url,
      actor: person,
      body: str(milestone?.description) ? { markdown: str(milestone?.description), url } : undefined,
      facts,
      actions: [{ title: 'Open milestone', url }],
      summary: `${person?.login ?? 'Someone'} ${verb}`,
    } satisfies Draft;
  },
} satisfies ActionRenderers<'milestone'>;
