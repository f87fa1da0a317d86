import type { Feature } from '../links/features.js';
import { FEATURES } from '../links/features.js';

/**
 * The GitHub webhook events a repository hook must send for each feature a link subscribes to.
 * It is the reverse of the card renderers' event → feature map, kept here because hook
 * management needs it before any event arrives.
 */
export const FEATURE_EVENTS: Record<Feature, readonly string[]> = {
  issues: ['issues'],
  pulls: ['pull_request'],
  commits: ['push'],
  releases: ['release'],
  deployments: ['deployment', 'deployment_status'],
  reviews: ['pull_request_review', 'pull_request_review_thread'],
  comments: ['issue_comment', 'commit_comment', 'pull_request_review_comment', 'discussion_comment'],
  branches: ['create', 'delete'],
  discussions: ['discussion'],
  workflows: ['workflow_run'],
  stars: ['star'],
  forks: ['fork'],
  security: ['dependabot_alert', 'code_scanning_alert', 'secret_scanning_alert', 'repository_advisory'],
  wiki: ['gollum'],
  repository: ['repository', 'public'],
  members: ['member'],
  packages: ['package'],
};

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
