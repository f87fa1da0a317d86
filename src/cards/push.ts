import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import { oneLine, safeUrl, type Line } from './inline.js';
import { actor, fact, ignore, plural, refName, refRun, shortSha, str, type Context, type Draft, type Outcome } from './payload.js';

/** push (commits, new branches, force pushes, deletions, tags) and create/delete of branches and tags. */

// Ten, as the core pipeline issue asks: enough to read what changed, short enough for a channel.
const MAX_COMMITS = 10;

function commitLine(commit: PushCommit): Line {
  const message = oneLine(str(commit?.message).split('\n')[0], 100) || 'No message';
  const author = str(commit?.author?.username) || str(commit?.author?.name);
  return [
    { text: shortSha(commit?.id), mono: true, url: safeUrl(commit?.url), color: 'accent' },
    { text: `  ${message}` },
    { text: author ? `  — ${author}` : '', subtle: true },
  ];
}

/**
 * `size`, the number of commits pushed beyond those listed, is in the Events API's push payload
 * but not in GitHub's webhook schema; it is read when a payload carries it.
 */
type PushView = PayloadView<'push'> & { readonly size?: unknown };
type PushCommit = NonNullable<PushView['commits']>[number];

export function push(p: PushView, ctx: Context): Outcome {
  const ref = str(p?.ref);
  const name = refName(ref);
  if (!name) return ignore('push without a ref');
  const isTag = ref.startsWith('refs/tags/');
  const kind = isTag ? 'tag' : 'branch';
  const commits: readonly PushCommit[] = Array.isArray(p?.commits) ? p.commits.filter((commit: unknown) => commit && typeof commit === 'object') : [];
  const total = typeof p?.size === 'number' ? Math.max(p.size, commits.length) : commits.length;
  const repoUrl = ctx.repository?.url;
  const pusher = p?.sender ?? { login: p?.pusher?.name };
  let event: string;
  let verb: string;
  let title: string;
  let url = str(p?.compare);
  if (p?.deleted) {
    event = isTag ? 'Tag deleted' : 'Branch deleted';
    verb = `deleted the ${kind} ${name}`;
    title = `${isTag ? 'Tag' : 'Branch'} ${name} deleted`;
    url = repoUrl ? `${repoUrl}/${isTag ? 'tags' : 'branches'}` : url;
  } else if (isTag) {
    event = p?.created ? 'Tag pushed' : 'Tag moved';
    verb = `${p?.created ? 'pushed' : 'moved'} the tag to ${shortSha(p?.after)}`;
    title = `Tag ${name}`;
    url = repoUrl ? `${repoUrl}/releases/tag/${encodeURIComponent(name)}` : url;
  } else if (p?.created) {
    event = 'New branch';
    verb = total > 0 ? `created ${name} with ${plural(total, 'commit')}` : `created ${name}`;
    title = `New branch ${name}`;
    url = url || (repoUrl ? `${repoUrl}/tree/${encodeURI(name)}` : '');
  } else if (p?.forced) {
    event = 'Force push';
    verb = `force-pushed ${name}`;
    title = `${name} rewritten${total > 0 ? ` with ${plural(total, 'commit')}` : ''}`;
  } else {
    if (total === 0) return ignore('push without commits');
    event = 'Push';
    verb = `pushed to ${name}`;
    title = `${plural(total, 'commit')} to ${name}`;
  }
  url = safeUrl(url) ?? repoUrl ?? '';
  if (!url) return ignore('push payload without compare or repository URL');
  const person = actor(pusher, verb, ctx);
  const facts: Fact[] = [];
  // A deleted ref has no page left to link to.
  fact(facts, isTag ? 'Tag' : 'Branch', [p?.deleted ? { text: name, mono: true } : refRun(name, ctx)]);
  if (p?.forced && p?.before && p?.after && !p?.created && !p?.deleted) {
    fact(facts, 'Rewrote', [{ text: shortSha(p.before), mono: true }, { text: '  →  ', subtle: true }, { text: shortSha(p.after), mono: true }]);
  }
  const compare = safeUrl(p?.compare);
  return {
    event,
    state: p?.deleted ? { label: 'Deleted', tone: 'attention' } : p?.forced ? { label: 'Forced', tone: 'warning' } : undefined,
    title: [{ text: title }],
    url,
    actor: person,
    lines: commits.slice(-MAX_COMMITS).reverse().map(commitLine),
    more: { total, noun: 'commit', url: compare ?? url },
    facts,
    actions: [
      { title: isTag ? 'Open tag' : p?.deleted ? 'Open branches' : 'Compare changes', url },
      { title: 'Open repository', url: repoUrl ?? '' },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}`,
  } satisfies Draft;
}

function refCard(p: PayloadView<'create' | 'delete'>, ctx: Context, created: boolean): Outcome {
  const type = str(p?.ref_type);
  const name = str(p?.ref);
  if ((type !== 'branch' && type !== 'tag') || !name) return ignore(`${created ? 'create' : 'delete'} of ${type || 'unknown ref type'}`);
  const repoUrl = ctx.repository?.url;
  if (!repoUrl) return ignore('ref event without repository URL');
  const url = created ? (type === 'tag' ? `${repoUrl}/releases/tag/${encodeURIComponent(name)}` : `${repoUrl}/tree/${encodeURI(name)}`) : `${repoUrl}/${type === 'tag' ? 'tags' : 'branches'}`;
  const verb = `${created ? 'created' : 'deleted'} the ${type} ${name}`;
  const person = actor(p?.sender, verb, ctx);
  const facts: Fact[] = [];
  if (created && type === 'branch') fact(facts, 'From', [refRun(str(p?.master_branch), ctx)]);
  return {
    event: `${type === 'tag' ? 'Tag' : 'Branch'} ${created ? 'created' : 'deleted'}`,
    state: created ? undefined : { label: 'Deleted', tone: 'attention' },
    title: [{ text: name, mono: type === 'branch' }],
    url,
    actor: person,
    facts,
    actions: [
      { title: created ? `Open ${type}` : `Open ${type === 'tag' ? 'tags' : 'branches'}`, url },
      { title: 'Open repository', url: repoUrl },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}`,
  } satisfies Draft;
}

export const create = (p: PayloadView<'create'>, ctx: Context) => refCard(p, ctx, true);
export const remove = (p: PayloadView<'delete'>, ctx: Context) => refCard(p, ctx, false);
