import type { GitHubEvent, RenderOptions } from '../cards/card.js';
import type { Feature } from '../links/features.js';
import type { Link } from '../links/link.js';
import { targetKeyOf } from '../links/target-key.js';
import type { JobInput } from '../queue/records.js';
import { compileGlobs } from '../util/glob.js';

export interface RouteDeps {
  featureOf(name: string, payload: any): Feature | null;
  /** Whether a card applies, and its one-line summary; the card itself is laid out when sent. */
  decide(event: GitHubEvent, options: RenderOptions): { summary: string } | { ignored: string };
  githubUrl: string;
}

export type RouteResult = { jobs: JobInput[] } | { ignored: string };

/** Compiled per branches list: a patched link gets a new list, and an old one is collected with it. */
const branchFilters = new WeakMap<readonly string[], (branch: string) => boolean>();
function branchFilter(globs: readonly string[]) {
  let filter = branchFilters.get(globs);
  if (!filter) branchFilters.set(globs, (filter = compileGlobs(globs)));
  return filter;
}

/**
 * `commits` follows the default branch unless the link names branch globs; then a branch passes
 * when it matches an include glob (or there are only `!` exclusions) and no exclusion.
 */
export function branchSelected(link: Link, payload: any): boolean {
  const ref: unknown = payload?.ref;
  if (typeof ref !== 'string' || !ref.startsWith('refs/heads/')) return true;
  const branch = ref.slice('refs/heads/'.length);
  if (link.branches.length === 0) return branch === payload?.repository?.default_branch;
  return branchFilter(link.branches)(branch);
}

/** Identifies the rendering choices of a link: equal keys render equal cards. */
export function optionsKey(options: Omit<RenderOptions, 'githubUrl'>): string {
  return `${+options.drafts}${+options.synchronize}${+options.workflowSuccesses}`;
}

function subscribed(link: Link, feature: Feature): boolean {
  return (link.events as string[]).includes('*') || (link.events as Feature[]).includes(feature);
}

/**
 * Decides which links get a card for an event. Pure: the caller stores the jobs.
 */
export function routeEvent(event: GitHubEvent, links: readonly Link[], deps: RouteDeps): RouteResult {
  if (links.length === 0) return { ignored: 'no link for this repository' };
  const feature = deps.featureOf(event.name, event.payload);
  if (!feature) {
    const action = typeof event.payload?.action === 'string' ? `.${event.payload.action}` : '';
    return { ignored: `event ${event.name}${action} is not announced` };
  }
  const wanted = links.filter((l) => subscribed(l, feature));
  if (wanted.length === 0) return { ignored: `no link subscribes to ${feature}` };
  const onBranch = event.name === 'push' ? wanted.filter((l) => branchSelected(l, event.payload)) : wanted;
  if (onBranch.length === 0) return { ignored: 'branch not followed by any link' };

  // Only whether a card applies and its name for the delivery log are decided here; the worker
  // lays the card out when it sends, so the acknowledgement does not wait on laying out and
  // serialising cards, and a backlog holds no cards in memory. Links differ only in their
  // options, so each distinct option set is decided once.
  const decided = new Map<string, { summary: string } | { ignored: string }>();
  const jobs: JobInput[] = [];
  let reason = 'no card for this event';
  for (const link of onBranch) {
    const options: RenderOptions = { ...link.options, githubUrl: deps.githubUrl };
    const key = optionsKey(options);
    let card = decided.get(key);
    if (!card) decided.set(key, (card = deps.decide(event, options)));
    if ('ignored' in card) reason = card.ignored;
    else jobs.push({ linkId: link.id, target: targetKeyOf(link.webhookUrl), summary: card.summary });
  }
  return jobs.length ? { jobs } : { ignored: reason };
}
