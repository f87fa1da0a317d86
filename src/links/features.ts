/**
 * Feature names a link subscribes to. They follow the convention of GitHub's own chat apps
 * (`/github subscribe owner/repo issues pulls …`), which repo owners already know.
 */
export const FEATURES = [
  'issues',
  'pulls',
  'commits',
  'releases',
  'deployments',
  'reviews',
  'comments',
  'branches',
  'discussions',
  'workflows',
  'stars',
  'forks',
  'security',
  'wiki',
  'repository',
  'members',
  'packages',
] as const;

export type Feature = (typeof FEATURES)[number];

export const DEFAULT_FEATURES: readonly Feature[] = ['issues', 'pulls', 'commits', 'releases', 'deployments'];

export function isFeature(value: string): value is Feature {
  return (FEATURES as readonly string[]).includes(value);
}
