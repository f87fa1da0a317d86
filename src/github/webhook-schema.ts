import { errorResponses } from '../http/error-schema.js';

/**
 * What `POST /api/github/webhooks` answers (DESIGN §2), for the API description. The body is
 * GitHub's, verified over its raw bytes before it is parsed, so no body schema validates it here.
 */
export const webhookSchema = {
  tags: ['github'],
  summary: 'A GitHub webhook delivery (signed)',
  description:
    'Send as GitHub does: `X-GitHub-Event`, `X-GitHub-Delivery`, and `X-Hub-Signature-256` = `sha256=` + HMAC-SHA256 of the raw body with GITHUB_WEBHOOK_SECRET. JSON or `application/x-www-form-urlencoded` (`payload=`), up to 25 MiB.',
  security: [],
  headers: {
    type: 'object',
    properties: {
      'x-github-event': { type: 'string', maxLength: 64, description: 'the event name' },
      'x-github-delivery': { type: 'string', maxLength: 128, description: 'the delivery GUID (the same on a redelivery)' },
      'x-hub-signature-256': { type: 'string', description: '`sha256=` and 64 hex digits' },
    },
  },
  body: {
    content: {
      'application/json': { schema: { type: 'object', description: "GitHub's payload of the event" } },
      'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { payload: { type: 'string', description: 'the payload as JSON' } } } },
    },
  },
  response: {
    200: {
      description: 'a `ping`, or a delivery id already stored (nothing stored again)',
      anyOf: [
        {
          type: 'object',
          required: ['ok', 'zen', 'hookId'],
          properties: { ok: { const: true }, zen: { description: "the ping's zen line, as sent" }, hookId: { description: "the ping's hook_id, as sent" } },
        },
        { type: 'object', required: ['delivery', 'duplicate'], properties: { delivery: { type: 'string' }, duplicate: { const: true } } },
      ],
    },
    202: {
      description: 'stored and queued for `links` channels, or ignored (no link, no card, or filtered) with the reason',
      anyOf: [
        { type: 'object', required: ['delivery', 'links'], properties: { delivery: { type: 'string' }, links: { type: 'integer', minimum: 1 } } },
        { type: 'object', required: ['delivery', 'ignored'], properties: { delivery: { type: 'string' }, ignored: { type: 'string' } } },
      ],
    },
    ...errorResponses(400, 401, 413, 415, 503),
  },
} as const;
