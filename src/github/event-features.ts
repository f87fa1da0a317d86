import type { Feature } from '../links/features.js';

/** Events received but never routed, each with the reason that is logged. */
export { IGNORED_EVENTS } from '../cards/ignored-events.js';

/**
 * Which link feature (DESIGN §2) each GitHub event belongs to, so a link's `events` decides what
 * it receives. Data, not code: one row per event; `push` alone splits by ref because a tag push
 * is release news, not commit news (GitHub's own chat apps file tags under `branches`).
 * Events absent here are not routed: IGNORED_EVENTS says why for each one we know of; the
 * actions ignored within routed events are listed beside their renderers (EVENT_ROUTES).
 */
export const EVENT_FEATURES: Readonly<Record<string, Feature | { branch: Feature; tag: Feature }>> = {
  issues: 'issues',
  pull_request: 'pulls',
  push: { branch: 'commits', tag: 'branches' },
  create: 'branches',
  delete: 'branches',
  release: 'releases',
  deployment_status: 'deployments',
  pull_request_review: 'reviews',
  pull_request_review_comment: 'comments',
  issue_comment: 'comments',
  commit_comment: 'comments',
  discussion: 'discussions',
  discussion_comment: 'discussions',
  workflow_run: 'workflows',
  check_suite: 'workflows',
  watch: 'stars',
  fork: 'forks',
  dependabot_alert: 'security',
  code_scanning_alert: 'security',
  secret_scanning_alert: 'security',
  repository_advisory: 'security',
  gollum: 'wiki',
  repository: 'repository',
  public: 'repository',
  milestone: 'repository',
  member: 'members',
  package: 'packages',
  registry_package: 'packages',
};

/** The feature an event belongs to, or null when the bridge does not route that event at all. */
export function featureOf(name: string, payload: any): Feature | null {
  if (!Object.hasOwn(EVENT_FEATURES, name)) return null;
  const entry = EVENT_FEATURES[name];
  if (typeof entry === 'string') return entry;
  const ref = typeof payload?.ref === 'string' ? payload.ref : '';
  return ref.startsWith('refs/tags/') ? entry.tag : entry.branch;
}

/** GitHub events a repository webhook must send for a feature: the reverse of EVENT_FEATURES. */
export function eventsOf(feature: Feature): string[] {
  return Object.entries(EVENT_FEATURES)
    .filter(([, entry]) => (typeof entry === 'string' ? entry === feature : entry.branch === feature || entry.tag === feature))
    .map(([name]) => name)
    .sort();
}
