import type { PeopleDirectory, TeamsMessage } from './card.js';
import { envelope } from './envelope.js';
import { layoutCard, type Budget, type CardSpec } from './layout.js';

/** Teams rejects messages from about 21 KB on; we stay under 20,000 bytes of UTF-8 JSON. */
export const MAX_MESSAGE_BYTES = 20_000;

/** From generous to bare: each step keeps less of the variable-length parts. */
export const BUDGETS: readonly Budget[] = [
  { bodyChars: 1_400, bodyLines: 24, listLines: 20, factChars: 300 },
  { bodyChars: 600, bodyLines: 10, listLines: 8, factChars: 120 },
  { bodyChars: 0, bodyLines: 0, listLines: 3, factChars: 60 },
];

export interface Fitted {
  message: TeamsMessage;
  /** An upper bound of the serialised size, or the exact size when the bound was not enough. */
  bytes: number;
}

/**
 * Lays the card out at the largest budget whose message fits; undefined when even the barest does
 * not. `people`: the directory to mention from (see layoutCard).
 */
export function fit(spec: CardSpec, people?: PeopleDirectory): Fitted | undefined {
  for (const budget of BUDGETS) {
    const { card, bound } = layoutCard(spec, budget, people);
    const message = envelope(card, spec.summary);
    if (bound < MAX_MESSAGE_BYTES) return { message, bytes: bound };
    const bytes = Buffer.byteLength(JSON.stringify(message), 'utf8');
    if (bytes < MAX_MESSAGE_BYTES) return { message, bytes };
  }
  return undefined;
}
