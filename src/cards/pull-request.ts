import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import type { PayloadView } from '../github/event-types.js';
import { loginsOf, type Concerns } from './mentions.js';
import { actor, fact, ignore, labels, people, plural, refRun, shortSha, str, titled, type ActionRenderers, type Context, type Person, type Draft, type Outcome } from './payload.js';

type PullRequestView = PayloadView<'pull_request'>;
/** The pull request as each of the three events carries it. */
type PullRequest = PayloadView<'pull_request' | 'pull_request_review' | 'pull_request_review_comment'>['pull_request'];

/** pull_request, pull_request_review and pull_request_review_comment. */

function prState(pr: PullRequest): { label: string; tone: Tone } {
  if (pr?.merged || pr?.merged_at) return { label: 'Merged', tone: 'accent' };
  if (pr?.state === 'closed') return { label: 'Closed', tone: 'attention' };
  if (pr?.draft) return { label: 'Draft', tone: 'default' };
  return { label: 'Open', tone: 'good' };
}

function prFacts(pr: PullRequest, ctx: Context, withReviewers: boolean): Fact[] {
  const list: Fact[] = [];
  const head = str(pr?.head?.ref);
  const base = str(pr?.base?.ref);
  if (head && base) fact(list, 'Branch', [refRun(head, ctx, pr?.head?.repo?.html_url), { text: '  →  ', subtle: true }, refRun(base, ctx)]);
  const changes: string[] = [];
  if (typeof pr?.commits === 'number') changes.push(plural(pr.commits, 'commit'));
  if (typeof pr?.changed_files === 'number') changes.push(plural(pr.changed_files, 'file'));
  const diff = typeof pr?.additions === 'number' && typeof pr?.deletions === 'number' ? `+${pr.additions} −${pr.deletions}` : '';
  fact(list, 'Changes', [{ text: changes.join(', ') }, { text: changes.length && diff ? '  ' : '' }, { text: diff, subtle: true }]);
  fact(list, 'Labels', labels(pr?.labels));
  fact(list, 'Assignees', people(pr?.assignees, ctx));
  if (withReviewers) fact(list, 'Reviewers', people(pr?.requested_reviewers, ctx));
  fact(list, 'Milestone', str(pr?.milestone?.title));
  return list;
}

/**
 * Whom a pull request card asks for attention: `team` its requested reviewers and assignees (and,
 * with a body, the `@login`s in it), `requested` the reviewer just requested; never the actor.
 */
type Attention = 'team' | 'requested' | 'none';

function attention(payload: PullRequestView, who: Person, kind: Attention, withBody: boolean): Concerns | undefined {
  const pr = payload?.pull_request;
  if (kind === 'requested') return { logins: loginsOf(payload?.requested_reviewer, who) };
  if (kind === 'team') return { logins: [...loginsOf(pr?.requested_reviewers, who), ...loginsOf(pr?.assignees, who)], body: withBody };
  return undefined;
}

function prCard(payload: PullRequestView, ctx: Context, event: string, verb: string, who: Person, withBody: boolean, kind: Attention = 'none'): Outcome {
  const pr = payload?.pull_request;
  const url = str(pr?.html_url);
  if (!url) return ignore('pull request payload without html_url');
  const person = actor(who ?? payload?.sender, verb, ctx);
  return {
    event,
    state: prState(pr),
    title: titled(pr?.title, pr?.number),
    url,
    actor: person,
    body: withBody ? { markdown: str(pr?.body), url } : undefined,
    facts: prFacts(pr, ctx, true),
    actions: [
      { title: 'Open pull request', url },
      { title: 'Files changed', url: `${url}/files` },
    ],
    concerns: attention(payload, who ?? payload?.sender, kind, withBody),
    summary: `${person?.login ?? 'Someone'} ${verb}: ${str(pr?.title)} (#${str(pr?.number)})`,
  } satisfies Draft;
}

/** A close that merged: its card says so, and filters name it `merged` rather than `closed`. */
export function isMerged(p: PayloadView<'pull_request'>): boolean {
  return Boolean(p?.pull_request?.merged);
}

/** Drafts stay quiet until ready for review, unless the link asks for them. */
function quietDraft(payload: PullRequestView, ctx: Context): Outcome | undefined {
  if (payload?.pull_request?.draft && !ctx.options.drafts) return ignore('draft pull request (this link does not announce drafts)');
  return undefined;
}

export const pullRequestActions = {
  opened: (p, ctx) =>
    quietDraft(p, ctx) ??
    prCard(p, ctx, p?.pull_request?.draft ? 'Draft pull request opened' : 'Pull request opened', p?.pull_request?.draft ? 'opened a draft pull request' : 'opened this pull request', p?.pull_request?.user ?? p?.sender, true, 'team'),
  ready_for_review: (p, ctx) => prCard(p, ctx, 'Ready for review', 'marked this pull request ready for review', undefined, true, 'team'),
  reopened: (p, ctx) => quietDraft(p, ctx) ?? prCard(p, ctx, 'Pull request reopened', 'reopened this pull request', undefined, false, 'team'),
  closed: (p, ctx) =>
    isMerged(p)
      ? prCard(p, ctx, 'Pull request merged', 'merged this pull request', p?.pull_request?.merged_by ?? p?.sender, false)
      : (quietDraft(p, ctx) ?? prCard(p, ctx, 'Pull request closed', 'closed this pull request without merging', undefined, false)),
  review_requested: (p, ctx) => {
    const quiet = quietDraft(p, ctx);
    if (quiet) return quiet;
    const whom = str(p?.requested_reviewer?.login) || (p?.requested_team?.name ? `team ${str(p.requested_team.name)}` : '');
    if (!whom) return ignore('review request without a reviewer');
    return prCard(p, ctx, 'Review requested', `requested a review from ${whom}`, undefined, false, 'requested');
  },
  synchronize: (p, ctx) => {
    if (!ctx.options.synchronize) return ignore('new commits on a pull request (this link does not announce synchronize)');
    const quiet = quietDraft(p, ctx);
    if (quiet) return quiet;
    const card = prCard(p, ctx, 'New commits', `pushed ${shortSha(p?.before)}…${shortSha(p?.after)}`, undefined, false, 'team');
    const repo = str(p?.repository?.html_url);
    if ('actions' in card && repo && p?.before && p?.after) card.actions.splice(1, 0, { title: 'Compare', url: `${repo}/compare/${str(p.before)}...${str(p.after)}` });
    return card;
  },
} satisfies ActionRenderers<'pull_request'>;

/** `tellsAuthor`: the verdict is news for the pull request's author, who is mentioned. */
const REVIEW_STATES: Record<string, { event: string; verb: string; label: string; tone: Tone; tellsAuthor: boolean }> = {
  approved: { event: 'Pull request approved', verb: 'approved these changes', label: 'Approved', tone: 'good', tellsAuthor: true },
  changes_requested: { event: 'Changes requested', verb: 'requested changes', label: 'Changes requested', tone: 'attention', tellsAuthor: true },
  commented: { event: 'Pull request reviewed', verb: 'reviewed and commented', label: 'Commented', tone: 'default', tellsAuthor: false },
};

export const reviewActions = {
  submitted: (p, ctx) => {
    const review = p?.review;
    const pr = p?.pull_request;
    const kind = REVIEW_STATES[str(review?.state).toLowerCase()];
    if (!kind) return ignore(`review state ${str(review?.state) || 'missing'}`);
    const body = str(review?.body).trim();
    // Every inline comment also sends an empty "commented" review: that alone says nothing.
    if (kind.label === 'Commented' && !body) return ignore('review without a body (its comments are announced on their own)');
    const url = str(review?.html_url) || str(pr?.html_url);
    if (!url) return ignore('review payload without html_url');
    const reviewer = review?.user ?? p?.sender;
    const person = actor(reviewer, kind.verb, ctx);
    return {
      event: kind.event,
      state: { label: kind.label, tone: kind.tone },
      title: titled(pr?.title, pr?.number),
      url,
      actor: person,
      body: body ? { markdown: body, url } : undefined,
      facts: prFacts(pr, ctx, false).slice(0, 1),
      actions: [
        { title: 'Open review', url },
        { title: 'Open pull request', url: str(pr?.html_url) },
      ],
      concerns: kind.tellsAuthor ? { logins: loginsOf(pr?.user, reviewer) } : undefined,
      summary: `${person?.login ?? 'Someone'} ${kind.verb} on #${str(pr?.number)}: ${str(pr?.title)}`,
    };
  },
} satisfies ActionRenderers<'pull_request_review'>;

export const reviewCommentActions = {
  created: (p, ctx) => {
    const comment = p?.comment;
    const pr = p?.pull_request;
    const url = str(comment?.html_url);
    if (!url) return ignore('review comment without html_url');
    if (!str(comment?.body).trim()) return ignore('empty review comment');
    const person = actor(comment?.user ?? p?.sender, 'commented on the changes', ctx);
    const list: Fact[] = [];
    const line = str(comment?.line ?? comment?.original_line);
    fact(list, 'File', [{ text: str(comment?.path), mono: true }, { text: line ? `  line ${line}` : '', subtle: true }]);
    return {
      event: 'Review comment',
      state: prState(pr),
      title: titled(pr?.title, pr?.number),
      url,
      actor: person,
      body: { markdown: str(comment?.body), url },
      facts: list,
      actions: [
        { title: 'Open comment', url },
        { title: 'Open pull request', url: str(pr?.html_url) },
      ],
      summary: `${person?.login ?? 'Someone'} commented on #${str(pr?.number)}: ${str(pr?.title)}`,
    };
  },
} satisfies ActionRenderers<'pull_request_review_comment'>;
