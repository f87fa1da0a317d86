import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import { loginsOf, type Concerns } from './mentions.js';
import { actor, fact, ignore, labels, people, str, titled, type ActionRenderers, type Context, type Person, type Draft, type Outcome } from './payload.js';

/** issues: opened, closed (completed or not planned), reopened, labeled, assigned, transferred, deleted, milestoned. */

function issueState(issue: PayloadView<'issues'>['issue'], deleted = false): { label: string; tone: Tone } {
  if (deleted) return { label: 'Deleted', tone: 'attention' };
  if (issue?.state === 'closed') {
    return issue?.state_reason === 'not_planned' ? { label: 'Not planned', tone: 'default' } : { label: 'Closed', tone: 'accent' };
  }
  return { label: 'Open', tone: 'good' };
}

function issueCard(p: PayloadView<'issues'>, ctx: Context, event: string, verb: string, options: { body?: boolean; deleted?: boolean; who?: Person; extra?: Fact[]; concerns?: Concerns } = {}): Outcome {
  const issue = p?.issue;
  const url = str(issue?.html_url);
  if (!url) return ignore('issue payload without html_url');
  const person = actor(options.who ?? p?.sender, verb, ctx);
  const list: Fact[] = [...(options.extra ?? [])];
  fact(list, 'Labels', labels(issue?.labels));
  fact(list, 'Assignees', people(issue?.assignees, ctx));
  fact(list, 'Milestone', str(issue?.milestone?.title));
  return {
    event,
    state: issueState(issue, options.deleted),
    title: titled(issue?.title, issue?.number),
    url,
    actor: person,
    body: options.body ? { markdown: str(issue?.body), url } : undefined,
    facts: list,
    actions: [{ title: 'Open issue', url }],
    concerns: options.concerns,
    summary: `${person?.login ?? 'Someone'} ${verb}: ${str(issue?.title)} (#${str(issue?.number)})`,
  } satisfies Draft;
}

export const issueActions = {
  opened: (p, ctx) => {
    const who = p?.issue?.user ?? p?.sender;
    return issueCard(p, ctx, 'Issue opened', 'opened this issue', { body: true, who, concerns: { logins: loginsOf(p?.issue?.assignees, who), body: true } });
  },
  closed: (p, ctx) =>
    issueCard(p, ctx, 'Issue closed', p?.issue?.state_reason === 'not_planned' ? 'closed this issue as not planned' : 'closed this issue as completed'),
  reopened: (p, ctx) => issueCard(p, ctx, 'Issue reopened', 'reopened this issue'),
  labeled: (p, ctx) => {
    const name = str(p?.label?.name);
    if (!name) return ignore('label event without a label');
    return issueCard(p, ctx, 'Issue labeled', `added the label ${name}`);
  },
  assigned: (p, ctx) => {
    const who = str(p?.assignee?.login);
    if (!who) return ignore('assignment without an assignee');
    return issueCard(p, ctx, 'Issue assigned', who === str(p?.sender?.login) ? 'self-assigned this issue' : `assigned ${who}`, {
      concerns: { logins: loginsOf(p?.assignee, p?.sender) },
    });
  },
  milestoned: (p, ctx) => {
    const milestone = str(p?.milestone?.title ?? p?.issue?.milestone?.title);
    return issueCard(p, ctx, 'Issue milestoned', milestone ? `added this to the ${milestone} milestone` : 'added this to a milestone');
  },
  transferred: (p, ctx) => {
    const target = str(p?.changes?.new_repository?.full_name);
    const newUrl = str(p?.changes?.new_issue?.html_url);
    const extra: Fact[] = [];
    fact(extra, 'Moved to', newUrl ? [{ text: target || newUrl, url: newUrl }] : target);
    return issueCard(p, ctx, 'Issue transferred', target ? `transferred this issue to ${target}` : 'transferred this issue', { extra });
  },
  deleted: (p, ctx) => issueCard(p, ctx, 'Issue deleted', 'deleted this issue', { deleted: true }),
} satisfies ActionRenderers<'issues'>;
