import type { AdaptiveCard, CardElement, TeamsMessage } from './card.js';
import { header } from './elements.js';
import { envelope } from './envelope.js';
import { MAX_MESSAGE_BYTES } from './fit.js';
import { oneLine, richText, safeUrl, thousands, type Line } from './inline.js';
import { plural } from './payload.js';
export { digestEntryOf } from './digest-entry.js';

/**
 * The digest card (DESIGN §2 "Delivery modes"): many events of one link folded into as few
 * Teams messages as fit, grouped by subject, newest subject first, one short linked line per
 * event. Pure: the delivery worker decides when to fold and posts what this returns.
 */

/** An event as the delivery worker holds it (payload as stored, JSON text or parsed). */
export interface DigestEvent {
  delivery: string;
  name: string;
  payload: string | object;
  receivedAt: number;
}

export type DigestSubjectKind = 'issue' | 'pull' | 'branch' | 'tag' | 'release' | 'discussion' | 'workflow' | 'repository' | 'other';

export interface DigestEntry {
  subject: { kind: DigestSubjectKind; key: string; title: string; url?: string };
  /** One short line for this event ("@octocat opened", "3 commits by @a", "CI failed on main"). */
  line: string;
  /** Link of this event (commit compare, comment, review, run). */
  url?: string;
  /** receivedAt, epoch ms. */
  at: number;
  /** GitHub delivery id, so the delivery log can say which events a digest carried. */
  delivery: string;
}

export interface DigestOptions {
  /** `owner/name`. */
  repository: string;
  /** `busy`: folded because Teams' windows would make cards late; `scheduled`: a digest link's period ended. */
  reason: 'busy' | 'scheduled';
  /** The period, epoch ms; each defaults to the oldest / newest entry. */
  since?: number;
  until?: number;
  /** IANA time zone for the times shown; UTC when absent or unknown. */
  timeZone?: string;
}

export interface DigestCard {
  message: TeamsMessage;
  /** The delivery ids this card carries, in the order shown. */
  deliveries: string[];
}

/** Longest subject title and event line shown, so a line never wraps into a paragraph. */
const TITLE_CHARS = 80;
const LINE_CHARS = 90;

const KIND_LABELS: Record<DigestSubjectKind, string> = {
  issue: 'Issue',
  pull: 'Pull request',
  branch: 'Branch',
  tag: 'Tag',
  release: 'Release',
  discussion: 'Discussion',
  workflow: 'Workflow',
  repository: 'Repository',
  other: '',
};

interface Subject {
  entries: DigestEntry[];
  /** The newest entry: its title and link are the subject's current state. */
  latest: DigestEntry;
  first: number;
}

/** A body element with its serialised size, measured once. */
interface Sized {
  element: CardElement;
  bytes: number;
}

/**
 * Renders entries as digest messages, each under 20,000 bytes of JSON as posted. Every entry
 * appears in exactly one card; none when there are no entries (nothing happened, nothing posted).
 */
export function renderDigestCards(entries: DigestEntry[], options: DigestOptions): DigestCard[] {
  if (entries.length === 0) return [];
  const clock = clockOf(options.timeZone);
  const subjects = groupBySubject(entries);
  let oldest = Infinity;
  let newest = -Infinity;
  for (const entry of entries) {
    if (entry.at < oldest) oldest = entry.at;
    if (entry.at > newest) newest = entry.at;
  }
  const since = finite(options.since) ?? oldest;
  const until = finite(options.until) ?? newest;
  const withDay = clock.day(since) !== clock.day(until) || clock.day(oldest) !== clock.day(newest);
  const context: Heading = {
    repository: { name: oneLine(options.repository, 100) || 'Repository', url: repositoryUrl(entries, options.repository) },
    count: entries.length,
    headline: options.reason === 'scheduled' ? scheduledHeadline(clock, since, until) : `${plural(entries.length, 'event')} in the last ${span(until - since)}`,
    note: options.reason === 'busy' ? 'Teams allows this channel 100 cards an hour, so these came as one digest.' : undefined,
  };

  // Each element is serialised once; a card's size is its skeleton plus its elements, so packing
  // 2,000 entries costs 2,000 small stringifications, not one whole card per entry.
  const blocks = subjects.map((subject) => ({
    subject,
    heading: sized(subjectHeading(subject, false)),
    lines: subject.entries.map((entry) => sized(entryLine(entry, clock, withDay))),
  }));

  const single = skeleton(context, undefined);
  let total = single.bytes;
  for (const block of blocks) {
    total += block.heading.bytes + 1;
    for (const line of block.lines) total += line.bytes + 1;
  }
  if (total <= LIMIT) {
    const body = [...single.body];
    const deliveries: string[] = [];
    for (const block of blocks) {
      body.push(block.heading.element);
      for (let i = 0; i < block.lines.length; i++) {
        body.push(block.lines[i].element);
        deliveries.push(block.subject.entries[i].delivery);
      }
    }
    return [{ message: messageOf(context, undefined, body), deliveries }];
  }

  // Several parts: reserve the largest header any part can have (part numbers as wide as the
  // entry count), then fill each card in order.
  const reserved = skeleton(context, { index: entries.length, of: entries.length, from: entries.length, to: entries.length }).bytes;
  const parts: Array<{ body: CardElement[]; deliveries: string[]; from: number; to: number }> = [];
  let body: CardElement[] = [];
  let deliveries: string[] = [];
  let bytes = reserved;
  let shown = 0;
  const close = () => {
    parts.push({ body, deliveries, from: shown - deliveries.length + 1, to: shown });
    body = [];
    deliveries = [];
    bytes = reserved;
  };
  for (const block of blocks) {
    let headed = false;
    for (let i = 0; i < block.lines.length; i++) {
      const line = block.lines[i];
      let heading = headed ? undefined : i === 0 ? block.heading : sized(subjectHeading(block.subject, true));
      let needed = line.bytes + 1 + (heading ? heading.bytes + 1 : 0);
      if (bytes + needed > LIMIT && deliveries.length > 0) {
        close();
        heading = i === 0 ? block.heading : sized(subjectHeading(block.subject, true));
        needed = line.bytes + 1 + heading.bytes + 1;
      }
      if (heading) body.push(heading.element);
      body.push(line.element);
      headed = true;
      bytes += needed;
      deliveries.push(block.subject.entries[i].delivery);
      shown++;
    }
  }
  if (deliveries.length > 0) close();
  return parts.map((part, index) => {
    const page = { index: index + 1, of: parts.length, from: part.from, to: part.to };
    return { message: messageOf(context, page, [...skeleton(context, page).body, ...part.body]), deliveries: part.deliveries };
  });
}

/** Strictly under Teams' limit, as `fit` keeps single cards. */
const LIMIT = MAX_MESSAGE_BYTES - 1;

interface Heading {
  repository: { name: string; url?: string };
  count: number;
  headline: string;
  note?: string;
}

interface Page {
  index: number;
  of: number;
  from: number;
  to: number;
}

function finite(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function sized(element: CardElement): Sized {
  return { element, bytes: Buffer.byteLength(JSON.stringify(element), 'utf8') };
}

/** Subjects newest first (by their latest event); a subject's events oldest first, as a story reads. */
function groupBySubject(entries: DigestEntry[]): Subject[] {
  const byKey = new Map<string, Subject>();
  entries.forEach((entry, index) => {
    const key = `${entry.subject.kind}\u0000${entry.subject.key}`;
    const subject = byKey.get(key);
    if (!subject) byKey.set(key, { entries: [entry], latest: entry, first: index });
    else {
      subject.entries.push(entry);
      if (entry.at >= subject.latest.at) subject.latest = entry;
    }
  });
  const subjects = [...byKey.values()];
  for (const subject of subjects) if (subject.entries.length > 1) stableSort(subject.entries, (a, b) => a.at - b.at);
  return stableSort(subjects, (a, b) => b.latest.at - a.latest.at || a.first - b.first);
}

function stableSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  // Array.prototype.sort is stable since ES2019; named so the reliance is visible.
  return list.sort(compare);
}

function subjectHeading(subject: Subject, continued: boolean): CardElement {
  const { kind, title, url } = subject.latest.subject;
  const label = KIND_LABELS[kind] ?? '';
  const line: Line = [];
  if (label) line.push({ text: `${label}  `, subtle: true });
  line.push({ text: oneLine(title, TITLE_CHARS) || 'Untitled', url: safeUrl(url), bold: true, color: 'default', mono: kind === 'branch' || kind === 'tag' });
  if (continued) line.push({ text: '  (continued)', subtle: true });
  else if (subject.entries.length > 1) line.push({ text: `  ·  ${plural(subject.entries.length, 'event')}`, subtle: true });
  return richText(line, { spacing: 'Medium', separator: true });
}

function entryLine(entry: DigestEntry, clock: Clock, withDay: boolean): CardElement {
  return richText(
    [
      { text: withDay ? clock.dayTime(entry.at) : clock.time(entry.at), subtle: true, small: false },
      { text: '  ' },
      { text: oneLine(entry.line, LINE_CHARS) || 'Event', url: safeUrl(entry.url) },
    ],
    { spacing: 'None' },
  );
}

/** The card's header elements and the message's size without any subject (body left open). */
function skeleton(context: Heading, page: Page | undefined): { body: CardElement[]; bytes: number } {
  const event = page ? `Digest  ·  part ${thousands(page.index)} of ${thousands(page.of)}` : 'Digest';
  const body: CardElement[] = [
    header(context.repository, event, { label: plural(context.count, 'event'), tone: 'accent' }),
    richText([{ text: context.headline, bold: true, large: true }], { spacing: 'Medium' }),
  ];
  const notes: string[] = [];
  if (context.note) notes.push(context.note);
  if (page) notes.push(`This part: events ${thousands(page.from)}–${thousands(page.to)}.`);
  if (notes.length > 0) body.push(richText([{ text: notes.join(' '), subtle: true }], { spacing: 'Small' }));
  const bytes = Buffer.byteLength(JSON.stringify(messageOf(context, page, body)), 'utf8');
  return { body, bytes };
}

function messageOf(context: Heading, page: Page | undefined, body: CardElement[]): TeamsMessage {
  const summary = `Digest of ${context.repository.name}: ${context.headline}${page ? ` (part ${page.index} of ${page.of})` : ''}`;
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body,
    msteams: { width: 'Full' },
    fallbackText: summary,
  };
  return envelope(card, summary);
}

/** The repository's page, read off any entry link under it (the options name it, not its host). */
function repositoryUrl(entries: DigestEntry[], repository: string): string | undefined {
  if (!repository) return undefined;
  const marker = `/${repository}`;
  for (const entry of entries) {
    for (const url of [entry.subject.url, entry.url]) {
      if (!url) continue;
      const at = url.indexOf(marker);
      const end = at + marker.length;
      if (at > 8 && (url.length === end || url[end] === '/')) return safeUrl(url.slice(0, end));
    }
  }
  return undefined;
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes === 1) return 'minute';
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${thousands(Math.round(hours / 24))} days`;
}

function scheduledHeadline(clock: Clock, since: number, until: number): string {
  if (clock.day(since) === clock.day(until)) return `Digest for ${clock.time(since)}–${clock.time(until)} ${clock.zone}`;
  return `Digest for ${clock.dayTime(since)} – ${clock.dayTime(until)} ${clock.zone}`;
}

interface Clock {
  zone: string;
  /** "09:14". */
  time(at: number): string;
  /** "3 Jun 09:14". */
  dayTime(at: number): string;
  /** A key that differs between calendar days in the zone. */
  day(at: number): string;
}

/** Formatters made once per digest: creating an Intl formatter costs far more than using one. */
function clockOf(timeZone: string | undefined): Clock {
  const zone = knownZone(timeZone);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const safe = (format: Intl.DateTimeFormat, at: number) => (Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? format.format(at) : '');
  return {
    zone,
    time: (at) => safe(time, at) || '--:--',
    dayTime: (at) => `${safe(date, at)} ${safe(time, at) || '--:--'}`.trim(),
    day: (at) => safe(day, at),
  };
}

function knownZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}
