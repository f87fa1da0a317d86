/**
 * The "Advanced" section of the configuration page: branches and the filters of DESIGN §2, as
 * form fields, and back. Lists are typed comma-separated; action checkboxes come from the
 * server's catalog (`featureActions` of /api/teams/settings), one group per feature that has
 * actions, shown while that feature is chosen.
 */
import { byId } from './dom.js';
import { FEATURE_LABELS } from './features.js';
import type { LinkFilters } from './filter-sentence.js';

const NO_FILTERS: LinkFilters = { labels: { include: [], exclude: [] }, authors: { include: [], exclude: [], bots: true }, paths: [], actions: {} };

const input = (id: string) => byId<HTMLInputElement>(id);

function globs(id: string): string[] {
  return input(id)
    .value.split(',')
    .map((g) => g.trim())
    .filter(Boolean);
}

function setGlobs(id: string, values: string[]): void {
  input(id).value = values.join(', ');
}

/** One group of action checkboxes per feature that has actions; none ticked means every action. */
export function renderActionGroups(featureActions: Record<string, string[]>, onChange: () => void): void {
  const box = byId('action-filters');
  for (const [feature, actions] of Object.entries(featureActions)) {
    const group = document.createElement('fieldset');
    group.className = 'action-group';
    group.dataset.feature = feature;
    const legend = document.createElement('legend');
    legend.textContent = FEATURE_LABELS[feature] ?? feature;
    group.append(legend);
    for (const action of actions) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = `action-${feature}`;
      box.value = action;
      box.addEventListener('change', onChange);
      label.append(box, ' ', action.replace(/_/g, ' '));
      group.append(label);
    }
    box.append(group);
  }
}

/** Shows the action groups of the chosen features only; hidden ones keep their ticks. */
export function showActionGroups(features: string[]): void {
  const groups = [...byId('action-filters').querySelectorAll<HTMLFieldSetElement>('fieldset[data-feature]')];
  for (const group of groups) group.hidden = !features.includes(group.dataset.feature!);
  byId('action-filters-field').hidden = groups.every((g) => g.hidden);
}

/** The form's branches and filters; author includes are not on the page and are kept as they are. */
export function readFilters(current: LinkFilters | undefined): { branches: string[]; filters: LinkFilters } {
  const actions: Record<string, string[]> = {};
  for (const group of byId('action-filters').querySelectorAll<HTMLFieldSetElement>('fieldset[data-feature]')) {
    actions[group.dataset.feature!] = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  }
  return {
    branches: globs('branches'),
    filters: {
      labels: { include: globs('labels-include'), exclude: globs('labels-exclude') },
      authors: { include: current?.authors.include ?? [], exclude: globs('authors-exclude'), bots: input('authors-bots').checked },
      paths: globs('paths'),
      actions,
    },
  };
}

/** Fills the section from a saved link (it stays collapsed: the sentence above it says what is set). */
export function fillFilters(branches: string[], filters: LinkFilters = NO_FILTERS): void {
  setGlobs('branches', branches);
  setGlobs('labels-include', filters.labels.include);
  setGlobs('labels-exclude', filters.labels.exclude);
  setGlobs('authors-exclude', filters.authors.exclude);
  input('authors-bots').checked = filters.authors.bots;
  setGlobs('paths', filters.paths);
  for (const group of byId('action-filters').querySelectorAll<HTMLFieldSetElement>('fieldset[data-feature]')) {
    const wanted = filters.actions[group.dataset.feature!] ?? [];
    for (const box of group.querySelectorAll<HTMLInputElement>('input')) box.checked = wanted.includes(box.value);
  }
}
