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

const options = {
  type: 'object',
  additionalProperties: false,
  properties: { drafts: { type: 'boolean' }, synchronize: { type: 'boolean' }, workflowSuccesses: { type: 'boolean' }, mentions: { type: 'boolean' } },
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
  properties: { repository, webhookUrl, events, branches, options, teams, capability },
} as const;

export const patchLinkBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { webhookUrl, events, branches, options, teams },
} as const;

export const linkIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
