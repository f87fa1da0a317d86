import type { CardElement, MentionEntity } from './card.js';
import { richText, safeUrl, type Line, type Tone } from './inline.js';
import type { Block } from './markdown.js';

/**
 * The building blocks every card shares, so all events read as one designed set:
 * header band, linked title, actor line, body, fact rows.
 */

export interface Actor {
  login: string;
  avatarUrl?: string;
  url?: string;
  /** What the actor did, e.g. "opened this pull request". */
  verb: string;
}

export interface Fact {
  label: string;
  value: Line;
}

/** Repository and event on the left, the subject's state on the right, on a tinted band. */
export function header(repository: { name: string; url?: string } | undefined, event: string, state?: { label: string; tone: Tone }): CardElement {
  const left: Line = [];
  if (repository?.name) left.push({ text: repository.name, url: repository.url, bold: true, color: 'default' }, { text: '  ·  ', subtle: true });
  left.push({ text: event, subtle: true });
  const columns: CardElement[] = [
    { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [richText(left)] },
  ];
  if (state) {
    columns.push({
      type: 'Column',
      width: 'auto',
      verticalContentAlignment: 'Center',
      // The dot carries the colour; Teams' warning yellow is unreadable as text on white, so that label stays neutral.
      items: [richText([{ text: '●  ', color: state.tone, small: true }, { text: state.label, bold: true, small: true, color: state.tone === 'warning' ? 'default' : state.tone, subtle: state.tone === 'default' }])],
    });
  }
  return { type: 'Container', style: 'emphasis', bleed: true, items: [{ type: 'ColumnSet', columns }] };
}

/** The subject, large and linked, so the card's main tap target is obvious. */
export function title(line: Line, url: string): CardElement {
  // Built field by field, not spread: object spread of varied shapes was the costliest line of a render.
  const runs: Line = line.map((run) => ({
    text: run.text,
    url: run.url ?? url,
    color: run.color ?? 'default',
    large: true,
    bold: run.bold ?? true,
    subtle: run.subtle,
    italic: run.italic,
    mono: run.mono,
  }));
  return richText(runs, { spacing: 'Medium' });
}

export function actorLine(actor: Actor): CardElement {
  const text = richText([{ text: actor.login, url: actor.url, bold: true, color: 'default' }, { text: ` ${actor.verb}`, subtle: true }]);
  const avatar = safeUrl(actor.avatarUrl);
  if (!avatar) return { ...text, spacing: 'Small' };
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'Image', url: avatar, style: 'Person', size: 'Small', width: '24px', height: '24px', altText: actor.login }] },
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [text] },
    ],
  };
}

/** Body blocks: prose as rich text, code on a tinted monospace panel, quotes subdued. */
export function blocks(list: Block[]): CardElement[] {
  const out: CardElement[] = [];
  list.forEach((block, index) => {
    const spacing = index === 0 ? 'Medium' : 'Small';
    if (block.kind === 'code') {
      out.push({ type: 'Container', style: 'emphasis', spacing, items: block.lines.map((line, i) => richText(line, i === 0 ? {} : { spacing: 'None' })) });
      return;
    }
    block.lines.forEach((line, i) => {
      const runs = block.kind === 'quote' ? [{ text: '▍ ', subtle: true }, ...line.map((run) => ({ ...run, subtle: true }))] : line;
      out.push(richText(runs, { spacing: i === 0 ? spacing : 'None' }));
    });
  });
  return out;
}

/** Plain lines (commit lists, page lists) set tight together. */
export function lines(list: Line[]): CardElement[] {
  return list.map((line, index) => richText(line, { spacing: index === 0 ? 'Medium' : 'None' }));
}

/**
 * Fact rows. Not a FactSet: Teams runs FactSet titles and values through markdown, so a
 * branch like `fix_the_thing_` or a label with `*` would be reformatted. Rich text is literal,
 * and a fixed label column keeps the rows aligned like a FactSet.
 */
export function facts(list: Fact[]): CardElement[] {
  return list.map((fact, index) => factRow(fact.label, richText(fact.value), index === 0 ? 'Medium' : 'None'));
}

/**
 * The people a card mentions, as the last fact row. A TextBlock, not rich text: Teams reads
 * `<at>…</at>` only in TextBlocks and facts. Its text is nothing but the entities' own texts
 * (names made markdown-safe by mentionName), so no user text reaches markdown here.
 */
export function mentionRow(entities: MentionEntity[], first: boolean): CardElement {
  return factRow('cc', { type: 'TextBlock', text: entities.map((e) => e.text).join(', '), wrap: true }, first ? 'Medium' : 'None');
}

function factRow(label: string, value: CardElement, spacing: 'Medium' | 'None'): CardElement {
  return {
    type: 'ColumnSet',
    spacing,
    columns: [
      { type: 'Column', width: '96px', items: [{ type: 'TextBlock', text: label, isSubtle: true, wrap: true }] },
      { type: 'Column', width: 'stretch', items: [value] },
    ],
  };
}

