import { renderEvent } from '../cards/render.js';
import type { PeopleDirectory } from '../cards/card.js';
import type { LinkStore } from '../links/link-store.js';
import type { JobQueue } from '../queue/job-queue.js';
import { createCardSource } from './card-source.js';
import { createTargetWorker, type DeliveryLogger, type TargetWorker, type TargetWorkerOptions } from './target-worker.js';

/** The production delivery worker: cards rendered from stored events by the card catalog. */
export function createDelivery(deps: {
  /** Where GitHub lives (GHES), for links in cards. */
  githubUrl: string;
  jobs: JobQueue;
  links: LinkStore;
  logger: DeliveryLogger;
  /** Who to @mention: the people cache, whose version marks cached cards stale. */
  mentions?: PeopleDirectory & { version(): number };
  options?: TargetWorkerOptions;
}): TargetWorker {
  const cards = createCardSource({ queue: deps.jobs, render: renderEvent, githubUrl: deps.githubUrl, people: deps.mentions });
  return createTargetWorker({ queue: deps.jobs, links: deps.links, cards, logger: deps.logger, options: deps.options });
}
