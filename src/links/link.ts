import type { Feature } from './features.js';

/** Per-link choices that change what a card renderer emits for the same event. */
export interface LinkOptions {
  /** Announce draft pull requests when opened (otherwise only when ready for review). */
  drafts: boolean;
  /** Announce `pull_request.synchronize` (new commits pushed to an open PR). */
  synchronize: boolean;
  /** Announce successful workflow runs (failures are always announced). */
  workflowSuccesses: boolean;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { drafts: false, synchronize: false, workflowSuccesses: false };

export type LinkHealth = 'active' | 'failing';

/** A link as the service uses it in memory; `webhookUrl` is the decrypted credential. */
export interface Link {
  id: string;
  /** `owner/name`, as the user typed it; matched case-insensitively. */
  repository: string;
  webhookUrl: string;
  /** Feature names, or `['*']` for everything. */
  events: Feature[] | ['*'];
  /** Branch globs for `commits`; empty means the repository's default branch. */
  branches: string[];
  options: LinkOptions;
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
}

export interface LinkInput {
  repository: string;
  webhookUrl: string;
  events?: Link['events'];
  branches?: string[];
  options?: Partial<LinkOptions>;
  createdBy?: string;
  teams?: Link['teams'];
  capabilityHash?: string;
  hookId?: number;
}

export type LinkPatch = Partial<Omit<LinkInput, 'createdBy'>> & {
  health?: LinkHealth;
  consecutiveFailures?: number;
  lastError?: string | null;
};
