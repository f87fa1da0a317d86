import type { GitHubEvent, RenderOptions } from '../cards/card.js';
import type { Feature } from '../links/features.js';
import type { Link } from '../links/link.js';
import { targetKeyOf } from '../links/target-key.js';
import type { JobInput } from '../queue/records.js';
import { EventFacts, filterOf } from './link-filters.js';

export interface RouteDeps {
  featureOf(name: string, payload: any): Feature | null;
  /** Whether a card applies, and its one-line summary; the card itself is laid out when sent. */
  decide(event: GitHubEvent, options: RenderOptions): { summary: string } | { ignored: string };
  githubUrl: string;
}

/** A link the filters dropped, and why (a reason naming the filter, as link-filters gives it). */
export interface FilteredLink {
  linkId: string;
  reason: string;
}

export type RouteResult = ({ jobs: JobInput[] } | { ignored: string }) & { filtered?: FilteredLink[] };

/** Reasons named in one answer; the rest are counted. */
const REASONS_SHOWN = 3;

/** The webhook answer's `ignored` when filters left no link: which filter, which link. */
export function filteredReason(filtered: readonly FilteredLink[]): string {
  const shown = filtered.slice(0, REASONS_SHOWN).map((f) => `${f.reason} (link ${f.linkId})`);
  const more = filtered.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more link${more === 1 ? '' : 's'}` : '');
}

/** Identifies the rendering choices of a link: equal keys render equal cards. */
export function optionsKey(options: Omit<RenderOptions, 'githubUrl'>): string {
  return `${+options.drafts}${+options.synchronize}${+options.workflowSuccesses}`;
}

function subscribed(link: Link, feature: Feature): boolean {
  return (link.events as string[]).includes('*') || (link.events as Feature[]).includes(feature);
}

/**
 * Decides which links get a card for an event: those subscribed to its feature whose filters
 * pass it and for whose options a card applies. Pure: the caller stores the jobs.
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
  const facts = new EventFacts(event, feature);
  const onFilters: Link[] = [];
  const filtered: FilteredLink[] = [];
  for (const link of wanted) {
    const reason = filterOf(link).reasonFor(facts);
    if (reason === undefined) onFilters.push(link);
    else filtered.push({ linkId: link.id, reason });
  }
  if (onFilters.length === 0) return { ignored: filteredReason(filtered), filtered };

  // Only whether a card applies and its name for the delivery log are decided here; the worker
  // lays the card out when it sends, so the acknowledgement does not wait on laying out and
  // serialising cards, and a backlog holds no cards in memory. Links differ only in their
  // options, so each distinct option set is decided once.
  const decided = new Map<string, { summary: string } | { ignored: string }>();
  const jobs: JobInput[] = [];
  let reason = 'no card for this event';
  for (const link of onFilters) {
    const options: RenderOptions = { ...link.options, githubUrl: deps.githubUrl };
    const key = optionsKey(options);
    let card = decided.get(key);
    if (!card) decided.set(key, (card = deps.decide(event, options)));
    if ('ignored' in card) reason = card.ignored;
    else jobs.push({ linkId: link.id, target: targetKeyOf(link.webhookUrl), summary: card.summary });
  }
  const dropped = filtered.length ? { filtered } : {};
  return jobs.length ? { jobs, ...dropped } : { ignored: reason, ...dropped };
}
