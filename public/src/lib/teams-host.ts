import { app, pages } from '@microsoft/teams-js';

export interface TeamsContext {
  theme: string;
  channelName?: string;
  teamName?: string;
}

/** `pages.getConfig()` as a connector sees it: Teams adds the channel's webhook URL. */
export type ConnectorConfig = pages.InstanceConfig & { webhookUrl?: string };

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
    return { theme: context.app.theme, channelName: context.channel?.displayName, teamName: context.team?.displayName };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export function followTheme(theme: string | undefined): void {
  const dark = theme ? theme !== 'default' : window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
