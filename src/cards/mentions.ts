import type { MentionEntity, PeopleDirectory } from './card.js';
import { str } from './inline.js';
import type { Person } from './payload.js';

/**
 * Teams mentions of the people a card concerns. A renderer names them (`Concerns`); the layout
 * looks them up in the people directory and mentions those it finds, in a `cc` row whose
 * TextBlock holds one `<at>Name</at>` per person and an `msteams.entities` entry with exactly
 * that text. Unmapped people keep their plain profile links. What is mentioned when is in
 * docs/people.md.
 */

/** Who a card concerns, as its renderer sees them. */
export interface Concerns {
  /** GitHub logins: requested reviewers, assignees, a reviewed pull request's author. */
  logins?: string[];
  /** Commit authors, known only by the email in the commit. */
  emails?: string[];
  /** Whether the `@login`s in the body the card shows count too (issue and pull request bodies). */
  body?: boolean;
}

/** A card pings at most this many people: a body listing the whole team must not. */
export const MAX_MENTIONS = 10;
const MAX_NAME = 64;

/**
 * A directory name as it may stand inside `<at>…</at>`, in a TextBlock that Teams runs through
 * markdown: letters, marks, digits, spaces and `. , ' ’ ( ) + @ -` are kept, anything else
 * (markdown's `* _ ~ [ ] # |`, backticks, backslashes, angle brackets, ampersands, controls)
 * becomes a space, so a name can neither format the card nor add a link. Empty: the login.
 */
export function mentionName(name: string, login: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} .,'’()+@-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = clean.length > MAX_NAME ? clean.slice(0, MAX_NAME).trimEnd() : clean;
  return cut || login.replace(/[^A-Za-z0-9-]/g, ' ').trim();
}

/** The login a GitHub noreply address stands for: `123+octocat@users.noreply.github.com` → `octocat` (GHES: any host). */
export function noreplyLogin(email: string): string | undefined {
  return /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.[^@\s]+$/i.exec(email)?.[1];
}

/** Logins of one user or a list of them, without `except` (who did it needs no ping). */
export function loginsOf(users: unknown, except?: Person): string[] {
  const list = Array.isArray(users) ? users : [users];
  const skip = str(except?.login).toLowerCase();
  return list.map((user) => str((user as Person)?.login)).filter((login) => login && login.toLowerCase() !== skip);
}

/**
 * The mentions for these logins and commit emails, in order, each person once, at most
 * MAX_MENTIONS. Each entity's text is unique in the card: two people with one display name are
 * told apart by their logins.
 */
export function resolveMentions(logins: readonly string[], emails: readonly string[], directory: PeopleDirectory): MentionEntity[] {
  const found: Array<{ login: string; teams: string; name: string }> = [];
  const seen = new Set<string>();
  const add = (person: { login: string; teams: string; name: string } | undefined) => {
    if (!person || found.length >= MAX_MENTIONS) return;
    const key = person.login.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push(person);
  };
  for (const login of logins) add(directory.byLogin(login));
  for (const email of emails) {
    const byNoreply = noreplyLogin(email);
    add(directory.byEmail(email) ?? (byNoreply ? directory.byLogin(byNoreply) : undefined));
  }
  const texts = new Set<string>();
  return found.map((person) => {
    const name = mentionName(person.name, person.login);
    let shown = name;
    for (let n = 2; texts.has(shown); n += 1) shown = shown === name ? `${name} (${person.login.replace(/[^A-Za-z0-9-]/g, ' ').trim()})` : `${name} (${n})`;
    texts.add(shown);
    return { type: 'mention', text: `<at>${shown}</at>`, mentioned: { id: person.teams, name: shown } };
  });
}
