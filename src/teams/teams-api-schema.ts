/** JSON schemas of what the configuration page asks besides the links API (teams-api-routes.ts). */

const stringList = { type: 'array', items: { type: 'string' } } as const;
const listPerFeature = { type: 'object', additionalProperties: stringList } as const;

export const settingsResponse = {
  type: 'object', additionalProperties: false,
  description: 'public facts the page shows before anyone signs in',
  required: ['signIn', 'publicUrl', 'payloadUrl', 'features', 'defaultFeatures', 'featureEvents', 'featureActions', 'extraWebhookOrigins'],
  properties: {
    signIn: { type: 'boolean', description: 'whether GitHub sign-in is configured' },
    publicUrl: { type: 'string' },
    payloadUrl: { type: 'string', description: 'the URL to paste into GitHub as the webhook payload URL' },
    features: stringList,
    defaultFeatures: stringList,
    featureEvents: { ...listPerFeature, description: 'per feature, the GitHub events it needs' },
    featureActions: { ...listPerFeature, description: 'per feature, the actions a filter may name' },
    extraWebhookOrigins: stringList,
  },
} as const;

export const meResponse = {
  description: 'who the bearer is; the operator also gets the webhook secret for the manual GitHub steps',
  anyOf: [
    { type: 'object', additionalProperties: false, required: ['kind', 'webhookSecret'], properties: { kind: { const: 'admin' }, webhookSecret: { type: 'string' } } },
    { type: 'object', additionalProperties: false, required: ['kind', 'login'], properties: { kind: { const: 'github' }, login: { type: 'string' } } },
    { type: 'object', additionalProperties: false, required: ['kind'], properties: { kind: { const: 'capability' } } },
  ],
} as const;

export const repositoriesResponse = {
  type: 'array',
  description: 'the repositories the signed-in GitHub user administers',
  items: {
    type: 'object', additionalProperties: false,
    required: ['fullName', 'private', 'description', 'defaultBranch'],
    properties: { fullName: { type: 'string' }, private: { type: 'boolean' }, description: { type: ['string', 'null'] }, defaultBranch: { type: 'string' } },
  },
} as const;

export const testCardResponse = {
  type: 'object', additionalProperties: false,
  required: ['delivered', 'statusCode'],
  properties: { delivered: { const: true }, statusCode: { type: 'integer', description: "Teams' answer" } },
} as const;
