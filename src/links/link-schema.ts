import { MAX_GLOB_LENGTH, MAX_GLOBS } from '../util/glob.js';
import { FEATURES } from './features.js';

/** JSON schemas of the links API; Fastify's validator turns violations into 400s naming the field. */
const repository = {
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

/**
 * DESIGN §2 "Delivery modes". Only its being an object is checked here: deliveryError
 * (delivery-error.ts) checks the mode and its fields and names what to write instead.
 */
const delivery = { type: 'object' } as const;

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
  properties: { repository, webhookUrl, events, branches, filters, options, delivery, teams, capability },
} as const;

export const patchLinkBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { webhookUrl, events, branches, filters, options, delivery, teams },
} as const;

export const linkIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
