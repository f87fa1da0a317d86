import { app, pages } from '@microsoft/teams-js';

/**
 * Where Teams shows the page: `settings` is the configuration dialog (Save), `remove` the dialog
 * Teams opens on the saved removeUrl when a user removes the connector (Remove), `content` a tab.
 * TeamsJS refuses calls that do not belong to the context (registerOnSaveHandler outside
 * `settings`, setValidityState in `content`), so the page picks its handlers from it.
 */
export type FrameContext = 'settings' | 'remove' | 'content';

export interface TeamsContext {
  frameContext: FrameContext;
  theme: string;
  channelName?: string;
  teamName?: string;
}

/**
 * `pages.getConfig()` as a connector sees it: Teams adds the channel's webhook URL, and keeps the
 * `configName` the page saved (the repository), which TeamsJS v2 types omit.
 */
export type ConnectorConfig = pages.InstanceConfig & { webhookUrl?: string; configName?: string };

/**
 * Connects to the Teams host, or says there is none: `app.initialize` rejects at once without a
 * parent window but can hang forever inside a foreign frame, so it races a timeout.
 */
export async function connectToTeams(timeoutMs = 2500): Promise<TeamsContext | undefined> {
  if (window.parent === window) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([app.initialize(), timeout]);
    const context = await Promise.race([app.getContext(), timeout]);
    return {
      frameContext: frameContext(context.page.frameContext),
      theme: context.app.theme,
      channelName: context.channel?.displayName,
      teamName: context.team?.displayName,
    };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Other contexts (side panel, meeting stage…) get what a tab gets: no Save or Remove of Teams'. */
function frameContext(context: string): FrameContext {
  return context === 'settings' || context === 'remove' ? context : 'content';
}

export function followTheme(theme: string | undefined): void {
  const dark = theme ? theme !== 'default' : window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
