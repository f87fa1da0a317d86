import { checkSuiteActions, deploymentStatus, workflowRunActions } from '../cards/ci.js';
import { commitCommentActions, discussionCommentActions, issueCommentActions } from '../cards/comments.js';
import { discussionActions } from '../cards/discussion.js';
import { issueActions } from '../cards/issues.js';
import { milestoneActions } from '../cards/milestone.js';
import { packageActions, registryPackageActions } from '../cards/package.js';
import type { ActionRenderers, Context, Outcome, Renderer } from '../cards/payload.js';
import { isMerged, pullRequestActions, reviewActions, reviewCommentActions } from '../cards/pull-request.js';
import { create, push, remove } from '../cards/push.js';
import { releaseActions } from '../cards/release.js';
import { fork, memberActions, publicized, repositoryActions, watchActions } from '../cards/repository.js';
import { codeScanningActions, dependabotActions, repositoryAdvisoryActions, secretScanningActions } from '../cards/security.js';
import { gollum } from '../cards/wiki.js';
import type { Feature } from '../links/features.js';
import type { ActionOf, EventName, PayloadView } from './event-types.js';

/**
 * The event catalog: every GitHub webhook event, and what the bridge does with it. An event is
 * either announced (the link feature it belongs to, and the renderer of its card or one renderer
 * per action, with every other action ignored for a stated reason) or ignored as a whole, with
 * the reason the webhook answer gives. Routing (featureOf), hook subscriptions (eventsOf),
 * rendering (render.ts), the filters' action names (actionsOf, actionNameOf) and docs/cards.md
 * are all read from this one table.
 *
 * Keys are @octokit/webhooks' event names and the table must name every one of them, so a
 * misspelt event or action fails to compile, and so does a new GitHub event nobody classified.
 */

/** `push` alone splits: a tag push is release news, filed under `branches` as GitHub's chat apps do. */
export type FeatureRule = Feature | { readonly branch: Feature; readonly tag: Feature };

/** What docs/cards.md says about an announced event beyond its action names. */
export interface EventDoc<E extends EventName> {
  /** What the cards announce, for an event without actions. */
  readonly cards?: Sided;
  /** A word on what the card of an action says, e.g. `closed`: "merged / closed without merge". */
  readonly notes?: { readonly [A in ActionOf<E>]?: string };
  /** What a renderer skips depending on the payload, e.g. draft releases. */
  readonly skips?: Sided;
}

/** A text, or one per side of a split feature. */
export type Sided = string | { readonly branch: string; readonly tag: string };

/**
 * Action names that mean one action with a given payload, for filters: `merged` is a
 * `pull_request.closed` whose pull request was merged. The base name (`closed`) then names only
 * the other cases, so "closed" and "merged" never both match one event.
 */
export type NamedCases<E extends EventName> = {
  readonly [name: string]: { readonly action: ActionOf<E>; readonly when: (payload: PayloadView<E>) => boolean };
};

/** An event that produces cards: one renderer for the whole event, or one per action. */
export type AnnouncedEvent<E extends EventName> =
  | { readonly feature: FeatureRule; readonly render: Renderer<E>; readonly doc: EventDoc<E> }
  | {
      readonly feature: FeatureRule;
      readonly actions: ActionRenderers<E>;
      /** Every other action GitHub sends, with why it makes no card. */
      readonly ignoredActions: { readonly [A in ActionOf<E>]?: string };
      readonly cases?: NamedCases<E>;
      readonly doc: EventDoc<E>;
    };

/** An event the bridge never announces, and why (the reason is logged and answered). */
export interface IgnoredEvent {
  readonly ignored: string;
}

export type CatalogEntry<E extends EventName> = AnnouncedEvent<E> | IgnoredEvent;
export type Catalog = { readonly [E in EventName]: CatalogEntry<E> };

const EDITED = 'an edit repeats a card already sent';
const DELETED = 'removing something is housekeeping';
const TRIAGE = 'triage bookkeeping';
const UNDO_TRIAGE = 'undoing triage is bookkeeping';
const PR_TRIAGE = 'triage bookkeeping (the cards show the current labels, assignees and milestone)';
const MODERATION = 'conversation moderation';
const PINNING = 'pinning arranges a page, it is not news';
const SETTINGS = 'settings change, not activity';
const UNTIL_COMPLETED = 'announced once, when it completes';
const GITHUB_APP = 'GitHub App lifecycle';
const ORGANIZATION = 'organization administration';
const TEAMS = 'organization team administration';
const CLASSIC_PROJECTS = 'classic projects are retired';
const PROJECT_BOARDS = 'project boards are not repository activity';
const MACHINE = 'machine-to-machine trigger';

export const EVENT_CATALOG = {
  issues: {
    feature: 'issues',
    actions: issueActions,
    ignoredActions: {
      edited: EDITED,
      unassigned: UNDO_TRIAGE,
      unlabeled: UNDO_TRIAGE,
      demilestoned: UNDO_TRIAGE,
      typed: TRIAGE,
      untyped: UNDO_TRIAGE,
      locked: MODERATION,
      unlocked: MODERATION,
      pinned: PINNING,
      unpinned: PINNING,
    },
    doc: { notes: { closed: 'completed / not planned' } },
  },
  pull_request: {
    feature: 'pulls',
    actions: pullRequestActions,
    ignoredActions: {
      assigned: PR_TRIAGE,
      unassigned: PR_TRIAGE,
      labeled: PR_TRIAGE,
      unlabeled: PR_TRIAGE,
      milestoned: PR_TRIAGE,
      demilestoned: PR_TRIAGE,
      edited: EDITED,
      locked: MODERATION,
      unlocked: MODERATION,
      converted_to_draft: 'a draft is announced again when it is ready for review',
      review_request_removed: 'a withdrawn review request is bookkeeping',
      auto_merge_enabled: 'auto-merge settings (the merge itself is announced)',
      auto_merge_disabled: 'auto-merge settings (the merge itself is announced)',
      enqueued: 'merge queue internals (the merge itself is announced)',
      dequeued: 'merge queue internals (the merge itself is announced)',
    },
    cases: { merged: { action: 'closed', when: isMerged } },
    doc: {
      notes: {
        opened: 'draft noted',
        closed: 'merged / closed without merge',
        review_requested: 'who was asked',
        synchronize: 'only with the link option',
      },
      skips: 'drafts (opened, reopened, review requested, closed) unless the link option is on',
    },
  },
  push: {
    feature: { branch: 'commits', tag: 'branches' },
    render: push,
    doc: {
      cards: { branch: 'commits, new branch, force push, branch deletion', tag: 'tag pushed, moved or deleted' },
      skips: { branch: 'a push with no commits that neither creates, deletes nor forces', tag: '' },
    },
  },
  create: { feature: 'branches', render: create, doc: { cards: 'branch or tag created' } },
  delete: { feature: 'branches', render: remove, doc: { cards: 'branch or tag deleted' } },
  release: {
    feature: 'releases',
    actions: releaseActions,
    ignoredActions: {
      created: 'duplicates published',
      released: 'duplicates published',
      edited: EDITED,
      deleted: DELETED,
      unpublished: DELETED,
    },
    doc: { skips: 'draft releases always, and a pre-release’s published (its prereleased is announced)' },
  },
  deployment_status: {
    feature: 'deployments',
    render: deploymentStatus,
    doc: { cards: 'success, failure, error', skips: 'pending, queued, in_progress, inactive (intermediate states)' },
  },
  pull_request_review: {
    feature: 'reviews',
    actions: reviewActions,
    ignoredActions: {
      edited: 'GitHub repeats a submitted review as an edit, often with the same empty body',
      dismissed: 'a dismissed review is bookkeeping',
    },
    doc: { notes: { submitted: 'approved, changes requested, commented with a body' }, skips: 'an empty "commented" review' },
  },
  pull_request_review_comment: {
    feature: 'comments',
    actions: reviewCommentActions,
    ignoredActions: { edited: EDITED, deleted: DELETED },
    doc: {},
  },
  issue_comment: {
    feature: 'comments',
    actions: issueCommentActions,
    ignoredActions: { edited: EDITED, deleted: DELETED },
    doc: { notes: { created: 'says whether on an issue or a pull request' } },
  },
  commit_comment: { feature: 'comments', actions: commitCommentActions, ignoredActions: {}, doc: {} },
  discussion: {
    feature: 'discussions',
    actions: discussionActions,
    ignoredActions: {
      edited: EDITED,
      deleted: DELETED,
      labeled: TRIAGE,
      unlabeled: UNDO_TRIAGE,
      category_changed: TRIAGE,
      transferred: TRIAGE,
      unanswered: 'taking back an answer is bookkeeping',
      locked: MODERATION,
      unlocked: MODERATION,
      pinned: PINNING,
      unpinned: PINNING,
    },
    doc: {},
  },
  discussion_comment: {
    feature: 'discussions',
    actions: discussionCommentActions,
    ignoredActions: { edited: EDITED, deleted: DELETED },
    doc: {},
  },
  workflow_run: {
    feature: 'workflows',
    actions: workflowRunActions,
    ignoredActions: { requested: UNTIL_COMPLETED, in_progress: UNTIL_COMPLETED },
    doc: {
      notes: { completed: 'failure, timed out, startup failure, action required; success only with the link option' },
      skips: 'cancelled, skipped, neutral and stale runs',
    },
  },
  check_suite: {
    feature: 'workflows',
    actions: checkSuiteActions,
    ignoredActions: { requested: UNTIL_COMPLETED, rerequested: UNTIL_COMPLETED },
    doc: {
      notes: { completed: 'with a failing conclusion' },
      skips: 'successful suites, and GitHub Actions suites (their workflow_run card says more)',
    },
  },
  watch: { feature: 'stars', actions: watchActions, ignoredActions: {}, doc: {} },
  fork: { feature: 'forks', render: fork, doc: { cards: 'every fork' } },
  dependabot_alert: { feature: 'security', actions: dependabotActions, ignoredActions: {}, doc: {} },
  code_scanning_alert: {
    feature: 'security',
    actions: codeScanningActions,
    ignoredActions: { appeared_in_branch: 'the same alert, found on another branch', updated_assignment: TRIAGE },
    doc: {},
  },
  secret_scanning_alert: {
    feature: 'security',
    actions: secretScanningActions,
    ignoredActions: { validated: 'a validity check of a secret already announced', assigned: TRIAGE, unassigned: UNDO_TRIAGE },
    doc: { notes: { created: "the secret's type, never its value" } },
  },
  repository_advisory: { feature: 'security', actions: repositoryAdvisoryActions, ignoredActions: {}, doc: {} },
  gollum: { feature: 'wiki', render: gollum, doc: { cards: 'pages created or edited' } },
  repository: {
    feature: 'repository',
    actions: repositoryActions,
    ignoredActions: { edited: SETTINGS, privatized: SETTINGS, publicized: 'the public event announces it' },
    doc: {},
  },
  public: { feature: 'repository', render: publicized, doc: { cards: 'repository made public' } },
  milestone: {
    feature: 'repository',
    actions: milestoneActions,
    ignoredActions: {
      created: 'planning bookkeeping (a closed milestone is announced)',
      opened: 'planning bookkeeping (a closed milestone is announced)',
      edited: EDITED,
      deleted: DELETED,
    },
    doc: {},
  },
  member: { feature: 'members', actions: memberActions, ignoredActions: { edited: SETTINGS }, doc: {} },
  package: {
    feature: 'packages',
    actions: packageActions,
    ignoredActions: { updated: 'a published version is announced once' },
    doc: {},
  },
  registry_package: {
    feature: 'packages',
    actions: registryPackageActions,
    ignoredActions: { updated: 'a published version is announced once' },
    doc: {},
  },

  ping: { ignored: 'webhook set-up check, answered by the webhook route' },
  star: { ignored: 'stars are announced from the watch event (GitHub sends both)' },
  check_run: { ignored: 'single checks are too fine-grained; failed suites and workflow runs are announced' },
  workflow_job: { ignored: 'single jobs are too fine-grained; workflow runs are announced' },
  deployment: { ignored: 'deployments are announced by their final deployment_status' },
  deployment_review: { ignored: 'deployment reviews are not announced yet' },
  deployment_protection_rule: { ignored: 'a question to a protection rule app, not news' },
  status: { ignored: 'commit statuses are too fine-grained; check suites and workflow runs are announced' },
  pull_request_review_thread: { ignored: 'thread resolution is bookkeeping' },
  issue_dependencies: { ignored: 'issue relationships are not announced yet' },
  sub_issues: { ignored: 'issue relationships are not announced yet' },
  label: { ignored: 'label definitions are housekeeping' },
  branch_protection_rule: { ignored: SETTINGS },
  branch_protection_configuration: { ignored: SETTINGS },
  repository_ruleset: { ignored: SETTINGS },
  security_and_analysis: { ignored: SETTINGS },
  custom_property_values: { ignored: SETTINGS },
  deploy_key: { ignored: SETTINGS },
  meta: { ignored: 'webhook settings change' },
  merge_group: { ignored: 'merge queue internals' },
  page_build: { ignored: 'Pages builds are announced through workflow runs' },
  repository_dispatch: { ignored: MACHINE },
  workflow_dispatch: { ignored: MACHINE },
  repository_import: { ignored: 'one-off import progress' },
  repository_vulnerability_alert: { ignored: 'deprecated by GitHub; dependabot_alert is announced' },
  security_advisory: { ignored: 'global advisory database feed, not about this repository' },
  secret_scanning_alert_location: { ignored: 'more places of a secret already announced by secret_scanning_alert' },
  secret_scanning_scan: { ignored: 'scan bookkeeping; the alerts it finds are announced' },
  installation: { ignored: GITHUB_APP },
  installation_repositories: { ignored: GITHUB_APP },
  installation_target: { ignored: GITHUB_APP },
  github_app_authorization: { ignored: GITHUB_APP },
  personal_access_token_request: { ignored: ORGANIZATION },
  marketplace_purchase: { ignored: 'GitHub Marketplace billing' },
  sponsorship: { ignored: 'sponsorships are personal, not repository activity' },
  organization: { ignored: ORGANIZATION },
  org_block: { ignored: ORGANIZATION },
  custom_property: { ignored: ORGANIZATION },
  membership: { ignored: TEAMS },
  team: { ignored: TEAMS },
  team_add: { ignored: TEAMS },
  project: { ignored: CLASSIC_PROJECTS },
  project_card: { ignored: CLASSIC_PROJECTS },
  project_column: { ignored: CLASSIC_PROJECTS },
  projects_v2: { ignored: PROJECT_BOARDS },
  projects_v2_item: { ignored: PROJECT_BOARDS },
  projects_v2_status_update: { ignored: PROJECT_BOARDS },
} as const satisfies Catalog;

/**
 * The catalog as dispatch code sees it: a name from the network looked up among all entries.
 * Renderers take their own event's payload view; the payload they get here is unchecked JSON,
 * which is why every renderer reads defensively.
 */
export interface EntryView {
  readonly feature?: FeatureRule;
  readonly render?: (payload: any, ctx: Context) => Outcome;
  readonly actions?: { readonly [action: string]: NonNullable<EntryView['render']> };
  readonly ignoredActions?: { readonly [action: string]: string | undefined };
  readonly cases?: { readonly [name: string]: { readonly action: string; readonly when: (payload: any) => boolean } };
  readonly ignored?: string;
  readonly doc?: EventDoc<any>;
}

const ENTRIES: { readonly [name: string]: EntryView } = EVENT_CATALOG;

/** The catalog's entry for an `X-GitHub-Event` value, or undefined (never an Object.prototype member). */
export function entryOf(name: string): EntryView | undefined {
  return Object.hasOwn(ENTRIES, name) ? ENTRIES[name] : undefined;
}

/** Every event name in the catalog, in its order. */
export const EVENT_NAMES = Object.keys(EVENT_CATALOG) as EventName[];

/** The feature an event belongs to, or null when the bridge does not announce that event. */
export function featureOf(name: string, payload: any): Feature | null {
  const rule = entryOf(name)?.feature;
  if (rule === undefined) return null;
  if (typeof rule === 'string') return rule;
  const ref = typeof payload?.ref === 'string' ? payload.ref : '';
  return ref.startsWith('refs/tags/') ? rule.tag : rule.branch;
}

const featuresOfRule = (rule: FeatureRule): Feature[] => (typeof rule === 'string' ? [rule] : [rule.branch, rule.tag]);

const EVENTS_BY_FEATURE = new Map<Feature, EventName[]>();
for (const name of EVENT_NAMES) {
  const rule = ENTRIES[name].feature;
  if (rule === undefined) continue;
  for (const feature of featuresOfRule(rule)) EVENTS_BY_FEATURE.set(feature, [...(EVENTS_BY_FEATURE.get(feature) ?? []), name]);
}

/** The GitHub events a repository hook must send for a feature, sorted. */
export function eventsOf(feature: Feature): EventName[] {
  return [...(EVENTS_BY_FEATURE.get(feature) ?? [])].sort();
}

type Entries = typeof EVENT_CATALOG;

/** The action names a link may filter a feature's events on: actions that make cards, plus named cases. */
export type FilterAction<F extends Feature = Feature> = {
  [E in keyof Entries]: Entries[E] extends { readonly feature: F; readonly actions: infer R }
    ? (keyof R & string) | (Entries[E] extends { readonly cases: infer C } ? keyof C & string : never)
    : never;
}[keyof Entries];

const ACTIONS_BY_FEATURE = new Map<Feature, string[]>();
for (const name of EVENT_NAMES) {
  const { feature, actions, cases = {} } = ENTRIES[name];
  if (typeof feature !== 'string' || !actions) continue;
  const names = ACTIONS_BY_FEATURE.get(feature) ?? [];
  for (const action of Object.keys(actions)) {
    names.push(action);
    for (const [caseName, named] of Object.entries(cases)) if (named.action === action) names.push(caseName);
  }
  ACTIONS_BY_FEATURE.set(feature, [...new Set(names)]);
}

/**
 * The action names a link may filter a feature on (DESIGN §2 Filters, `actions`), e.g. for
 * `pulls`: opened, ready_for_review, reopened, closed, merged, … Events without actions (push,
 * fork, …) give none, so a feature made only of them has no action filter.
 */
export function actionsOf<F extends Feature>(feature: F): readonly FilterAction<F>[] {
  return (ACTIONS_BY_FEATURE.get(feature) ?? []) as FilterAction<F>[];
}

/**
 * The action name an event is filtered by: its `action`, or a named case of it (`merged` for a
 * pull request closed merged). Null for an event whose card does not depend on its action
 * (push, deployment_status, …) or that the catalog does not announce.
 */
export function actionNameOf(event: { name: string; payload: any }): string | null {
  const entry = entryOf(event?.name);
  const action: unknown = event?.payload?.action;
  if (!entry?.actions || typeof action !== 'string') return null;
  const { cases } = entry;
  if (cases) for (const [caseName, named] of Object.entries(cases)) if (named.action === action && named.when(event.payload)) return caseName;
  return action;
}
