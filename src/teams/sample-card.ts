import type { Dispatcher } from 'undici';
import type { AdaptiveCard, TeamsMessage } from '../cards/card.js';
import { envelope } from '../cards/envelope.js';
import type { RateLimiter } from '../delivery/rate-limiter.js';
import { postToTeams } from '../delivery/teams-client.js';
import type { Link } from '../links/link.js';
import { targetKeyOf } from '../links/target-key.js';

/** The card "Send test card" posts: it says which repository the channel is linked to and links there. */
export function sampleCardMessage(repository: string, githubUrl: string): TeamsMessage {
  const repoUrl = `${githubUrl}/${repository}`;
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: '✅', size: 'Large' }] },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              { type: 'TextBlock', text: 'GitHub for Teams is connected', weight: 'Bolder', size: 'Medium', wrap: true },
              { type: 'TextBlock', text: `This channel will receive activity from **${repository}**.`, wrap: true, spacing: 'Small' },
            ],
          },
        ],
      },
      { type: 'TextBlock', text: 'This is a test card sent from the configuration page.', isSubtle: true, wrap: true, size: 'Small' },
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open repository', url: repoUrl }],
    msteams: { width: 'Full' },
    fallbackText: `GitHub for Teams is connected to ${repository}`,
  };
  return envelope(card, `Test card for ${repository}`);
}

export type SampleCardResult =
  | { outcome: 'delivered'; statusCode?: number }
  /** Not sent: the webhook's windows are full (the bridge's own count, or Teams said so). */
  | { outcome: 'rate-limited'; retryAfterMs: number; byTeams: boolean }
  | { outcome: 'failed'; error?: string };

/** How long to leave a webhook alone when Teams throttles it without saying for how long. */
const THROTTLED_HOLD_MS = 30_000;

/**
 * Posts the sample card through the same rate governor as the worker's cards, so pressing the
 * button repeatedly cannot push a webhook past Teams' windows (and into a 429 for real cards).
 */
export async function sendSampleCard(
  link: Pick<Link, 'repository' | 'webhookUrl'>,
  deps: { limiter: RateLimiter; dispatcher: Dispatcher; githubUrl: string; now?: () => number },
): Promise<SampleCardResult> {
  const now = deps.now ?? Date.now;
  // The worker's key for this webhook, so both count against one set of windows.
  const target = targetKeyOf(link.webhookUrl);
  const reservedAt = now();
  const wait = deps.limiter.reserve(target, reservedAt, { unstored: true });
  if (wait > 0) return { outcome: 'rate-limited', retryAfterMs: wait, byTeams: false };
  const message = JSON.stringify(sampleCardMessage(link.repository, deps.githubUrl));
  const result = await postToTeams(link.webhookUrl, message, { dispatcher: deps.dispatcher, now });
  deps.limiter.settle(target, reservedAt, now());
  if (result.outcome === 'delivered') return { outcome: 'delivered', statusCode: result.statusCode };
  if (result.throttled) {
    const retryAfterMs = result.retryAfterMs ?? THROTTLED_HOLD_MS;
    deps.limiter.holdUntil(target, now() + retryAfterMs);
    return { outcome: 'rate-limited', retryAfterMs, byTeams: true };
  }
  return { outcome: 'failed', error: result.error };
}
