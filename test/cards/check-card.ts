import { createRequire } from 'node:module';
import type { TeamsMessage } from '../../src/cards/card.js';

const require = createRequire(import.meta.url);
// The SDK's default entry needs a DOM; the dist bundle parses and validates without one.
const AC = require('adaptivecards/dist/adaptivecards.js');

export const MAX_BYTES = 20_000;

/** Every string a reader sees, with whether it is set in monospace (code may hold markdown-looking text). */
export function visibleTexts(node: unknown, out: Array<{ text: string; mono: boolean }> = []): Array<{ text: string; mono: boolean }> {
  if (Array.isArray(node)) {
    for (const item of node) visibleTexts(item, out);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'altText', 'fallbackText']) {
      if (typeof record[key] === 'string') out.push({ text: record[key] as string, mono: record.fontType === 'Monospace' });
    }
    for (const [key, value] of Object.entries(record)) if (typeof value === 'object') visibleTexts(value, out);
  }
  return out;
}

function actionsOf(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) actionsOf(item, out);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && record.type.startsWith('Action.')) out.push(record);
    for (const value of Object.values(record)) if (typeof value === 'object') actionsOf(value, out);
  }
  return out;
}

const MARKDOWN = /\*\*|__|```|~~|!\[|\]\(|^#{1,6}\s|^>\s|^\s*[-*+]\s\[[ xX]\]/m;
const HTML = /<\/?[a-zA-Z][\w-]*(\s[^>]*)?>|<!--|-->/;
const NOTHING = /\b(undefined|null|NaN)\b|\[object Object\]/;

/** All problems a Teams channel would see in this message; empty when the card is good. */
export function problems(message: TeamsMessage, subjectUrl?: string): string[] {
  const found: string[] = [];
  const json = JSON.stringify(message);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes >= MAX_BYTES) found.push(`message is ${bytes} bytes`);
  if (message.type !== 'message' || message.attachments.length !== 1) found.push('not a one-attachment message');
  const card = message.attachments[0]?.content;
  if (message.attachments[0]?.contentType !== 'application/vnd.microsoft.card.adaptive') found.push('wrong contentType');
  if (card?.version !== '1.4') found.push(`card version ${card?.version}`);
  if (card?.msteams?.width !== 'Full') found.push('msteams.width is not Full');
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 4));
  adaptive.parse(JSON.parse(json).attachments[0].content, context);
  for (let i = 0; i < context.eventCount; i++) found.push(`SDK parse: ${context.getEventAt(i).message}`);
  for (const event of adaptive.validateProperties().validationEvents) found.push(`SDK validate: ${event.message}`);
  for (const action of actionsOf(card)) {
    if (!['Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility'].includes(String(action.type))) found.push(`action ${action.type}`);
    if (action.type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(action.url))) found.push(`non-http url ${action.url}`);
  }
  for (const { text, mono } of visibleTexts(card)) {
    if (NOTHING.test(text)) found.push(`placeholder text: ${JSON.stringify(text)}`);
    if (HTML.test(text)) found.push(`HTML in text: ${JSON.stringify(text)}`);
    if (!mono && MARKDOWN.test(text)) found.push(`raw markdown in text: ${JSON.stringify(text)}`);
    if (text.length === 0) found.push('empty text');
  }
  if (subjectUrl && !json.includes(JSON.stringify(subjectUrl).slice(1, -1))) found.push(`subject URL ${subjectUrl} missing`);
  return found;
}
