// The tables of docs/cards.md, written from the event catalog: docs.test.ts fails when the
// committed doc differs, and UPDATE_DOCS=1 rewrites it.
import { EVENT_NAMES, entryOf, type EntryView, type Sided } from '../../src/github/event-catalog.js';
import { FEATURES, type Feature } from '../../src/links/features.js';

export const BEGIN = '<!-- event-catalog:begin (generated from src/github/event-catalog.ts; UPDATE_DOCS=1 npx tap test/cards/docs.test.ts) -->';
export const END = '<!-- event-catalog:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (name: string) => `\`${name}\``;

const sided = (text: Sided | undefined, side?: 'branch' | 'tag') => (typeof text === 'string' ? text : text && side ? text[side] : '');

/** `edited: why<br>unassigned, unlabeled: why`, actions grouped by their reason in catalog order. */
function ignoredCell(entry: EntryView, side?: 'branch' | 'tag'): string {
  const byReason = new Map<string, string[]>();
  for (const [action, reason] of Object.entries(entry.ignoredActions ?? {})) {
    if (reason !== undefined) byReason.set(reason, [...(byReason.get(reason) ?? []), action]);
  }
  const parts = [...byReason].map(([reason, actions]) => `${actions.join(', ')}: ${reason}`);
  const skips = sided(entry.doc?.skips, side);
  if (skips) parts.push(`also skipped: ${skips}`);
  return parts.join('<br>');
}

function cardsCell(entry: EntryView, side?: 'branch' | 'tag'): string {
  if (entry.actions) {
    const notes: Record<string, string | undefined> = entry.doc?.notes ?? {};
    return Object.keys(entry.actions)
      .map((action) => (notes[action] ? `${action} (${notes[action]})` : action))
      .join(', ');
  }
  return sided(entry.doc?.cards, side);
}

function rows(feature: Feature): string[] {
  const out: string[] = [];
  for (const name of EVENT_NAMES) {
    const entry = entryOf(name)!;
    const rule = entry.feature;
    if (rule === undefined) continue;
    const sides = typeof rule === 'string' ? (rule === feature ? [undefined] : []) : (['branch', 'tag'] as const).filter((side) => rule[side] === feature);
    for (const side of sides) {
      const event = side ? `${code(name)} to a ${side}` : code(name);
      out.push(`| ${code(feature)} | ${event} | ${cell(cardsCell(entry, side))} | ${cell(ignoredCell(entry, side))} |`);
    }
  }
  return out;
}

/** The generated part of docs/cards.md, markers included. */
export function catalogSection(): string {
  const ignored = EVENT_NAMES.filter((name) => entryOf(name)!.ignored !== undefined);
  return [
    BEGIN,
    '| feature | GitHub event | actions that make a card | ignored on purpose, and why |',
    '|---|---|---|---|',
    ...FEATURES.flatMap(rows),
    '',
    'Events ignored on purpose (no feature, no card); the reason is logged and answered to GitHub:',
    '',
    '| event | why |',
    '|---|---|',
    ...ignored.map((name) => `| ${code(name)} | ${cell(entryOf(name)!.ignored!)} |`),
    END,
  ].join('\n');
}
