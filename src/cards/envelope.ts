import type { AdaptiveCard, TeamsMessage } from './card.js';

/** Wraps a card in the message body both Teams webhook kinds (connector and Workflows) accept. */
export function envelope(card: AdaptiveCard, summary: string): TeamsMessage {
  return {
    type: 'message',
    summary,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}
