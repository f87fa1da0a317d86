import { MAX_GLOB_LENGTH, MAX_GLOBS } from '../util/glob.js';
import { FEATURES } from './features.js';
import { LINK_HEALTHS } from './link.js';

/** JSON schemas of the links API; Fastify's validator turns violations into 400s naming the field. */
export const repositorySchema = {
  type: 'string',
  minLength: 3,
  maxLength: 140,
  pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$',
} as const;

const events = {
  anyOf: [
    { type: 'array', items: { const: '*' }, minItems: 1, maxItems: 1 },
    { type: 'array', items: { type: 'string', enum: FEATURES }, minItems: 1, uniqueItems: true },
  ],
} as const;

/** Branch globs; their glob syntax (no extglobs, no braces) is checked by the routes, which name the glob. */
const branches = {
  type: 'array',
  maxItems: MAX_GLOBS,
  uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH, pattern: '^[^\\s~^:\\\\]+$' },
} as const;

/**
 * Caps that bound what one link can cost per event (docs/filters.md). Label names are at most 50
 * characters on GitHub and logins 39 (plus `[bot]`), so their globs are held shorter than paths'.
 */
export const MAX_LABEL_GLOB_LENGTH = 100;
export const MAX_AUTHOR_GLOB_LENGTH = 64;
export const MAX_ACTIONS = 32;

const globs = (maxLength: number) =>
  ({ type: 'array', maxItems: MAX_GLOBS, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength } }) as const;

/** DESIGN §2 "Filters". Glob syntax, login spelling and action names are checked by filtersError, which names the field. */
const filters = {
  type: 'object',
  additionalProperties: false,
  properties: {
    labels: {
      type: 'object',
      additionalProperties: false,
      properties: { include: globs(MAX_LABEL_GLOB_LENGTH), exclude: globs(MAX_LABEL_GLOB_LENGTH) },
    },
    authors: {
      type: 'object',
      additionalProperties: false,
      properties: { include: globs(MAX_AUTHOR_GLOB_LENGTH), exclude: globs(MAX_AUTHOR_GLOB_LENGTH), bots: { type: 'boolean' } },
    },
    paths: globs(MAX_GLOB_LENGTH),
    actions: {
      type: 'object',
      maxProperties: FEATURES.length,
      additionalProperties: { type: 'array', maxItems: MAX_ACTIONS, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
    },
  },
} as const;

const options = {
  type: 'object',
  additionalProperties: false,
  properties: { drafts: { type: 'boolean' }, synchronize: { type: 'boolean' }, workflowSuccesses: { type: 'boolean' }, mentions: { type: 'boolean' } },
} as const;

/** DESIGN §2 "Delivery modes", as the API answers them. */
const deliveryModes = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['mode'], properties: { mode: { const: 'immediate' } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['mode', 'everyMinutes'],
      properties: { mode: { const: 'digest' }, everyMinutes: { type: 'integer', minimum: 5, maximum: 1440 } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['mode', 'at', 'timeZone'],
      properties: {
        mode: { const: 'daily' },
        at: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
        timeZone: { type: 'string', minLength: 1, maxLength: 64 },
      },
    },
  ],
} as const;

/**
 * The same, as requests send it. Only its being an object is validated here: against the oneOf
 * above Ajv answers every mistake "must match exactly one schema in oneOf", so deliveryError
 * (delivery-error.ts) checks the mode and its fields and names what to write instead. The
 * properties only describe (no keyword that validates).
 */
const delivery = {
  type: 'object',
  description: 'DESIGN §2 "Delivery modes"; a refused one is answered 400 naming the field',
  properties: {
    mode: { description: 'immediate (default), digest or daily' },
    everyMinutes: { description: 'digest: an integer from 5 to 1440' },
    at: { description: 'daily: HH:MM, 24-hour' },
    timeZone: { description: 'daily: an IANA time zone name, e.g. Europe/Berlin' },
  },
} as const;

const webhookUrl = { type: 'string', minLength: 10, maxLength: 2048 } as const;

const teams = {
  type: 'object',
  additionalProperties: false,
  properties: {
    entityId: { type: 'string', maxLength: 200 },
    configName: { type: 'string', maxLength: 200 },
    channelName: { type: 'string', maxLength: 200 },
    teamName: { type: 'string', maxLength: 200 },
  },
} as const;

/** A link capability made by the config page (see src/auth/capability.ts). */
const capability = { type: 'string', pattern: '^gtbc_[A-Za-z0-9_-]{43}$' } as const;

export const createLinkBody = {
  type: 'object',
  additionalProperties: false,
  required: ['repository', 'webhookUrl'],
  properties: { repository: repositorySchema, webhookUrl, events, branches, filters, options, delivery, teams, capability, paused: { type: 'boolean' } },
} as const;

export const patchLinkBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { webhookUrl, events, branches, filters, options, delivery, teams, paused: { type: 'boolean' } },
} as const;

export const linkIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

export const listLinksQuery = {
  type: 'object',
  properties: { repository: { type: 'string', maxLength: 140, description: 'only the links of this repository (any case)' } },
} as const;

const stringList = { type: 'array', items: { type: 'string' } } as const;

/** A link as the API answers it (link-view.ts builds it): the webhook URL only as host and fingerprint. */
export const linkViewSchema = {
  type: 'object', additionalProperties: false,
  required: [
    'id',
    'repository',
    'webhook',
    'events',
    'branches',
    'filters',
    'options',
    'delivery',
    'paused',
    'health',
    'consecutiveFailures',
    'lastError',
    'createdAt',
    'updatedAt',
    'createdBy',
    'teams',
    'hookId',
  ],
  properties: {
    id: { type: 'string' },
    repository: { type: 'string' },
    webhook: {
      type: 'object', additionalProperties: false,
      description: 'the write-only webhook URL, redacted',
      required: ['host', 'fingerprint'],
      properties: { host: { type: 'string' }, fingerprint: { type: 'string', description: 'first 8 hex digits of its SHA-256' } },
    },
    events: { ...stringList, description: 'feature names, or ["*"]' },
    branches: stringList,
    filters: {
      type: 'object', additionalProperties: false,
      required: ['labels', 'authors', 'paths', 'actions'],
      properties: {
        labels: { type: 'object', additionalProperties: false, required: ['include', 'exclude'], properties: { include: stringList, exclude: stringList } },
        authors: {
          type: 'object', additionalProperties: false,
          required: ['include', 'exclude', 'bots'],
          properties: { include: stringList, exclude: stringList, bots: { type: 'boolean' } },
        },
        paths: stringList,
        actions: { type: 'object', additionalProperties: stringList },
      },
    },
    options: {
      type: 'object', additionalProperties: false,
      required: ['drafts', 'synchronize', 'workflowSuccesses', 'mentions'],
      properties: { drafts: { type: 'boolean' }, synchronize: { type: 'boolean' }, workflowSuccesses: { type: 'boolean' }, mentions: { type: 'boolean' } },
    },
    delivery: { ...deliveryModes, description: 'immediate cards (folded into digests when Teams would make them late), or scheduled digests' },
    paused: { type: 'boolean', description: 'nothing is posted while true; events still queue and go out in order on resume' },
    health: {
      type: 'string',
      enum: LINK_HEALTHS,
      description: '`active`; `failing` after `failingAfter` dead-lettered deliveries in a row; `dead` at once when Teams answers that the webhook is gone (404, 410). One delivery makes it `active` again; so does any edit but a pause.',
    },
    consecutiveFailures: { type: 'integer' },
    lastError: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    createdBy: { type: 'string', description: '`admin` or `github:<login>`' },
    teams: {
      type: ['object', 'null'], additionalProperties: false,
      properties: { entityId: { type: 'string' }, configName: { type: 'string' }, channelName: { type: 'string' }, teamName: { type: 'string' } },
    },
    hookId: { type: ['integer', 'null'], description: "the GitHub webhook the bridge created for the repository" },
  },
} as const;

/** What became of the repository's GitHub webhook after a save or delete by a signed-in GitHub user. */
export const hookOutcomeSchema = {
  type: 'object', additionalProperties: false,
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['created', 'updated', 'deleted', 'kept', 'failed'] },
    hookId: { type: 'integer' },
    events: stringList,
    message: { type: 'string' },
  },
} as const;

/** A created or updated link, with its hook's outcome when the caller signed in with GitHub. */
export const savedLinkResponse = {
  ...linkViewSchema,
  properties: { ...linkViewSchema.properties, hook: hookOutcomeSchema },
} as const;

export const linksResponse = {
  type: 'object', additionalProperties: false,
  required: ['links'],
  properties: { links: { type: 'array', items: linkViewSchema } },
} as const;

export const deletedLinkResponse = {
  type: 'object', additionalProperties: false,
  description: "deleted; the repository's GitHub webhook outcome (GitHub sign-in only)",
  required: ['deleted', 'hook'],
  properties: { deleted: { const: true }, hook: hookOutcomeSchema },
} as const;

/** No body (204). */
export const noContent = { type: 'null', description: 'no content' } as const;
