import type { GitHubEvent, PeopleDirectory, RenderOptions, RenderResult } from '../cards/card.js';
import { digestEntryOf, renderDigestCards, type DigestEntry, type DigestOptions } from '../cards/digest.js';
import { optionsKey } from '../github/route-event.js';
import type { Link } from '../links/link.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { Job } from '../queue/records.js';
import { createEventLoader } from './event-loader.js';
import { MAX_DIGEST_JOBS } from './lane-scheduler.js';

/** A message as UTF-8 bytes: kept off the V8 heap while cached, and posted without a copy. */
export type CardOutcome = { message: Buffer } | { ignored: string };

/** A digest message and the jobs it carries (the head job always among them). */
export type DigestOutcome<J> = { message: Buffer; jobs: J[] } | { ignored: string };

/** Gives the worker the Teams message of a job, rendered from its stored event. */
export interface CardSource {
  messageFor(job: Pick<Job, 'id' | 'eventId'>, link: Link): Promise<CardOutcome>;
  /**
   * The digest card that carries `jobs[0]`, folding as many of `jobs` as it holds (20 KB); the
   * others are for a later post. Jobs whose event is no longer stored are left out.
   */
  digestFor<J extends Pick<Job, 'eventId' | 'delivery' | 'createdAt'>>(jobs: J[], link: Link, options: Omit<DigestOptions, 'repository'>): Promise<DigestOutcome<J>>;
}

export interface CardSourceDeps {
  /** Where the stored events are: the worker's JobQueue. */
  queue: Pick<JobQueue, 'loadEvents'>;
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

/** Digest entries kept by event id: a few digests' worth of one lane, or one each of many. */
const DIGEST_ENTRIES_KEPT = 4 * MAX_DIGEST_JOBS;

/** Events a digest reads at a time: the payloads of a whole digest (200) are not kept alive together. */
const EVENTS_PER_READ = 50;

/**
 * Renders at send time rather than at ingest: jobs stay a few bytes each however long a backlog
 * grows, and a redelivery shows the card as it renders today. One event going to many links is
 * rendered once per distinct set of link options: finished messages are cached, as bytes. As
 * strings they lived on the V8 heap long enough to be promoted, were copied to a flat string
 * and then to a Buffer by undici on every post, and piled up as old garbage.
 *
 * Events are read in batches (event-loader.ts), and each is parsed and rendered as soon as its
 * read is back, with no await in between, so its object graph dies young.
 */
export function createCardSource({ queue, render, githubUrl, cacheSize = 256, people }: CardSourceDeps): CardSource {
  const messages = lru<CardOutcome>(cacheSize);
  /** Messages being rendered, so that sends of one event with the same options share one. */
  const rendering = new Map<string, Promise<CardOutcome>>();
  const events = createEventLoader(queue, { perRead: EVENTS_PER_READ });
  // A digest folds only what fits one card (20 KB) of up to MAX_DIGEST_JOBS jobs; the next digest
  // looks at most of the same jobs again. Their entries (a few hundred bytes each) are kept, so
  // a backlog's events are loaded and parsed once for digests, not once per digest.
  const digestEntries = lru<DigestEntry>(DIGEST_ENTRIES_KEPT);

  const renderMessage = async (eventId: number, options: RenderOptions): Promise<CardOutcome> => {
    const stored = await events.load(eventId);
    if (!stored) return { ignored: `event ${eventId} is no longer stored` };
    const result = render({ name: stored.name, payload: JSON.parse(stored.payload) }, options);
    return 'ignored' in result ? result : { message: Buffer.from(JSON.stringify(result.message)) };
  };

  return {
    async digestFor(jobs, link, options) {
      // The first job of each event not yet kept: its entry is made from that job.
      const missing = new Map<number, (typeof jobs)[number]>();
      for (const job of jobs) if (!missing.has(job.eventId) && digestEntries.get(job.eventId) === undefined) missing.set(job.eventId, job);
      const firsts = [...missing.values()];
      const fresh = new Map<number, DigestEntry>();
      for (let i = 0; i < firsts.length; i += EVENTS_PER_READ) {
        const chunk = firsts.slice(i, i + EVENTS_PER_READ);
        const stored = await Promise.all(chunk.map((job) => events.load(job.eventId)));
        chunk.forEach((job, k) => {
          const event = stored[k];
          if (!event) return;
          const entry = digestEntryOf({ delivery: job.delivery, name: event.name, payload: event.payload, receivedAt: job.createdAt });
          fresh.set(job.eventId, entry);
          digestEntries.set(job.eventId, entry);
        });
      }
      const entries: DigestEntry[] = [];
      const carried = new Map<string, (typeof jobs)[number]>();
      for (const job of jobs) {
        const entry = fresh.get(job.eventId) ?? digestEntries.get(job.eventId);
        if (!entry) continue;
        entries.push({ ...entry, delivery: job.delivery, at: job.createdAt });
        carried.set(job.delivery, job);
      }
      const head = jobs[0]?.delivery;
      const card = renderDigestCards(entries, { ...options, repository: link.repository }).find((c) => head !== undefined && c.deliveries.includes(head));
      if (!card) return { ignored: `event ${jobs[0]?.eventId} is no longer stored` };
      return { message: Buffer.from(JSON.stringify(card.message)), jobs: card.deliveries.map((d) => carried.get(d)!) };
    },
    async messageFor(job, link) {
      const mentions = people && link.options.mentions !== false ? people : undefined;
      const options: RenderOptions = { ...link.options, githubUrl, people: mentions };
      const key = `${job.eventId}:${optionsKey(options)}:${mentions ? mentions.version() : '-'}`;
      const known = messages.get(key) ?? rendering.get(key);
      if (known) return known;
      const outcome = renderMessage(job.eventId, options);
      rendering.set(key, outcome);
      try {
        const done = await outcome;
        messages.set(key, done);
        return done;
      } finally {
        rendering.delete(key);
      }
    },
  };
}
