import type { GitHubEvent, PeopleDirectory, RenderOptions, RenderResult } from '../cards/card.js';
import { digestEntryOf, renderDigestCards, type DigestEntry, type DigestOptions } from '../cards/digest.js';
import { optionsKey } from '../github/route-event.js';
import type { Link } from '../links/link.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { Job } from '../queue/records.js';
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
  /** Where the stored events are: the worker's JobQueue (the old EventQueue has the same method). */
  queue: Pick<JobQueue, 'loadEvent' | 'loadEvents'>;
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

/**
 * Events a digest loads per read: one round trip for many, while the payloads of one read (up to
 * a few MB at 60 KB each) stay few enough to be young garbage.
 */
const EVENTS_PER_READ = 50;

/** Stored events being loaded and rendered at once; the rest wait their turn. */
const RENDERING = 4;

/**
 * Renders at send time rather than at ingest: jobs stay a few bytes each however long a backlog
 * grows, and a redelivery shows the card as it renders today. One event going to many links is
 * rendered once per distinct set of link options: finished messages are cached, as bytes. As
 * strings they lived on the V8 heap long enough to be promoted, were copied to a flat string
 * and then to a Buffer by undici on every post, and piled up as old garbage.
 *
 * Loading and rendering take turns, a few at a time, with no await between parsing and
 * rendering. The worker starts sends in bursts (one group commit of attempts frees many links
 * at once); loaded all at once, a burst's payloads and their parsed object graphs would stay
 * alive together across young-generation collections, and V8 would promote them to pile up as
 * old garbage (the delivery bench's peak RSS).
 */
export function createCardSource({ queue, render, githubUrl, cacheSize = 256, people }: CardSourceDeps): CardSource {
  const messages = lru<CardOutcome>(cacheSize);
  // A digest folds only what fits one card (20 KB) of up to MAX_DIGEST_JOBS jobs; the next digest
  // looks at most of the same jobs again. Their entries (a few hundred bytes each) are kept, so
  // a backlog's events are loaded and parsed once for digests, not once per digest.
  const digestEntries = lru<DigestEntry>(DIGEST_ENTRIES_KEPT);
  let active = 0;
  const waiting: Array<() => void> = [];
  /** Runs `work` once fewer than RENDERING others run; a finished turn passes straight to the next. */
  const inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < RENDERING) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };

  return {
    async digestFor(jobs, link, options) {
      const fresh = new Map<number, DigestEntry>();
      const missing = [...new Set(jobs.filter((job) => digestEntries.get(job.eventId) === undefined).map((job) => job.eventId))];
      for (let i = 0; i < missing.length; i += EVENTS_PER_READ) {
        const ids = missing.slice(i, i + EVENTS_PER_READ);
        const stored = await inTurn(() => queue.loadEvents(ids));
        for (const job of jobs) {
          const event = stored.get(job.eventId);
          if (!event || fresh.has(job.eventId)) continue;
          const entry = digestEntryOf({ delivery: job.delivery, name: event.name, payload: event.payload, receivedAt: job.createdAt });
          fresh.set(job.eventId, entry);
          digestEntries.set(job.eventId, entry);
        }
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
      return (
        messages.get(key) ??
        inTurn(async () => {
          // Another send of the same event may have rendered it while this one waited.
          const rendered = messages.get(key);
          if (rendered) return rendered;
          const stored = await queue.loadEvent(job.eventId);
          if (!stored) return { ignored: `event ${job.eventId} is no longer stored` };
          const result = render({ name: stored.name, payload: JSON.parse(stored.payload) }, options);
          const outcome: CardOutcome = 'ignored' in result ? result : { message: Buffer.from(JSON.stringify(result.message)) };
          messages.set(key, outcome);
          return outcome;
        })
      );
    },
  };
}
