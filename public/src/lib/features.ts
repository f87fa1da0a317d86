import { byId } from './dom.js';

/** Feature names as the page shows them. */
export const FEATURE_LABELS: Record<string, string> = {
  issues: 'Issues',
  pulls: 'Pull requests',
  commits: 'Commits',
  releases: 'Releases',
  deployments: 'Deployments',
  reviews: 'Reviews',
  comments: 'Comments',
  branches: 'Branches & tags',
  discussions: 'Discussions',
  workflows: 'Workflow runs',
  stars: 'Stars',
  forks: 'Forks',
  security: 'Security alerts',
  wiki: 'Wiki',
  repository: 'Repository changes',
  members: 'Members',
  packages: 'Packages',
};

/** One checkbox per feature; `*` (everything) checks them all. */
export function renderFeatures(features: string[], checked: string[], onChange: () => void): void {
  const box = byId('features');
  const all = checked.includes('*');
  for (const feature of features) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'feature';
    input.value = feature;
    input.checked = all || checked.includes(feature);
    input.addEventListener('change', onChange);
    label.append(input, ' ', FEATURE_LABELS[feature] ?? feature);
    box.append(label);
  }
}

export function selectedFeatures(): string[] {
  return [...byId('features').querySelectorAll<HTMLInputElement>('input[name="feature"]:checked')].map((i) => i.value);
}

/** Everything selected is sent as `*`, so features added later are included too. */
export function featuresForApi(all: string[]): string[] {
  const chosen = selectedFeatures();
  return chosen.length === all.length ? ['*'] : chosen;
}

export function githubEvents(featureEvents: Record<string, string[]>): string[] {
  const events = new Set<string>();
  for (const feature of selectedFeatures()) for (const e of featureEvents[feature] ?? []) events.add(e);
  return [...events].sort();
}
