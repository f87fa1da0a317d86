import type { GitHubEvent, PeopleDirectory, RenderOptions, RenderResult } from '../cards/card.js';
import { optionsKey } from '../github/route-event.js';
import type { Link } from '../links/link.js';
import type { EventQueue, Job } from '../queue/event-queue.js';

export type CardOutcome = { message: string } | { ignored: string };

/** Gives the worker the Teams message of a job, rendered from its stored event. */
export interface CardSource {
  messageFor(job: Job, link: Link): Promise<CardOutcome>;
}

export interface CardSourceDeps {
  queue: Pick<EventQueue, 'loadEvent'>;
  render(event: GitHubEvent, options: RenderOptions): RenderResult;
  githubUrl: string;
  /** Messages kept serialised, for fan-out of one event to many links. */
  cacheSize?: number;
  /** The people directory (a PeopleCache) to mention from; `version` tells when cached cards went stale. */
  people?: PeopleDirectory & { version(): number };
}

/** A Map used as a small LRU: a hit moves the entry to the newest end. */
function lru<V>(size: number) {
  const map = new Map<string | number, V>();
  return {
    get(key: string | number) {
      const v = map.get(key);
      if (v !== undefined) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key: string | number, v: V) {
      map.set(key, v);
      if (map.size > size) map.delete(map.keys().next().value!);
    },
  };
}

/**
 * Renders at send time rather than at ingest: jobs stay a few bytes each however long a backlog
 * grows, and a redelivery shows the card as it renders today. One event going to many links is
 * rendered once per distinct set of link options: finished messages are cached as strings, and
 * a parsed payload is shared only while it is being loaded. Parsed payloads are large object
 * graphs; cached, they would outlive the young generation and pile up as old garbage.
 */
export function createCardSource({ queue, render, githubUrl, cacheSize = 256, people }: CardSourceDeps): CardSource {
  const messages = lru<CardOutcome>(cacheSize);
  const loading = new Map<number, Promise<GitHubEvent | undefined>>();

  const eventOf = (eventId: number) => {
    let event = loading.get(eventId);
    if (!event) {
      event = queue.loadEvent(eventId).then((e) => e && { name: e.name, payload: JSON.parse(e.payload) });
      loading.set(eventId, event);
      event.finally(() => loading.delete(eventId)).catch(() => {});
    }
    return event;
  };

  return {
    async messageFor(job, link) {
      const mentions = people && link.options.mentions !== false ? people : undefined;
      const options: RenderOptions = { ...link.options, githubUrl, people: mentions };
      const key = `${job.eventId}:${optionsKey(options)}:${mentions ? mentions.version() : '-'}`;
      const cached = messages.get(key);
      if (cached) return cached;
      const event = await eventOf(job.eventId);
      if (!event) return { ignored: `event ${job.eventId} is no longer stored` };
      const result = render(event, options);
      const outcome: CardOutcome = 'ignored' in result ? result : { message: JSON.stringify(result.message) };
      messages.set(key, outcome);
      return outcome;
    },
  };
}
