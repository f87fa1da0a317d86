import type { ActionOf, EventName, PayloadView } from '../github/event-types.js';
import type { RenderOptions } from './card.js';
import type { Actor, Fact } from './elements.js';
import { oneLine, safeUrl, str, thousands, type Line, type Run } from './inline.js';
export { str };
import type { CardSpec } from './layout.js';

/**
 * Reading GitHub payloads defensively. Payloads come from the network, so every field is
 * treated as possibly missing or of the wrong type; renderers read through these helpers.
 */

/** Anyone a payload names: a user, a bot, or a name we make up (`{login: 'Dependabot'}`). */
export type Person = { readonly login?: unknown; readonly avatar_url?: unknown; readonly html_url?: unknown } | null | undefined;

/** What a renderer gets besides the payload. */
export interface Context {
  options: RenderOptions;
  githubUrl: string;
  repository?: { name: string; url?: string };
}

/** A renderer's answer: a card to lay out, or why this event produces none. */
export type Outcome = Draft | { ignored: string };

/** Part of a CardSpec a renderer fills in; render.ts adds the shared parts. */
export type Draft = Omit<CardSpec, 'githubUrl' | 'repository'> & { repository?: CardSpec['repository'] };

/** Turns one event (or one action of it) into a card, reading the payload defensively. */
export type Renderer<E extends EventName, A extends string = string> = (payload: PayloadView<E, A>, ctx: Context) => Outcome;

/** One renderer per action that makes a card; the event's other actions are ignored. */
export type ActionRenderers<E extends EventName> = { readonly [A in ActionOf<E>]?: Renderer<E, A> };

/** The same renderer for several actions, e.g. every state change of a security alert. */
export function forActions<const A extends string, R>(actions: readonly A[], renderer: R): Record<A, R> {
  return Object.fromEntries(actions.map((action) => [action, renderer])) as Record<A, R>;
}

export function ignore(reason: string): { ignored: string } {
  return { ignored: reason };
}

export function contextOf(payload: any, options: RenderOptions): Context {
  const githubUrl = (safeUrl(options.githubUrl) ?? 'https://github.com').replace(/\/+$/, '');
  const repo = payload?.repository;
  const name = str(repo?.full_name);
  return { options, githubUrl, repository: name ? { name, url: safeUrl(repo?.html_url) } : undefined };
}

export function actor(user: Person, verb: string, ctx: Context): Actor | undefined {
  const login = str(user?.login);
  if (!login) return undefined;
  return { login, avatarUrl: safeUrl(user?.avatar_url), url: safeUrl(user?.html_url) ?? `${ctx.githubUrl}/${login}`, verb };
}

/** Logins as linked runs, comma separated, at most `max` of them. */
export function people(users: unknown, ctx: Context, max = 8): Line {
  const list = Array.isArray(users) ? users.filter((u) => str(u?.login)) : [];
  const runs: Run[] = [];
  list.slice(0, max).forEach((user, index) => {
    if (index > 0) runs.push({ text: ', ' });
    runs.push({ text: str(user.login), url: safeUrl(user.html_url) ?? `${ctx.githubUrl}/${str(user.login)}` });
  });
  if (list.length > max) runs.push({ text: ` +${list.length - max}`, subtle: true });
  return runs;
}

export function labels(list: unknown, max = 8): Line {
  const names = Array.isArray(list) ? list.map((l) => oneLine(l?.name, 50)).filter(Boolean) : [];
  const runs: Run[] = [];
  names.slice(0, max).forEach((name, index) => {
    if (index > 0) runs.push({ text: '  ·  ', subtle: true });
    runs.push({ text: name, bold: true, color: 'accent' });
  });
  if (names.length > max) runs.push({ text: ` +${names.length - max}`, subtle: true });
  return runs;
}

/** Adds a fact only when its value has text, so cards never show an empty row. */
export function fact(list: Fact[], label: string, value: Line | string | undefined): void {
  const line = typeof value === 'string' ? [{ text: value }] : value;
  if (line && line.some((run) => run.text.trim().length > 0)) list.push({ label, value: line });
}

/** `refs/heads/main` → `main`, `refs/tags/v1` → `v1`. */
export function refName(ref: unknown): string {
  return str(ref).replace(/^refs\/(heads|tags)\//, '');
}

export function shortSha(sha: unknown): string {
  return str(sha).slice(0, 7);
}

export function plural(count: number, noun: string): string {
  return `${thousands(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Title runs: the subject's title plus its number, e.g. "Fix the thing  #42". */
export function titled(text: unknown, number?: unknown, fallback = 'Untitled'): Line {
  const line: Line = [{ text: oneLine(text) || fallback }];
  const n = str(number);
  if (n) line.push({ text: `  #${n}`, subtle: true, bold: false });
  return line;
}

/** A branch or tag name as a monospace fact value, linked to its tree when we know the repo. */
export function refRun(name: string, ctx: Context, repoUrl = ctx.repository?.url): Run {
  return { text: name, mono: true, url: repoUrl ? `${repoUrl}/tree/${encodeURI(name)}` : undefined, color: 'default' };
}

/** "1 h 4 min", "42 s": how long something ran. */
export function duration(start: unknown, end: unknown): string {
  const ms = Date.parse(str(end)) - Date.parse(str(start));
  if (!Number.isFinite(ms) || ms < 0) return '';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `changes_requested` → `changes requested`. */
export function words(value: unknown): string {
  return str(value).replace(/_/g, ' ').trim();
}
