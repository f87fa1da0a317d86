import type { Feature } from './features.js';

/** Per-link choices that change what a card renderer emits for the same event. */
export interface LinkOptions {
  /** Announce draft pull requests when opened (otherwise only when ready for review). */
  drafts: boolean;
  /** Announce `pull_request.synchronize` (new commits pushed to an open PR). */
  synchronize: boolean;
  /** Announce successful workflow runs (failures are always announced). */
  workflowSuccesses: boolean;
  /** Mention the people a card concerns who are in the people directory (docs/people.md). */
  mentions: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { drafts: false, synchronize: false, workflowSuccesses: false, mentions: true };

/**
 * `active`; `failing` from the `failingAfter`-th dead-lettered job in a row (the cause may pass);
 * `dead` at once when Teams answers that the webhook itself is gone (refusedForGood in
 * teams-client.ts): no retry or wait mends it, someone must give the link a new URL.
 */
export const LINK_HEALTHS = ['active', 'failing', 'dead'] as const;
export type LinkHealth = (typeof LINK_HEALTHS)[number];

/**
 * How a link's cards go out (DESIGN §2 "Delivery modes", docs/digests.md): a card per event
 * (folded into a digest only when Teams' windows would make cards late), or scheduled digests
 * every N minutes or daily at a local time.
 */
export type LinkDelivery =
  | { mode: 'immediate' }
  | { mode: 'digest'; everyMinutes: number }
  | { mode: 'daily'; at: string; timeZone: string };

/**
 * Which of a subscribed feature's events a link wants (DESIGN §2 "Filters", docs/filters.md).
 * Stored complete: every part present, an empty list meaning no filter.
 */
export interface LinkFilters {
  /** Label globs of issues, pull requests and their comments and reviews (case-insensitive). */
  labels: { include: string[]; exclude: string[] };
  /** Login globs matched against `sender.login` (case-insensitive); `bots: false` drops bots. */
  authors: { include: string[]; exclude: string[]; bots: boolean };
  /** File globs (a leading `!` excludes); a push passes when a file it changed matches. */
  paths: string[];
  /** Per feature, the wanted action names (the catalog's actionsOf); a feature not named keeps every action. */
  actions: Partial<Record<Feature, string[]>>;
}

/** Filters as the API takes them: any part may be left out (a PATCH merges them into the current ones). */
export interface LinkFiltersInput {
  labels?: Partial<LinkFilters['labels']>;
  authors?: Partial<LinkFilters['authors']>;
  paths?: string[];
  actions?: LinkFilters['actions'];
}

/** A link as the service uses it in memory; `webhookUrl` is the decrypted credential. */
export interface Link {
  id: string;
  /** `owner/name`, as the user typed it; matched case-insensitively. */
  repository: string;
  webhookUrl: string;
  /** Feature names, or `['*']` for everything (the API's schema admits `*` only alone). */
  events: Feature[] | '*'[];
  /**
   * Branch globs for pushes, branch and tag creation and deletion, pull requests (base branch),
   * workflow runs and check suites (head branch); empty: `commits` follows the default branch.
   */
  branches: string[];
  /** Absent on links that never had filters: the same as NO_FILTERS (link-rules.ts). */
  filters?: LinkFilters;
  options: LinkOptions;
  /** Absent on links that never set it: immediate. */
  delivery?: LinkDelivery;
  health: LinkHealth;
  consecutiveFailures: number;
  lastError?: string;
  createdAt: string;
  updatedAt: string;
  /** Who created it: `admin` or `github:<login>`. */
  createdBy: string;
  /** Teams channel context the link was configured from, when it came from the config page. */
  teams?: { entityId?: string; configName?: string; channelName?: string; teamName?: string };
  /** sha256 of the link-scoped capability token handed to the config page (never the token). */
  capabilityHash?: string;
  /** Id of the GitHub repository webhook the bridge created for this repository, if any. */
  hookId?: number;
  /**
   * Events are still queued for a paused link, but nothing is posted until it is resumed; then
   * its backlog goes out in order. Absent when not paused (and on links from before pausing).
   */
  paused?: true;
}

export interface LinkInput {
  repository: string;
  webhookUrl: string;
  events?: Link['events'];
  branches?: string[];
  filters?: LinkFiltersInput;
  options?: Partial<LinkOptions>;
  delivery?: LinkDelivery;
  createdBy?: string;
  teams?: Link['teams'];
  capabilityHash?: string;
  hookId?: number;
  paused?: boolean;
}

export type LinkPatch = Partial<Omit<LinkInput, 'createdBy'>> & {
  health?: LinkHealth;
  consecutiveFailures?: number;
  lastError?: string | null;
};
