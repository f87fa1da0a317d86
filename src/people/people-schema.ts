import { MAX_TEAMS_LENGTH } from './person.js';

/**
 * JSON schemas of the people API. They check shapes and lengths; what makes a login, a Teams id
 * or a name valid is person.ts's `checkPerson`, which the routes apply with a message that
 * names the field.
 */

/** Longer than any login (39 characters and `[bot]`), so checkPerson, not the schema, explains a bad one. */
export const loginParams = {
  type: 'object',
  required: ['login'],
  properties: { login: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

/** `login`, when given, must be the path's (case-insensitively): the path says whom the PUT is for. */
export const putPersonBody = {
  type: 'object',
  additionalProperties: false,
  required: ['teams', 'name'],
  properties: {
    login: { type: 'string', maxLength: 100 },
    teams: { type: 'string', minLength: 1, maxLength: MAX_TEAMS_LENGTH + 20 },
    // Checked again after trimming (person.ts: at most 100 characters).
    name: { type: 'string', minLength: 1, maxLength: 300 },
  },
} as const;

export const personResponse = {
  type: 'object', additionalProperties: false,
  required: ['login', 'teams', 'name'],
  properties: { login: { type: 'string' }, teams: { type: 'string' }, name: { type: 'string' } },
} as const;

export const peopleResponse = {
  type: 'object', additionalProperties: false,
  required: ['people'],
  properties: { people: { type: 'array', items: personResponse } },
} as const;

export const importResponse = {
  type: 'object', additionalProperties: false,
  required: ['imported', 'created', 'updated'],
  properties: { imported: { type: 'integer' }, created: { type: 'integer' }, updated: { type: 'integer' } },
} as const;

/**
 * An import, as JSON or CSV. Documented, not checked here: people-import.ts reads either and
 * names every bad row, which a schema's first error could not.
 */
export const importBody = {
  content: {
    'application/json': { schema: { description: 'an array of {"login", "teams", "name"} objects' } },
    'text/csv': { schema: { type: 'string', description: 'CSV with the header row login,teams,name' } },
  },
} as const;
