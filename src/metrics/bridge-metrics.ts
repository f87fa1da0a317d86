/**
 * The bridge's Prometheus metrics (DESIGN §2 "Console and metrics"), on a registry of their own
 * per app, so several apps in one process (tests) never share counts. Counters and histograms are
 * moved by the webhook route and the delivery worker as things happen; the gauges read the store
 * and the link cache when scraped. No label holds a repository, a link id or a URL: `event` is
 * one of the event catalog's names or `other`, the rest are fixed lists.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryObserver } from '../delivery/delivery-observer.js';
import { EVENT_NAMES } from '../github/event-catalog.js';
import { LINK_HEALTHS } from '../links/link.js';
import type { AttemptRecord, Job, JobStatus } from '../queue/records.js';

export const WEBHOOK_OUTCOMES = ['queued', 'ignored', 'duplicate', 'rejected'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

/** Health values always exported (at 0 when no link has them), so a dashboard's series never vanish. */
const KNOWN_HEALTHS: readonly string[] = LINK_HEALTHS;

const CATALOG_NAMES: ReadonlySet<string> = new Set(EVENT_NAMES);

/** The `event` label: a catalog name, or `other` for anything a sender may make up. */
export function eventLabel(name: string | undefined): string {
  return name !== undefined && CATALOG_NAMES.has(name) ? name : 'other';
}

/** What the scrape-time gauges read. */
export interface MetricSources {
  /** Jobs per status (the store's; on PostgreSQL every replica's together). */
  jobCounts(): Promise<Record<JobStatus, number>>;
  /** The links as this replica's cache holds them. */
  links(): Iterable<{ health: string }>;
}

export interface BridgeMetricsOptions {
  /** prom-client's process defaults (CPU, memory, event loop, GC); on unless a test turns them off. */
  processDefaults?: boolean;
}

export class BridgeMetrics implements DeliveryObserver {
  readonly registry = new Registry();
  private readonly webhooks: Counter<'event' | 'outcome'>;
  private readonly deliveries: Counter<'outcome'>;
  private readonly latency: Histogram;
  private readonly windowWaits: Histogram;
  private sources?: MetricSources;

  constructor(options: BridgeMetricsOptions = {}) {
    const registers = [this.registry];
    this.webhooks = new Counter({
      name: 'bridge_webhooks_total',
      help: 'GitHub webhooks received, by event name (the catalog names, else "other") and outcome',
      labelNames: ['event', 'outcome'],
      registers,
    });
    this.deliveries = new Counter({
      name: 'bridge_deliveries_total',
      help: 'Attempts to post a card to Teams, by outcome (delivered, retried, dead)',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of ['delivered', 'retried', 'dead']) this.deliveries.inc({ outcome }, 0);
    this.latency = new Histogram({
      name: 'bridge_delivery_latency_seconds',
      help: 'From the webhook received (or its redelivery requested) to Teams accepting the card',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 7200],
      registers,
    });
    this.windowWaits = new Histogram({
      name: 'bridge_window_wait_seconds',
      help: "How long a card ready to post waited on Teams' rate windows",
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 15, 30, 60, 300, 900, 3600, 7200],
      registers,
    });
    const sources = () => this.sources;
    new Gauge({
      name: 'bridge_jobs',
      help: 'Jobs in the store by status (on PostgreSQL: every replica together)',
      labelNames: ['status'],
      registers,
      async collect() {
        const counts = await sources()?.jobCounts();
        if (!counts) return;
        for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
      },
    });
    new Gauge({
      name: 'bridge_links',
      help: 'Links by health',
      labelNames: ['health'],
      registers,
      collect() {
        const links = sources()?.links();
        if (!links) return;
        const counts = new Map(KNOWN_HEALTHS.map((h) => [h, 0]));
        for (const link of links) counts.set(link.health, (counts.get(link.health) ?? 0) + 1);
        this.reset();
        for (const [health, n] of counts) this.set({ health }, n);
      },
    });
    if (options.processDefaults !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** Where the scrape-time gauges read from; until this is called they have no series. */
  readFrom(sources: MetricSources): void {
    this.sources = sources;
  }

  webhook(event: string | undefined, outcome: WebhookOutcome): void {
    this.webhooks.inc({ event: eventLabel(event), outcome });
  }

  settled(job: Job, attempt: AttemptRecord): void {
    if (attempt.outcome === 'retry') return void this.deliveries.inc({ outcome: 'retried' });
    this.deliveries.inc({ outcome: attempt.outcome });
    if (attempt.outcome !== 'delivered') return;
    const answeredAt = attempt.startedAt + attempt.durationMs;
    this.latency.observe(Math.max(0, answeredAt - (job.requeuedAt ?? job.createdAt)) / 1000);
  }

  windowWait(ms: number): void {
    this.windowWaits.observe(ms / 1000);
  }

  /** The exposition text, gauges read now. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
