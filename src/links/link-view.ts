import type { Link } from './link.js';
import { NO_FILTERS } from './link-rules.js';
import { redactWebhookUrl } from './webhook-url.js';

/** A link as the API shows it: the webhook URL only as host and fingerprint. */
export function linkView(link: Link) {
  return {
    id: link.id,
    repository: link.repository,
    webhook: redactWebhookUrl(link.webhookUrl),
    events: link.events,
    branches: link.branches,
    filters: link.filters ?? NO_FILTERS,
    options: link.options,
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

export type LinkView = ReturnType<typeof linkView>;
