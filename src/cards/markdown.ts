import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { lineLength, safeUrl, type Line, type Run } from './inline.js';

/** A paragraph-like piece of the card body: code keeps its lines verbatim in monospace. */
export interface Block {
  kind: 'text' | 'code' | 'quote';
  lines: Line[];
}

export interface MarkdownOptions {
  /** Where `@user` links go: `https://github.com` or the GHES URL. */
  githubUrl: string;
  /** Repository page, for `#123` links; without it `#123` stays plain text. */
  repoUrl?: string;
  /** Visible characters to keep before cutting with "…". */
  maxChars: number;
  /** Lines to keep before cutting (a card is read in a channel, not a document viewer). */
  maxLines: number;
}

export interface MarkdownResult {
  blocks: Block[];
  /** True when the text was cut; the caller links to the full text. */
  truncated: boolean;
}

const CODE_LINES = 12;
const CODE_LINE_CHARS = 120;
const INDENT = '\u2003';

// Built once: micromark would otherwise re-create and re-combine the GFM extensions on every parse.
const SYNTAX = [gfm()];
const TREES = [gfmFromMarkdown()];

/**
 * Text that could hold markdown syntax, an entity or an autolink literal. Anything else is a
 * plain paragraph, so we skip the parser for it: most titles and short comments are plain, and
 * the parser is the slowest step of a render. This decides only whether to parse, never how.
 */
const MARKUP = /[\\`*_~[\]<>&|\n\r]|:\/\/|www\.|^\s*(?:[-+#=]|\d+[.)])/;

/** Converts GitHub-flavoured markdown into blocks of styled runs, within a budget. */
export function markdownToBlocks(markdown: string, options: MarkdownOptions): MarkdownResult {
  const { source, sliced } = sliceSource(markdown, options.maxChars);
  const writer = new BlockWriter(options);
  if (sliced) writer.truncated = true;
  if (!MARKUP.test(source)) {
    const runs: Run[] = [];
    references(source.trim(), {}, options, runs);
    writer.paragraph(runs);
    return writer.result();
  }
  const tree: Root = fromMarkdown(source, { extensions: SYNTAX, mdastExtensions: TREES });
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  }
  new Converter(writer, options, definitions).blocks(tree.children, 0);
  return writer.result();
}

/**
 * Parsing cost grows with the source, and a card shows at most `maxChars` of it: parse only a
 * prefix three times the visible budget (markup beyond that only means a shorter excerpt), cut at a
 * paragraph break so no construct is split. A 60,000-character body took a third of a second.
 */
function sliceSource(markdown: string, maxChars: number): { source: string; sliced: boolean } {
  const limit = maxChars * 3 + 1_000;
  if (markdown.length <= limit) return { source: markdown, sliced: false };
  const paragraph = markdown.lastIndexOf('\n\n', limit);
  return { source: markdown.slice(0, paragraph > limit / 2 ? paragraph : limit), sliced: true };
}

/** Collects blocks and enforces the budget; once full, everything after is dropped. */
class BlockWriter {
  readonly out: Block[] = [];
  private chars = 0;
  private lines = 0;
  full = false;
  /** Set when text was dropped, by the budget or before parsing. */
  truncated = false;

  constructor(private readonly options: MarkdownOptions) {}

  paragraph(runs: Run[], kind: Block['kind'] = 'text'): void {
    this.push(kind, splitLines(runs));
  }

  push(kind: Block['kind'], lines: Line[]): void {
    if (this.full) return;
    const kept: Line[] = [];
    for (const line of lines) {
      if (lineLength(line) === 0 && kind !== 'code') continue;
      if (this.lines >= this.options.maxLines) {
        this.full = true;
        break;
      }
      const room = this.options.maxChars - this.chars;
      const length = lineLength(line);
      if (length > room) {
        kept.push(cutLine(line, Math.max(room, 40)));
        this.full = true;
        break;
      }
      this.chars += length;
      this.lines += 1;
      kept.push(line);
    }
    if (kept.length > 0) this.out.push({ kind, lines: kept });
    else if (this.full && this.out.length > 0) appendEllipsis(this.out[this.out.length - 1]);
  }

  result(): MarkdownResult {
    return { blocks: this.out, truncated: this.full || this.truncated };
  }
}

class Converter {
  constructor(
    private readonly writer: BlockWriter,
    private readonly options: MarkdownOptions,
    private readonly definitions: Map<string, string>,
  ) {}

  blocks(nodes: RootContent[], depth: number, kind: Block['kind'] = 'text'): void {
    for (const node of nodes) {
      if (this.writer.full) return;
      this.block(node, depth, kind);
    }
  }

  private block(node: RootContent, depth: number, kind: Block['kind']): void {
    switch (node.type) {
      case 'paragraph':
        this.writer.paragraph(this.inlines(node.children, {}), kind);
        return;
      case 'heading':
        this.writer.paragraph(this.inlines(node.children, { bold: true }), kind);
        return;
      case 'blockquote':
        this.blocks(node.children, depth, 'quote');
        return;
      case 'list':
        this.list(node, depth, kind);
        return;
      case 'code':
        this.writer.push('code', codeLines(node.value));
        return;
      case 'table':
        this.table(node, kind);
        return;
      case 'footnoteDefinition':
        this.blocks(node.children, depth, kind);
        return;
      default:
        // html (including comments), definitions, thematic breaks and yaml carry nothing a reader needs here.
        return;
    }
  }

  private list(node: Extract<RootContent, { type: 'list' }>, depth: number, kind: Block['kind']): void {
    let number = node.start ?? 1;
    for (const item of node.children) {
      if (this.writer.full) return;
      const marker = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : node.ordered ? `${number}. ` : '• ';
      number += 1;
      const prefix: Run = { text: INDENT.repeat(depth) + marker };
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph' || child.type === 'heading') {
          const runs = this.inlines(child.children, child.type === 'heading' ? { bold: true } : {});
          this.writer.paragraph(first ? [prefix, ...runs] : [{ text: INDENT.repeat(depth + 1) }, ...runs], kind);
          first = false;
        } else if (child.type === 'list') {
          if (first) this.writer.paragraph([prefix], kind);
          first = false;
          this.list(child, depth + 1, kind);
        } else {
          this.block(child, depth + 1, kind);
        }
      }
      if (first) this.writer.paragraph([prefix], kind);
    }
  }

  private table(node: Extract<RootContent, { type: 'table' }>, kind: Block['kind']): void {
    const [head, ...rows] = node.children;
    if (!head) return;
    const headers = head.children.map((cell) => plain(this.inlines(cell.children, {})));
    if (rows.length === 0) {
      this.writer.paragraph([{ text: headers.filter(Boolean).join(' · ') }], kind);
      return;
    }
    // A card has no tables: each row becomes one line of "Header: value" pairs, readable on a phone.
    for (const row of rows) {
      const runs: Run[] = [{ text: '• ' }];
      row.children.forEach((cell, index) => {
        const value = this.inlines(cell.children, {});
        if (lineLength(value) === 0) return;
        if (runs.length > 1) runs.push({ text: ' · ' });
        const header = headers[index];
        if (header) runs.push({ text: `${header}: `, bold: true });
        runs.push(...value);
      });
      if (runs.length > 1) this.writer.paragraph(runs, kind);
    }
  }

  inlines(nodes: PhrasingContent[], style: Omit<Run, 'text'>): Run[] {
    const runs: Run[] = [];
    for (const node of nodes) this.inline(node, style, runs);
    return runs;
  }

  private inline(node: PhrasingContent, style: Omit<Run, 'text'>, runs: Run[]): void {
    switch (node.type) {
      case 'text':
        references(node.value, style, this.options, runs);
        return;
      case 'strong':
        for (const child of node.children) this.inline(child, { ...style, bold: true }, runs);
        return;
      case 'emphasis':
        for (const child of node.children) this.inline(child, { ...style, italic: true }, runs);
        return;
      case 'delete':
        for (const child of node.children) this.inline(child, { ...style, strike: true }, runs);
        return;
      case 'inlineCode':
        runs.push({ ...style, text: node.value.replace(/\s+/g, ' '), mono: true });
        return;
      case 'break':
        runs.push({ text: '\n' });
        return;
      case 'link':
        this.link(node.children, node.url, style, runs);
        return;
      case 'linkReference':
        this.link(node.children, this.definitions.get(node.identifier), style, runs);
        return;
      case 'image':
        this.image(node.alt, node.url, style, runs);
        return;
      case 'imageReference':
        this.image(node.alt, this.definitions.get(node.identifier), style, runs);
        return;
      case 'footnoteReference':
        runs.push({ ...style, text: `[${node.label ?? node.identifier}]` });
        return;
      default:
        // Inline HTML (tags, comments) disappears.
        return;
    }
  }

  private link(children: PhrasingContent[], href: string | undefined, style: Omit<Run, 'text'>, runs: Run[]): void {
    const url = safeUrl(href);
    // Inside a link, @user and #123 must not become links of their own.
    const inner: Run[] = [];
    for (const child of children) {
      if (child.type === 'text') inner.push({ ...style, text: child.value });
      else this.inline(child, style, inner);
    }
    if (inner.length === 0 && url) inner.push({ ...style, text: url });
    for (const run of inner) runs.push(url && run.text !== '\n' ? { ...run, url } : run);
  }

  private image(alt: string | null | undefined, href: string | undefined, style: Omit<Run, 'text'>, runs: Run[]): void {
    const url = safeUrl(href);
    const label = alt?.trim() ? `Image: ${alt.trim()}` : 'Image';
    runs.push(url ? { ...style, text: label, url } : { ...style, text: label });
  }
}

/** GitHub autolinks `@login` and `#123` in prose; we do the same on text nodes (already free of markdown). */
const REFERENCE = /(^|[^\w/@#])(@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9._-]+)?)|#(\d{1,9}))(?![\w-])/g;

function references(text: string, style: Omit<Run, 'text'>, options: MarkdownOptions, runs: Run[]): void {
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index + match[1].length;
    const login = match[3];
    const issue = match[4];
    const user = login !== undefined && !login.includes('/') ? login : undefined;
    let url: string | undefined;
    if (user !== undefined) url = `${options.githubUrl}/${user}`;
    else if (login !== undefined) url = `${options.githubUrl}/orgs/${login.split('/')[0]}/teams/${login.split('/')[1]}`;
    else if (issue !== undefined && options.repoUrl) url = `${options.repoUrl}/issues/${issue}`;
    if (!url) continue;
    if (start > last) runs.push({ ...style, text: text.slice(last, start) });
    runs.push(user === undefined ? { ...style, text: match[2], url } : { ...style, text: match[2], url, login: user });
    last = start + match[2].length;
  }
  if (last < text.length) runs.push({ ...style, text: last === 0 ? text : text.slice(last) });
}

/** Splits runs at newlines (GitHub shows a newline in a comment as a line break; a TextRun cannot). */
function splitLines(runs: Run[]): Line[] {
  const lines: Line[] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/\r?\n/);
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part.length > 0) lines[lines.length - 1].push({ ...run, text: part });
    });
  }
  for (const line of lines) trimLine(line);
  return lines.filter((line) => lineLength(line) > 0);
}

function trimLine(line: Line): void {
  if (line.length === 0) return;
  // Only ASCII blanks: the em-space indentation of nested list items must survive.
  line[0] = { ...line[0], text: line[0].text.replace(/^[ \t]+/, '') };
  const end = line.length - 1;
  line[end] = { ...line[end], text: line[end].text.replace(/[ \t]+$/, '') };
}

function codeLines(value: string): Line[] {
  const all = value.replace(/\t/g, '  ').split(/\r?\n/);
  const lines = all.slice(0, CODE_LINES).map((text): Line => {
    const cut = text.length > CODE_LINE_CHARS ? `${text.slice(0, CODE_LINE_CHARS - 1)}…` : text;
    // A blank line would collapse; a no-break space keeps the code's vertical rhythm.
    return [{ text: cut.length > 0 ? cut : '\u00a0', mono: true }];
  });
  if (all.length > CODE_LINES) lines.push([{ text: `… ${all.length - CODE_LINES} more lines`, mono: true, subtle: true }]);
  return lines;
}

/** Cuts a line to about `room` characters at a word boundary and ends it with "…". */
export function cutLine(line: Line, room: number): Line {
  const out: Line = [];
  let left = room;
  for (const run of line) {
    if (run.text.length <= left) {
      out.push(run);
      left -= run.text.length;
      continue;
    }
    let text = run.text.slice(0, Math.max(left, 0));
    const space = text.lastIndexOf(' ');
    if (space > text.length * 0.6) text = text.slice(0, space);
    if (text.trim().length > 0) out.push({ ...run, text: text.trimEnd() });
    break;
  }
  out.push({ text: '…' });
  return out;
}

function appendEllipsis(block: Block): void {
  block.lines[block.lines.length - 1].push({ text: ' …' });
}

function plain(runs: Run[]): string {
  return runs.map((run) => run.text).join('').trim();
}

