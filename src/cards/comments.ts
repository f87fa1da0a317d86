import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import { actor, fact, ignore, shortSha, str, titled, type ActionRenderers, type Context, type Draft, type Outcome } from './payload.js';

/** issue_comment, commit_comment and discussion_comment: someone said something about a subject. */

interface CommentOn {
  event: string;
  noun: string;
  title: Draft['title'];
  subjectUrl: string;
  facts?: Fact[];
  state?: Draft['state'];
}

function commentCard(p: PayloadView<'issue_comment' | 'commit_comment' | 'discussion_comment'>, ctx: Context, on: CommentOn): Outcome {
  const comment = p?.comment;
  const url = str(comment?.html_url);
  if (!url) return ignore('comment without html_url');
  if (!str(comment?.body).trim()) return ignore('empty comment');
  const verb = `commented on ${on.noun}`;
  const person = actor(comment?.user ?? p?.sender, verb, ctx);
  return {
    event: on.event,
    state: on.state,
    title: on.title,
    url,
    actor: person,
    body: { markdown: str(comment?.body), url },
    facts: on.facts,
    actions: [
      { title: 'Open comment', url },
      { title: `Open ${on.noun.replace(/^(this|a) /, '')}`, url: on.subjectUrl },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}: ${on.title.map((r) => r.text).join('')}`,
  } satisfies Draft;
}

export const issueCommentActions = {
  created: (p, ctx) => {
    const issue = p?.issue;
    // GitHub sends pull request conversation comments as issue_comment; the payload says which.
    const onPull = Boolean(issue?.pull_request);
    const closed = issue?.state === 'closed';
    // Newer payloads say whether the pull request was merged; a merged one is not "closed" red.
    const merged = Boolean(issue?.pull_request?.merged_at);
    return commentCard(p, ctx, {
      event: onPull ? 'Comment on pull request' : 'Comment on issue',
      noun: onPull ? 'this pull request' : 'this issue',
      title: titled(issue?.title, issue?.number),
      subjectUrl: str(issue?.html_url),
      state: merged ? { label: 'Merged', tone: 'accent' } : closed ? { label: 'Closed', tone: onPull ? 'attention' : 'accent' } : { label: 'Open', tone: 'good' },
    });
  },
} satisfies ActionRenderers<'issue_comment'>;

export const commitCommentActions = {
  created: (p, ctx) => {
    const comment = p?.comment;
    const sha = str(comment?.commit_id);
    const repo = ctx.repository?.url;
    const facts: Fact[] = [];
    fact(facts, 'File', [{ text: str(comment?.path), mono: true }, { text: comment?.line ? `  line ${str(comment.line)}` : '', subtle: true }]);
    return commentCard(p, ctx, {
      event: 'Comment on commit',
      noun: 'a commit',
      title: [{ text: 'Commit ' }, { text: shortSha(sha), mono: true }],
      subjectUrl: repo && sha ? `${repo}/commit/${sha}` : str(comment?.html_url),
      facts,
    });
  },
} satisfies ActionRenderers<'commit_comment'>;

export const discussionCommentActions = {
  created: (p, ctx) => {
    const discussion = p?.discussion;
    const facts: Fact[] = [];
    fact(facts, 'Category', str(discussion?.category?.name));
    return commentCard(p, ctx, {
      event: p?.comment?.parent_id ? 'Reply in discussion' : 'Comment on discussion',
      noun: 'this discussion',
      title: titled(discussion?.title, discussion?.number),
      subjectUrl: str(discussion?.html_url),
      facts,
    });
  },
} satisfies ActionRenderers<'discussion_comment'>;
