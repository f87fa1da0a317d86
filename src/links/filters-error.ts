/**
 * Why a link's filters are refused, naming the field, or undefined when they are accepted. The
 * JSON schema (link-schema.ts) has already checked types and caps; this checks what it cannot
 * say clearly: glob syntax, login spelling and action names (read from the event catalog).
 */
import { actionsOf } from '../github/event-catalog.js';
import { globListError } from '../util/glob.js';
import { FEATURES, isFeature } from './features.js';
import type { LinkFiltersInput } from './link.js';

/** A login (letters, digits, `-`, and `_`/`.` on Enterprise), with `*` and `?`, and GitHub Apps' `[bot]` at the end. */
const AUTHOR = /^[A-Za-z0-9_.*?-]+(?:\[bot\])?$/;

/** Lists whose exclusions have their own list, so a leading `!` there is a mistake. */
function noBang(field: string, globs: readonly string[] | undefined, instead: string): string | undefined {
  const bang = globs?.find((g) => g.startsWith('!'));
  return bang === undefined ? undefined : `${field}: ${JSON.stringify(bang)} starts with !, which only branches and paths take; ${instead}`;
}

function labelsError(labels: LinkFiltersInput['labels']): string | undefined {
  return (
    noBang('filters.labels.include', labels?.include, 'list labels to leave out under filters.labels.exclude') ??
    noBang('filters.labels.exclude', labels?.exclude, 'filters.labels.exclude already leaves out what it lists') ??
    globListError('filters.labels.include', labels?.include) ??
    globListError('filters.labels.exclude', labels?.exclude)
  );
}

function authorsError(authors: LinkFiltersInput['authors']): string | undefined {
  for (const field of ['include', 'exclude'] as const) {
    const name = `filters.authors.${field}`;
    const bad = authors?.[field]?.find((login) => !AUTHOR.test(login));
    if (bad === undefined) continue;
    if (bad.startsWith('!')) return noBang(name, [bad], 'list logins to leave out under filters.authors.exclude');
    return `${name}: ${JSON.stringify(bad)} is not a login or a login glob: letters, digits, -, _, ., * and ?, with [bot] at the end for an app`;
  }
  return undefined;
}

function pathsError(paths: readonly string[] | undefined): string | undefined {
  const rooted = paths?.find((p) => p.replace(/^!/, '').startsWith('/'));
  if (rooted !== undefined) {
    const relative = rooted.replace(/^(!?)\/+/, '$1');
    return `filters.paths: ${JSON.stringify(rooted)} starts with /; paths are relative to the repository root (write ${JSON.stringify(relative)})`;
  }
  return globListError('filters.paths', paths);
}

function actionsError(actions: LinkFiltersInput['actions']): string | undefined {
  for (const [feature, names] of Object.entries(actions ?? {})) {
    if (!isFeature(feature)) return `filters.actions: unknown feature ${JSON.stringify(feature)}; features are ${FEATURES.join(', ')}`;
    const known: readonly string[] = actionsOf(feature);
    if (known.length === 0 && names?.length) return `filters.actions.${feature}: ${feature} events have no actions to choose from; leave it out`;
    const unknown = names?.find((name) => !known.includes(name));
    if (unknown !== undefined) return `filters.actions.${feature}: unknown action ${JSON.stringify(unknown)}; ${feature} actions are ${known.join(', ')}`;
  }
  return undefined;
}

export function filtersError(filters: LinkFiltersInput | undefined): string | undefined {
  if (!filters) return undefined;
  return labelsError(filters.labels) ?? authorsError(filters.authors) ?? pathsError(filters.paths) ?? actionsError(filters.actions);
}
