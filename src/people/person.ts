/**
 * A person of the directory that maps GitHub logins to Teams users (DESIGN §2 "People"), and the
 * rules every way in (the API, an import, a store read) holds it to. Stores keep what these
 * functions accept; they re-check nothing.
 */

export interface Person {
  /** GitHub login as the operator spelt it; matched case-insensitively. */
  login: string;
  /** The Teams user: a UPN or email, or an Entra object id (a GUID, kept in lower case). */
  teams: string;
  /** Display name, shown in the card's mention. */
  name: string;
}

export const MAX_NAME_LENGTH = 100;
/** RFC 5321's longest address; UPNs are shorter still. */
export const MAX_TEAMS_LENGTH = 254;

/**
 * GitHub's rule: letters, digits and hyphens, no leading or trailing hyphen, at most 39
 * characters; apps act as `name[bot]`. Consecutive hyphens are allowed: some old accounts have them.
 */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\[bot\])?$/;
const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * A UPN or email: a dot-atom local part (no quoted forms; Entra refuses them in UPNs) and a
 * domain of at least two labels with an alphabetic top level. No `"`, `\`, `<` or `>` can pass,
 * so the value is safe in JSON, logs and a card's entity without escaping.
 */
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** Control characters, and the angle brackets that would close a `<at>` mention early. */
const NOT_IN_NAME = /[\u0000-\u001f\u007f-\u009f<>\u2028\u2029]/;

/** The key a login is stored and found under. */
export function loginKey(login: string): string {
  return login.toLowerCase();
}

export function loginError(login: unknown): string | undefined {
  if (typeof login !== 'string' || login.length === 0) return 'login is required';
  if (!LOGIN.test(login)) return `login ${JSON.stringify(login.slice(0, 60))} is not a GitHub login (letters, digits and inner hyphens, at most 39, optionally ending in [bot])`;
  return undefined;
}

export function isEntraObjectId(value: string): boolean {
  return ENTRA_OBJECT_ID.test(value);
}

export function isAddress(value: string): boolean {
  return value.length <= MAX_TEAMS_LENGTH && ADDRESS.test(value);
}

/**
 * The person to store from what a user gave, or why it cannot be: fields trimmed, the object
 * id in lower case, every field checked.
 */
export function checkPerson(input: { login?: unknown; teams?: unknown; name?: unknown }): { person: Person } | { error: string } {
  const login = typeof input.login === 'string' ? input.login.trim() : input.login;
  const loginProblem = loginError(login);
  if (loginProblem) return { error: loginProblem };
  if (typeof input.teams !== 'string' || input.teams.trim() === '') return { error: 'teams is required: a UPN or email, or an Entra object id' };
  let teams = input.teams.trim();
  if (isEntraObjectId(teams)) teams = teams.toLowerCase();
  else if (!isAddress(teams)) {
    return { error: `teams ${JSON.stringify(teams.slice(0, 80))} is neither a UPN or email (name@contoso.com) nor an Entra object id (a GUID)` };
  }
  if (typeof input.name !== 'string' || input.name.trim() === '') return { error: 'name is required' };
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length > MAX_NAME_LENGTH) return { error: `name is longer than ${MAX_NAME_LENGTH} characters` };
  if (NOT_IN_NAME.test(name)) return { error: 'name must not contain control characters, < or >' };
  return { person: { login: login as string, teams, name } };
}
