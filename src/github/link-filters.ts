/**
 * A link's filters (DESIGN §2 "Filters", docs/filters.md) as one pure decision per event:
 * `filterOf(link)(facts)` is undefined when the link wants the event, else the reason, naming the
 * filter ("labels.exclude matched dependencies"). A link's globs are compiled once per version of
 * the link, and what the filters read of an event (`EventFacts`) is read once per event however
 * many links judge it.
 */
import type { GitHubEvent } from '../cards/card.js';
import type { Feature } from '../links/features.js';
import type { Link, LinkFilters } from '../links/link.js';
import { NO_FILTERS } from '../links/link-rules.js';
import { compileGlobs } from '../util/glob.js';
import { actionNameOf } from './event-catalog.js';

/** The ref an event is about, for `branches`, and what kind of ref it is in a reason. */
export interface EventRef {
  name: string;
  kind: 'branch' | 'tag' | 'base branch' | 'head branch';
}

/**
 * A push listing more distinct files than this passes `paths` unjudged: a push that large is a
 * merge that touches most of a tree anyway, and the cap bounds what one 25 MB payload can cost.
 */
export const MAX_PATHS_CHECKED = 10_000;

const LABELLED_BY_ISSUE = new Set(['issues', 'issue_comment']);
const LABELLED_BY_PULL = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What the filters read of one event, each read on first use and then kept. */
export class EventFacts {
  #action?: string | null;
  #ref?: EventRef | null;
  #labels?: { names: string[]; lower: string[] } | null;
  #sender?: { login: string; lower: string; bot: boolean };
  #files?: string[] | null;

  constructor(
    readonly event: GitHubEvent,
    readonly feature: Feature,
  ) {}

  /** The catalog's action name (`merged` for a merged close), null when cards do not depend on it. */
  get action(): string | null {
    return this.#action === undefined ? (this.#action = actionNameOf(this.event)) : this.#action;
  }

  /** Null when the event is about no branch, or does not say which. */
  get ref(): EventRef | null {
    if (this.#ref === undefined) this.#ref = refOf(this.event);
    return this.#ref;
  }

  get defaultBranch(): string | undefined {
    return text(this.event.payload?.repository?.default_branch);
  }

  /** The labels of the issue or pull request the event is about; null for other events. */
  get labels(): { names: string[]; lower: string[] } | null {
    if (this.#labels === undefined) {
      const { name, payload } = this.event;
      const item = LABELLED_BY_ISSUE.has(name) ? payload?.issue : LABELLED_BY_PULL.has(name) ? payload?.pull_request : undefined;
      if (!item || typeof item !== 'object') this.#labels = LABELLED_BY_ISSUE.has(name) || LABELLED_BY_PULL.has(name) ? { names: [], lower: [] } : null;
      else {
        const names = (Array.isArray(item.labels) ? item.labels : []).map((l: any) => text(l?.name)).filter((n: string | undefined): n is string => Boolean(n));
        this.#labels = { names, lower: names.map((n: string) => n.toLowerCase()) };
      }
    }
    return this.#labels;
  }

  /** `sender.login` (GitHub logins are case-insensitive, so also lowered) and whether it is a bot. */
  get sender(): { login: string; lower: string; bot: boolean } {
    if (!this.#sender) {
      const sender = this.event.payload?.sender;
      const login = text(sender?.login) ?? '';
      this.#sender = { login, lower: login.toLowerCase(), bot: sender?.type === 'Bot' || login.toLowerCase().endsWith('[bot]') };
    }
    return this.#sender;
  }

  /** The distinct files a branch push added, modified or removed; null for any other event. */
  get files(): string[] | null {
    if (this.#files === undefined) {
      const { name, payload } = this.event;
      if (name !== 'push' || this.feature !== 'commits') this.#files = null;
      else {
        const files = new Set<string>();
        for (const commit of Array.isArray(payload?.commits) ? payload.commits : []) {
          for (const list of [commit?.added, commit?.modified, commit?.removed]) {
            if (Array.isArray(list)) for (const file of list) if (typeof file === 'string') files.add(file);
          }
        }
        this.#files = [...files];
      }
    }
    return this.#files;
  }
}

/** Pushes and create/delete by their ref; pull requests and their reviews by base; runs and suites by head. */
function refOf({ name, payload }: GitHubEvent): EventRef | null {
  switch (name) {
    case 'push': {
      const ref = text(payload?.ref) ?? '';
      if (ref.startsWith('refs/heads/')) return { name: ref.slice('refs/heads/'.length), kind: 'branch' };
      if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), kind: 'tag' };
      return null;
    }
    case 'create':
    case 'delete': {
      const ref = text(payload?.ref);
      return ref === undefined ? null : { name: ref, kind: payload?.ref_type === 'tag' ? 'tag' : 'branch' };
    }
    case 'pull_request':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const base = text(payload?.pull_request?.base?.ref);
      return base === undefined ? null : { name: base, kind: 'base branch' };
    }
    case 'workflow_run':
    case 'check_suite': {
      // Null for a suite of a fork's pull request or a run whose branch is gone: nothing to match.
      const head = text((name === 'workflow_run' ? payload?.workflow_run : payload?.check_suite)?.head_branch);
      return head === undefined ? null : { name: head, kind: 'head branch' };
    }
    default:
      return null;
  }
}

/** A check of one filter: undefined when the event passes it, else why not. */
type Check = (facts: EventFacts) => string | undefined;

/** Globs in a reason: the first few, so one reason stays one line. */
function listed(items: readonly string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')}, …` : items.join(', ');
}

/** Any-of matcher over globs, case-insensitive when `lower`; `literalBrackets` for logins (`renovate[bot]`). */
function anyOf(globs: readonly string[], opts: { lower?: boolean; literalBrackets?: boolean } = {}) {
  const prepared = globs.map((g) => {
    const cased = opts.lower ? g.toLowerCase() : g;
    return opts.literalBrackets ? cased.replace(/[[\]]/g, '\\$&') : cased;
  });
  return compileGlobs(prepared);
}

function actionsCheck(actions: LinkFilters['actions']): Check | undefined {
  const wanted = new Map(Object.entries(actions).map(([feature, names]) => [feature, new Set(names)]));
  if (wanted.size === 0) return undefined;
  return (facts) => {
    const names = wanted.get(facts.feature);
    const action = names && facts.action;
    // An event whose card does not depend on its action (a repository made public) has no name to list.
    return action && !names.has(action) ? `actions.${facts.feature} does not list ${action}` : undefined;
  };
}

function branchesCheck(branches: readonly string[]): Check {
  if (branches.length === 0) {
    return (facts) => {
      const ref = facts.ref;
      if (facts.feature !== 'commits' || !ref || ref.name === facts.defaultBranch) return undefined;
      return `branches is empty, so commits follow the default branch ${facts.defaultBranch ?? '(unknown)'}, not ${ref.name}`;
    };
  }
  const follows = compileGlobs(branches);
  return (facts) => {
    const ref = facts.ref;
    return ref && !follows(ref.name) ? `branches do not follow the ${ref.kind} ${ref.name} (${listed(branches)})` : undefined;
  };
}

function authorsCheck({ include, exclude, bots }: LinkFilters['authors']): Check[] {
  const checks: Check[] = [];
  if (!bots) checks.push((facts) => (facts.sender.bot ? `authors.bots is false and ${facts.sender.login} is a bot` : undefined));
  if (exclude.length) {
    const excluded = anyOf(exclude, { lower: true, literalBrackets: true });
    checks.push((facts) => (excluded(facts.sender.lower) ? `authors.exclude matched ${facts.sender.login}` : undefined));
  }
  if (include.length) {
    const included = anyOf(include, { lower: true, literalBrackets: true });
    checks.push((facts) => (included(facts.sender.lower) ? undefined : `authors.include did not match ${facts.sender.login || 'an event without a sender'}`));
  }
  return checks;
}

function labelsCheck({ include, exclude }: LinkFilters['labels']): Check[] {
  const checks: Check[] = [];
  if (exclude.length) {
    const excluded = anyOf(exclude, { lower: true });
    checks.push((facts) => {
      const labels = facts.labels;
      if (labels) for (let i = 0; i < labels.lower.length; i++) if (excluded(labels.lower[i])) return `labels.exclude matched ${labels.names[i]}`;
      return undefined;
    });
  }
  if (include.length) {
    const included = anyOf(include, { lower: true });
    checks.push((facts) => {
      const labels = facts.labels;
      if (!labels) return undefined;
      for (const label of labels.lower) if (included(label)) return undefined;
      return labels.names.length ? `labels.include matched none of its labels (${listed(labels.names)})` : 'labels.include is set and it has no labels';
    });
  }
  return checks;
}

function pathsCheck(paths: readonly string[]): Check | undefined {
  if (paths.length === 0) return undefined;
  const wanted = compileGlobs(paths);
  return (facts) => {
    const files = facts.files;
    if (!files) return undefined;
    if (files.length > MAX_PATHS_CHECKED) return undefined;
    for (const file of files) if (wanted(file)) return undefined;
    return files.length ? `paths matched none of the ${files.length} files this push changed (${listed(paths)})` : 'paths is set and this push changed no files';
  };
}

/** One link's filters, compiled: actions first (cheapest), paths last (a push may list many files). */
function compile(branches: readonly string[], filters: LinkFilters): Check {
  const checks = [
    actionsCheck(filters.actions),
    branchesCheck(branches),
    ...authorsCheck(filters.authors),
    ...labelsCheck(filters.labels),
    pathsCheck(filters.paths),
  ].filter((c): c is Check => c !== undefined);
  if (checks.length === 1) return checks[0]!;
  return (facts) => {
    for (const check of checks) {
      const reason = check(facts);
      if (reason) return reason;
    }
    return undefined;
  };
}

interface Compiled {
  source: Link;
  /** What the check was compiled from, compared when a store hands out a new object for the same link. */
  key: string;
  check: Check;
}

/** Bounds the cache of links deleted since: it starts afresh past this many. */
const MAX_COMPILED = 100_000;
const compiled = new Map<string, Compiled>();

/**
 * The compiled filters of a link, by link id. The link cache and the embedded store hand out the
 * same object until a link changes, so the usual lookup is one identity check. A store that hands
 * out copies gets the compiled check back when its filters read the same; `updatedAt` alone would
 * not do, as two patches within one millisecond share it.
 */
export function filterOf(link: Link): Check {
  const hit = compiled.get(link.id);
  if (hit?.source === link) return hit.check;
  const filters = link.filters ?? NO_FILTERS;
  const key = JSON.stringify([link.branches, filters]);
  if (hit?.key === key) {
    hit.source = link;
    return hit.check;
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  const check = compile(link.branches, filters);
  compiled.set(link.id, { source: link, key, check });
  return check;
}
