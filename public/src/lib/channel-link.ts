import { api, ApiError } from './api.js';
import { isCapability } from './capability.js';
import type { LinkView } from './link-view.js';
import type { ConnectorConfig } from './teams-host.js';

export interface ChannelLink {
  /** The capability Teams keeps for this connector (as entityId); undefined when it unlocks nothing. */
  capability?: string;
  link?: LinkView;
}

/**
 * The link a connector's Teams config belongs to, found through the capability the config keeps.
 * A capability the bridge no longer knows (401) means the link was removed there: no link.
 */
export async function channelLink(config: ConnectorConfig): Promise<ChannelLink> {
  if (!isCapability(config.entityId)) return {};
  try {
    return { capability: config.entityId, link: await api<LinkView>('GET', '/api/teams/link', config.entityId) };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return {};
    throw err;
  }
}
