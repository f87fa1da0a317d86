/** The API's answers as the console reads them (docs/console-api.md). Times are ISO strings. */
import type { LinkFilters } from '../filter-sentence.js';

export interface ConsoleLink {
  id: string;
  repository: string;
  webhook: { host: string; fingerprint: string };
  events: string[];
  branches: string[];
  filters: LinkFilters;
  /** As the server decides it (docs/operations.md, "Link health"). */
  health: 'active' | 'failing' | 'dead';
  consecutiveFailures: number;
  lastError: string | null;
  paused?: boolean;
  teams: { channelName?: string; teamName?: string; configName?: string } | null;
  createdBy: string;
}

/** The delivery log's view, one definition for server and page (src/queue/records.ts holds only types). */
export type { AttemptView as Attempt, DeliveryView as Delivery, JobStatus as DeliveryStatus, IncomingEntry, LinkStats } from '../../../../src/queue/records.js';

export interface Settings {
  signIn: boolean;
  features: string[];
}
