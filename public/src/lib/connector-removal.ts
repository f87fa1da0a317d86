import { pages } from '@microsoft/teams-js';
import { api, ApiError } from './api.js';
import { channelLink, type ChannelLink } from './channel-link.js';
import { byId, notice, setText, show } from './dom.js';
import type { ConnectorConfig } from './teams-host.js';

/** What the removal view shows; tests wait on it as `#removal[data-link=…]`. */
type Phase = 'loading' | 'found' | 'none' | 'unreachable' | 'removing';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function phase(value: Phase, repository: string | undefined, detail?: string): void {
  byId('removal').dataset.link = value;
  const repo = repository ?? 'this channel’s repository';
  const text: Record<Phase, string> = {
    loading: repository ? `Removing this connector deletes the link to ${repo}. Checking the link on the bridge…` : 'Checking this channel’s link on the bridge…',
    found: `Removing this connector deletes the link to ${repo}: this channel stops receiving its cards.`,
    none: `This channel has no link on the bridge any more${repository ? ` (the link to ${repo} was removed there)` : ''}. Removing the connector changes nothing else.`,
    unreachable: `Removing this connector deletes the link to ${repo}, but the link could not be checked: ${detail}`,
    removing: `Deleting the link to ${repo}…`,
  };
  setText('removal-text', text[value]);
}

/**
 * The page Teams shows when a user removes the connector: frame context `remove`, on the saved
 * removeUrl. Removing must delete the channel's link (its cards and capability go with it), or the
 * channel keeps receiving cards from a connector it no longer lists.
 *
 * Teams enables Remove about 5 s after load whatever the page does, and TeamsJS answers success by
 * itself when no remove handler is registered. So the handler is registered before anything is
 * awaited, and it waits for the link lookup (started at once, retried if it failed) before
 * deleting: it answers success only once the link is gone.
 */
export function startConnectorRemoval(): void {
  let repository: string | undefined;
  let lookup: Promise<ChannelLink> | undefined;
  const find = (): Promise<ChannelLink> =>
    (lookup ??= (async () => {
      const config = (await pages.getConfig()) as ConnectorConfig;
      repository ??= config.configName || undefined;
      if (byId('removal').dataset.link === 'loading') phase('loading', repository);
      const found = await channelLink(config);
      repository = found.link?.repository ?? repository;
      return found;
    })().catch((err) => {
      lookup = undefined;
      throw err;
    }));

  const refuse = (event: pages.config.RemoveEvent, reason: string): void => {
    notice(reason, 'error');
    event.notifyFailure(reason);
  };

  pages.config.registerOnRemoveHandler((event) => {
    void (async () => {
      let found: ChannelLink;
      try {
        found = await find();
      } catch (err) {
        phase('unreachable', repository, message(err));
        return refuse(event, `Could not find the link to ${repository ?? 'this channel’s repository'} on the bridge: ${message(err)} The connector stays until its link is deleted; try Remove again.`);
      }
      const { link, capability } = found;
      if (!link) return event.notifySuccess();
      phase('removing', link.repository);
      try {
        await api('DELETE', `/api/links/${encodeURIComponent(link.id)}`, capability);
      } catch (err) {
        // 404: gone already. 401: the capability unlocks no link any more, so it was deleted too.
        const gone = err instanceof ApiError && (err.status === 404 || err.status === 401);
        if (!gone) {
          phase('found', link.repository);
          return refuse(event, `Could not delete the link to ${link.repository}: ${message(err)} The connector stays until its link is deleted; try Remove again.`);
        }
      }
      event.notifySuccess();
    })();
  });

  setText('lede', 'Remove the connector from this channel.');
  show('removal', true);
  phase('loading', undefined);
  find().then(
    ({ link }) => {
      phase(link ? 'found' : 'none', repository);
      // Lets Teams enable Remove now rather than after its own delay.
      pages.config.setValidityState(true);
    },
    (err) => phase('unreachable', repository, message(err)),
  );
}
