import type { Octokit } from '@octokit/rest';
import { httpStatus, splitRepository } from '../auth/github-client.js';
import { FEATURES, type Feature } from '../links/features.js';
import { eventsOf } from './event-catalog.js';

/**
 * The GitHub events a repository hook must send for each feature, read from the event catalog so
 * a hook subscribes to exactly the events cards are made from.
 */
export const FEATURE_EVENTS = Object.fromEntries(FEATURES.map((feature) => [feature, eventsOf(feature)])) as unknown as Readonly<
  Record<Feature, readonly string[]>
>;

/** Sorted, de-duplicated GitHub event names for a set of feature lists (`*` wins). */
export function githubEventsFor(featureLists: Array<readonly string[]>): string[] {
  const events = new Set<string>();
  for (const list of featureLists) {
    for (const feature of list) {
      if (feature === '*') return ['*'];
      if ((FEATURES as readonly string[]).includes(feature)) for (const e of FEATURE_EVENTS[feature as Feature]) events.add(e);
    }
  }
  return [...events].sort();
}

export interface HookSpec {
  /** `PUBLIC_URL/api/github/webhooks`: the hook the bridge owns is recognised by this URL. */
  payloadUrl: string;
  secret: string;
  /** GitHub event names, or `['*']`. */
  events: string[];
}

export interface HookResult {
  hookId: number;
  created: boolean;
  events: string[];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  if (a.includes('*') || b.includes('*')) return ['*'];
  return [...new Set([...a, ...b])].sort();
}

/**
 * Makes sure the repository has the bridge's webhook with at least these events: reuses a hook
 * already pointing at our payload URL and widens its events (never narrows them: other links of
 * the repository may need them), or creates one. The secret and content type are (re)set every
 * time so a rotated secret or a hook edited by hand is repaired on the next save.
 */
export async function ensureRepositoryHook(octokit: Octokit, repository: string, spec: HookSpec): Promise<HookResult> {
  const target = splitRepository(repository);
  const hooks = await octokit.paginate(octokit.rest.repos.listWebhooks, { ...target, per_page: 100 });
  const config = { url: spec.payloadUrl, content_type: 'json', secret: spec.secret, insecure_ssl: '0' } as const;
  const existing = hooks.find((h) => h.config?.url === spec.payloadUrl);
  if (existing) {
    const events = union(existing.events, spec.events);
    await octokit.rest.repos.updateWebhook({ ...target, hook_id: existing.id, config, events, active: true });
    return { hookId: existing.id, created: false, events };
  }
  const events = union([], spec.events);
  const { data } = await octokit.rest.repos.createWebhook({ ...target, name: 'web', active: true, events, config });
  return { hookId: data.id, created: true, events };
}

/**
 * Deletes the bridge's hook, found by its payload URL (so a hook id lost with an earlier link
 * does not matter); returns its id, or undefined when the repository has none.
 */
export async function deleteRepositoryHook(octokit: Octokit, repository: string, payloadUrl: string): Promise<number | undefined> {
  const target = splitRepository(repository);
  const hooks = await octokit.paginate(octokit.rest.repos.listWebhooks, { ...target, per_page: 100 });
  const ours = hooks.find((h) => h.config?.url === payloadUrl);
  if (!ours) return undefined;
  try {
    await octokit.rest.repos.deleteWebhook({ ...target, hook_id: ours.id });
  } catch (err) {
    if (httpStatus(err) !== 404) throw err;
  }
  return ours.id;
}
