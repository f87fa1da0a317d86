import { FEATURE_LABELS } from '../features.js';
import { filterSentence } from '../filter-sentence.js';
import type { Poller } from './poller.js';
import type { ConsoleLink, Settings } from './types.js';

/** What every view of the console gets from the page: the signed-in API, the poller, the settings. */
export interface ConsoleContext {
  settings: Settings;
  poller: Poller;
  /** An API call with the session's bearer; a 401 signs the page out before rethrowing. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  notice(text: string | undefined, kind?: 'info' | 'ok' | 'error'): void;
  /** Goes to another view (`#/links`…) as a click on a link would, leaving a notice set after it in place. */
  navigate(hash: string): void;
}

/** The channel a link posts to, as far as the bridge knows it (the URL itself is never shown). */
export function channelOf(link: ConsoleLink): string {
  const { channelName, teamName } = link.teams ?? {};
  if (channelName) return teamName ? `${teamName} › ${channelName}` : channelName;
  return `Webhook on ${link.webhook.host}`;
}

/** The config page's sentence: what the link posts, with its filters, in words. */
export function sentenceOf(link: ConsoleLink, settings: Settings): string {
  return filterSentence({ features: link.events, allFeatures: settings.features, branches: link.branches, filters: link.filters }, FEATURE_LABELS);
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
