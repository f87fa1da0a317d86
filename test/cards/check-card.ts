import { createRequire } from 'node:module';
import type { AdaptiveCard, TeamsMessage } from '../../src/cards/card.js';

const require = createRequire(import.meta.url);
// The SDK's default entry needs a DOM; the dist bundle parses and validates without one.
const AC = require('adaptivecards/dist/adaptivecards.js');

export const MAX_BYTES = 20_000;

export interface VisibleText {
  text: string;
  /** Set in monospace (code may hold markdown-looking text). */
  mono: boolean;
  /** The element's `type` (TextBlock, TextRun, …), or the key for a string outside elements. */
  element: string;
}

/** Every string a reader sees, with what holds it. */
export function visibleTexts(node: unknown, out: VisibleText[] = []): VisibleText[] {
  if (Array.isArray(node)) {
    for (const item of node) visibleTexts(item, out);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'altText', 'fallbackText']) {
      if (typeof record[key] === 'string') out.push({ text: record[key] as string, mono: record.fontType === 'Monospace', element: typeof record.type === 'string' ? record.type : key });
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
const MENTION = /<at>([^<>]*)<\/at>/g;
const ADDRESS_OR_GUID = /^[^\s@<>"\\]+@[^\s@<>"\\]+\.[A-Za-z]{2,}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The card without its entities, which are data for Teams rather than text a reader sees. */
const readable = (card: AdaptiveCard | undefined) => card && { ...card, msteams: { ...card.msteams, entities: undefined } };

/**
 * What Teams needs of mentions (DESIGN §4): each `<at>…</at>` in a TextBlock has an entity with
 * exactly that text, each entity's text occurs in a TextBlock, entity texts are distinct, and
 * `<at>` appears nowhere else (Teams does not read it in rich text).
 */
export function mentionProblems(card: AdaptiveCard): string[] {
  const found: string[] = [];
  const entities = card.msteams?.entities ?? [];
  const blocks = visibleTexts(card.body).filter((v) => v.element === 'TextBlock').map((v) => v.text);
  const tagged = new Set(blocks.flatMap((text) => [...text.matchAll(MENTION)].map((m) => m[0])));
  const texts = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'mention') found.push(`entity of type ${entity.type}`);
    if (!/^<at>[^<>]+<\/at>$/.test(entity.text)) found.push(`entity text ${JSON.stringify(entity.text)} is not one <at>…</at>`);
    if (!tagged.has(entity.text)) found.push(`entity ${JSON.stringify(entity.text)} is not in any TextBlock`);
    if (texts.has(entity.text)) found.push(`two entities with text ${JSON.stringify(entity.text)}`);
    texts.add(entity.text);
    if (!ADDRESS_OR_GUID.test(entity.mentioned?.id ?? '')) found.push(`entity ${JSON.stringify(entity.text)} mentions id ${JSON.stringify(entity.mentioned?.id)}, neither a UPN nor an object id`);
    if (!entity.mentioned?.name) found.push(`entity ${JSON.stringify(entity.text)} without a name`);
  }
  for (const tag of tagged) if (!texts.has(tag)) found.push(`${tag} has no entity`);
  for (const { text, element } of visibleTexts(readable(card))) {
    if (element !== 'TextBlock' && /<\/?at>/.test(text)) found.push(`<at> in a ${element}, where Teams shows it as text: ${JSON.stringify(text)}`);
  }
  return found;
}

/** What the `adaptivecards` SDK reports parsing and validating the card at schema version 1.4. */
export function sdkProblems(card: unknown): string[] {
  const found: string[] = [];
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 4));
  adaptive.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) found.push(`SDK parse: ${context.getEventAt(i).message}`);
  for (const event of adaptive.validateProperties().validationEvents) found.push(`SDK validate: ${event.message}`);
  return found;
}

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
  found.push(...sdkProblems(JSON.parse(json).attachments[0].content));
  for (const action of actionsOf(card)) {
    if (!['Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility'].includes(String(action.type))) found.push(`action ${action.type}`);
    if (action.type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(action.url))) found.push(`non-http url ${action.url}`);
  }
  found.push(...mentionProblems(card));
  for (const { text: shown, mono, element } of visibleTexts(readable(card))) {
    // A mention's tag is not HTML to Teams (mentionProblems checks it); what it wraps still is text.
    const text = element === 'TextBlock' ? shown.replace(MENTION, '$1') : shown;
    if (NOTHING.test(text)) found.push(`placeholder text: ${JSON.stringify(text)}`);
    if (HTML.test(text)) found.push(`HTML in text: ${JSON.stringify(text)}`);
    if (!mono && MARKDOWN.test(text)) found.push(`raw markdown in text: ${JSON.stringify(text)}`);
    if (text.length === 0) found.push('empty text');
  }
  if (subjectUrl && !json.includes(JSON.stringify(subjectUrl).slice(1, -1))) found.push(`subject URL ${subjectUrl} missing`);
  return found;
}
