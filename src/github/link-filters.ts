/**
 * A link's filters (DESIGN §2 "Filters", docs/filters.md) as one pure decision per event:
 * `filterOf(link).reasonFor(facts)` is undefined when the link wants the event, else the reason,
 * naming the filter ("labels.exclude matched dependencies"). A link's globs are compiled once
 * per version of the link, and what the filters read of an event (`EventFacts`) is read once per
 * event however many links judge it.
 */
import type { GitHubEvent } from '../cards/card.js';
import type { Feature } from '../links/features.js';
import type { Link, LinkFilters } from '../links/link.js';
import { NO_FILTERS } from '../links/link-rules.js';
import { compileGlobs } from '../util/glob.js';
import { actionNameOf, actionsOf } from './event-catalog.js';

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

/** Globs in a reason: the first few, so one reason stays one line. */
function listed(items: readonly string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')}, …` : items.join(', ');
}

type Matcher = (input: string) => boolean;

const ANNOUNCED = new Map<Feature, ReadonlySet<string>>();
/** The action names of a feature that make cards, which are the ones a link can list. */
function announced(feature: Feature): ReadonlySet<string> {
  let names = ANNOUNCED.get(feature);
  if (!names) ANNOUNCED.set(feature, (names = new Set(actionsOf(feature))));
  return names;
}

/** A plain loop: `Array.some` would hand the matcher an index as its second argument. */
function anyMatches(match: Matcher, inputs: readonly string[]): boolean {
  for (const input of inputs) if (match(input)) return true;
  return false;
}

/** Undefined for an empty list (no filter); case-insensitive when `lower`; `literalBrackets` for logins (`renovate[bot]`). */
function matcher(globs: readonly string[], opts: { lower?: boolean; literalBrackets?: boolean } = {}): Matcher | undefined {
  if (globs.length === 0) return undefined;
  const prepared = globs.map((g) => {
    const cased = opts.lower ? g.toLowerCase() : g;
    return opts.literalBrackets ? cased.replace(/[[\]]/g, '\\$&') : cased;
  });
  return compileGlobs(prepared);
}

/**
 * One link's filters, compiled. One class with one method rather than a closure per filter:
 * routing calls this for every link of a repository on every event, and one call site that
 * always meets the same code stays fast. Order: actions (cheapest), branches, authors, labels,
 * paths (a push may list many files); the first filter that drops the event names itself.
 */
class LinkFilter {
  private readonly actions?: Map<string, Set<string>>;
  private readonly branches?: Matcher;
  private readonly noBots: boolean;
  private readonly authorsExclude?: Matcher;
  private readonly authorsInclude?: Matcher;
  private readonly labelsExclude?: Matcher;
  private readonly labelsInclude?: Matcher;
  private readonly paths?: Matcher;

  constructor(
    private readonly branchGlobs: readonly string[],
    private readonly filters: LinkFilters,
  ) {
    const actions = Object.entries(filters.actions).filter(([, names]) => names?.length);
    if (actions.length) this.actions = new Map(actions.map(([feature, names]) => [feature, new Set(names)]));
    this.branches = matcher(branchGlobs);
    this.noBots = !filters.authors.bots;
    this.authorsExclude = matcher(filters.authors.exclude, { lower: true, literalBrackets: true });
    this.authorsInclude = matcher(filters.authors.include, { lower: true, literalBrackets: true });
    this.labelsExclude = matcher(filters.labels.exclude, { lower: true });
    this.labelsInclude = matcher(filters.labels.include, { lower: true });
    this.paths = matcher(filters.paths);
  }

  /** Undefined when the link wants the event, else why not, naming the filter. */
  reasonFor(facts: EventFacts): string | undefined {
    if (this.actions) {
      const names = this.actions.get(facts.feature);
      const action = names && facts.action;
      // An event whose card does not depend on its action (a repository made public) has no name
      // to list; an action the catalog never announces (an edit) is left to say so itself.
      if (action && !names.has(action) && announced(facts.feature).has(action)) return `actions.${facts.feature} does not list ${action}`;
    }

    const ref = facts.ref;
    if (ref && this.branches && !this.branches(ref.name)) return `branches do not follow the ${ref.kind} ${ref.name} (${listed(this.branchGlobs)})`;
    if (ref && !this.branches && facts.feature === 'commits' && ref.name !== facts.defaultBranch) {
      return `branches is empty, so commits follow the default branch ${facts.defaultBranch ?? '(unknown)'}, not ${ref.name}`;
    }

    if (this.noBots || this.authorsExclude || this.authorsInclude) {
      const sender = facts.sender;
      if (this.noBots && sender.bot) return `authors.bots is false and ${sender.login} is a bot`;
      if (this.authorsExclude?.(sender.lower)) return `authors.exclude matched ${sender.login}`;
      if (this.authorsInclude && !this.authorsInclude(sender.lower)) return `authors.include did not match ${sender.login || 'an event without a sender'}`;
    }

    if (this.labelsExclude || this.labelsInclude) {
      const labels = facts.labels;
      if (labels) {
        const { names, lower } = labels;
        if (this.labelsExclude) for (let i = 0; i < lower.length; i++) if (this.labelsExclude(lower[i])) return `labels.exclude matched ${names[i]}`;
        if (this.labelsInclude && !anyMatches(this.labelsInclude, lower)) {
          return names.length ? `labels.include matched none of its labels (${listed(names)})` : 'labels.include is set and it has no labels';
        }
      }
    }

    if (this.paths) {
      const files = facts.files;
      if (files && files.length <= MAX_PATHS_CHECKED && !anyMatches(this.paths, files)) {
        return files.length ? `paths matched none of the ${files.length} files this push changed (${listed(this.filters.paths)})` : 'paths is set and this push changed no files';
      }
    }
    return undefined;
  }
}

interface Compiled {
  source: Link;
  /** What the filter was compiled from, compared when a store hands out a new object for the same link. */
  key: string;
  filter: LinkFilter;
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
export function filterOf(link: Link): LinkFilter {
  const hit = compiled.get(link.id);
  if (hit?.source === link) return hit.filter;
  const filters = link.filters ?? NO_FILTERS;
  const key = JSON.stringify([link.branches, filters]);
  if (hit?.key === key) {
    hit.source = link;
    return hit.filter;
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  const filter = new LinkFilter(link.branches, filters);
  compiled.set(link.id, { source: link, key, filter });
  return filter;
}
