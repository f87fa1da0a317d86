import type { LinkDelivery, LinkFilters } from './filter-sentence.js';

/** A link as the bridge's API shows it to the configuration page. */
export interface HookOutcome {
  status: 'created' | 'updated' | 'deleted' | 'manual' | 'kept' | 'failed';
  message?: string;
}

export interface LinkView {
  id: string;
  repository: string;
  events: string[];
  branches: string[];
  filters: LinkFilters;
  delivery: LinkDelivery;
  hook?: HookOutcome;
}
