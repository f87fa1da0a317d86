/**
 * What a link is, independent of where it is stored: its defaults, how a patch applies, what
 * makes two links the same, and how a delivery's outcome moves its health. Every LinkStore
 * calls these; none re-implements them (PostgreSQL's one-statement health update is the SQL
 * form of `healthAfter`, held to it by the link-store contract suite).
 */
import { DEFAULT_FEATURES } from './features.js';
import { DEFAULT_LINK_OPTIONS, type Link, type LinkFilters, type LinkFiltersInput, type LinkInput, type LinkPatch } from './link.js';
import type { DeliveryOutcomeForHealth } from './link-store.js';
import { targetKeyOf } from './target-key.js';

/** A link without filters: every list empty, bots welcome. Shared, so never changed in place. */
export const NO_FILTERS: LinkFilters = { labels: { include: [], exclude: [] }, authors: { include: [], exclude: [], bots: true }, paths: [], actions: {} };

/**
 * `input` merged into `current` as a JSON merge patch would: objects merge, lists and values
 * replace. So `{"authors": {"bots": false}}` keeps the author globs, and `{"actions": {"pulls": []}}`
 * stops filtering pull request actions and keeps the other features' lists. The result is
 * complete, and names no feature with an empty action list.
 */
export function mergeFilters(current: LinkFilters | undefined, input: LinkFiltersInput): LinkFilters {
  const base = current ?? NO_FILTERS;
  const actions: LinkFilters['actions'] = {};
  for (const [feature, names] of Object.entries({ ...base.actions, ...input.actions }) as Array<[keyof LinkFilters['actions'], string[] | undefined]>) {
    if (names?.length) actions[feature] = [...names];
  }
  return {
    labels: { include: [...(input.labels?.include ?? base.labels.include)], exclude: [...(input.labels?.exclude ?? base.labels.exclude)] },
    authors: {
      include: [...(input.authors?.include ?? base.authors.include)],
      exclude: [...(input.authors?.exclude ?? base.authors.exclude)],
      bots: input.authors?.bots ?? base.authors.bots,
    },
    paths: [...(input.paths ?? base.paths)],
    actions,
  };
}

/** A new link from what the user gave, with every default filled in. */
export function newLink(input: LinkInput, id: string, now: Date): Link {
  const at = now.toISOString();
  return {
    id,
    repository: input.repository,
    webhookUrl: input.webhookUrl,
    events: input.events ?? [...DEFAULT_FEATURES],
    branches: input.branches ?? [],
    ...(input.filters && { filters: mergeFilters(undefined, input.filters) }),
    options: { ...DEFAULT_LINK_OPTIONS, ...input.options },
    // Immediate is the default and is stored as no field at all, like links made before modes.
    ...(input.delivery && input.delivery.mode !== 'immediate' && { delivery: { ...input.delivery } }),
    health: 'active',
    consecutiveFailures: 0,
    createdAt: at,
    updatedAt: at,
    createdBy: input.createdBy ?? 'admin',
    ...(input.teams && { teams: input.teams }),
    ...(input.capabilityHash && { capabilityHash: input.capabilityHash }),
    ...(input.hookId !== undefined && { hookId: input.hookId }),
    ...(input.paused && { paused: true }),
  };
}

/**
 * `current` with `patch` applied: undefined fields are left alone, options merge into the
 * current ones, filters merge as mergeFilters says, `lastError: null` clears the error and
 * `paused: false` removes the mark.
 */
export function applyPatch(current: Link, patch: LinkPatch, now: Date): Link {
  const { options, filters, lastError, delivery, paused, ...rest } = patch;
  const next: Link = {
    ...current,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(filters && { filters: mergeFilters(current.filters, filters) }),
    options: { ...current.options, ...options },
    updatedAt: now.toISOString(),
  };
  // A delivery mode replaces the current one whole: its fields belong to its mode.
  if (delivery?.mode === 'immediate') delete next.delivery;
  else if (delivery) next.delivery = { ...delivery };
  if (lastError === null) delete next.lastError;
  else if (lastError !== undefined) next.lastError = lastError;
  if (paused === true) next.paused = true;
  else if (paused === false) delete next.paused;
  return next;
}

/**
 * Two links with the same key are one too many: the same Teams webhook subscribed twice to one
 * repository (spelt in any case) would post every card twice.
 */
export function uniquenessKey(link: Pick<Link, 'repository' | 'webhookUrl'>): { repositoryKey: string; target: string } {
  return { repositoryKey: repositoryKey(link.repository), target: targetKeyOf(link.webhookUrl) };
}

/** Repositories match case-insensitively, as GitHub's names do. */
export function repositoryKey(repository: string): string {
  return repository.toLowerCase();
}

/**
 * The health patch one delivery's outcome makes, or undefined when it changes nothing (a
 * success on a healthy link, the common case, costs no write). A success clears the count and
 * the error; a failure counts one more. A refusal for good (the webhook is gone) makes the link
 * dead at once; any other failure marks it failing from the `failingAfter`-th in a row, and
 * also a dead link, whose last answer no longer says the webhook is gone.
 */
export function healthAfter(
  current: Pick<Link, 'health' | 'consecutiveFailures' | 'lastError'>,
  outcome: DeliveryOutcomeForHealth,
  failingAfter: number,
): LinkPatch | undefined {
  if (outcome.ok) {
    if (current.consecutiveFailures === 0 && current.health === 'active' && current.lastError === undefined) return undefined;
    return { consecutiveFailures: 0, health: 'active', lastError: null };
  }
  const failures = current.consecutiveFailures + 1;
  const health = outcome.refused ? 'dead' : failures >= failingAfter || current.health === 'dead' ? 'failing' : current.health;
  return { consecutiveFailures: failures, lastError: outcome.error, health };
}
