import type { CardElement } from './card.js';

/**
 * One run of text with its styling. Everything a user wrote ends up in runs, and runs become
 * `TextRun`s inside `RichTextBlock`s: TextRun text is never markdown-processed, so user text
 * cannot inject formatting or links, and we need no backslash escaping (Teams clients disagree
 * on it: Android and iOS print the backslashes, desktop hides them).
 */
export interface Run {
  text: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  strike?: boolean;
  subtle?: boolean;
  large?: boolean;
  small?: boolean;
  color?: Tone;
  /** The GitHub user an `@login` reference in user text names (for mentions; not rendered). */
  login?: string;
}

/** Adaptive Card 1.4 text colours we use to say what state a subject is in. */
export type Tone = 'good' | 'attention' | 'warning' | 'accent' | 'default';

/** A line of runs; a block of the card body is one or more lines. */
export type Line = Run[];

/** Characters a URI never contains unescaped; anything with them is not used as a link. */
const NOT_IN_URL = /[\s"<>\\^`{|}\u0000-\u001f\u007f]/;

/**
 * Returns the URL when it is an absolute http(s) URL with a host, else undefined: other schemes
 * never reach a card. Not `new URL()`: parsing was the largest single cost of a render.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  const rest = value.startsWith('https://') ? 8 : value.startsWith('http://') ? 7 : 0;
  if (rest === 0 || value.length === rest || value[rest] === '/' || value[rest] === '.' || NOT_IN_URL.test(value)) return undefined;
  return value;
}

/** Text from a payload field, or '' for anything that is not a non-empty string (no "undefined"/"null" on cards). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function textRun(run: Run): CardElement {
  const element: CardElement = { type: 'TextRun', text: run.text };
  if (run.bold) element.weight = 'Bolder';
  if (run.italic) element.italic = true;
  if (run.strike) element.strikethrough = true;
  if (run.mono) element.fontType = 'Monospace';
  if (run.subtle) element.isSubtle = true;
  if (run.large) element.size = 'Large';
  else if (run.small) element.size = 'Small';
  if (run.color && run.color !== 'default') element.color = run.color;
  const url = run.url === undefined ? undefined : safeUrl(run.url);
  if (url) {
    element.selectAction = { type: 'Action.OpenUrl', url };
    if (!run.color) element.color = 'accent';
  }
  return element;
}

/** A RichTextBlock for one line; empty runs are dropped so no blank TextRun reaches Teams. */
export function richText(line: Line, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'RichTextBlock', inlines: line.filter((run) => run.text.length > 0).map(textRun), ...extra };
}

/** Number of visible characters in a line. */
export function lineLength(line: Line): number {
  let n = 0;
  for (const run of line) n += run.text.length;
  return n;
}

/** Single-line text from user input: whitespace runs (newlines included) become one space. */
export function oneLine(value: unknown, max = 200): string {
  let text = str(value);
  // Most titles are already one clean line; skip the rewrite for them (it showed in profiles).
  if (MESSY_SPACE.test(text)) text = text.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${cutAt(text, max - 1).trimEnd()}…` : text;
}

/** The first `end` UTF-16 units, one fewer when the cut would split a surrogate pair (a lone half is not text). */
export function cutAt(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

const MESSY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** 1234567 → "1,234,567" (Intl number formatting is far slower and not needed for counts). */
export function thousands(value: number): string {
  const digits = String(Math.trunc(value));
  return Math.abs(value) < 1000 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
