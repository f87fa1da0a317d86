import type { FromSchema } from 'json-schema-to-ts';
import type { Link } from './link.js';
import type { linkViewSchema } from './link-schema.js';
import { NO_FILTERS } from './link-rules.js';
import { redactWebhookUrl } from './webhook-url.js';

/** A link as the API shows it: the webhook URL only as host and fingerprint. */
export function linkView(link: Link): LinkView {
  return {
    id: link.id,
    repository: link.repository,
    webhook: redactWebhookUrl(link.webhookUrl),
    events: link.events,
    branches: link.branches,
    filters: link.filters ?? NO_FILTERS,
    options: link.options,
    delivery: link.delivery ?? { mode: 'immediate' as const },
    health: link.health,
    consecutiveFailures: link.consecutiveFailures,
    lastError: link.lastError ?? null,
    createdAt: link.createdAt,
    updatedAt: link.updatedAt,
    createdBy: link.createdBy,
    teams: link.teams ?? null,
    hookId: link.hookId ?? null,
    paused: link.paused === true,
  };
}

/** Checked against the schema the API documents and serializes with. */
export type LinkView = FromSchema<typeof linkViewSchema>;
