import type { AdaptiveCard, TeamsMessage } from '../cards/card.js';
import { envelope } from '../cards/envelope.js';

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
