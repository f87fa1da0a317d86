import { renderEvent } from '../cards/render.js';
import type { LinkStore } from '../links/link.js';
import type { EventQueue } from '../queue/event-queue.js';
import { createCardSource } from './card-source.js';
import { createDeliveryWorker, type DeliveryLogger, type DeliveryWorker, type DeliveryWorkerOptions } from './worker.js';

/** The production delivery worker: cards rendered from stored events by the card catalog. */
export function createDelivery(deps: {
  /** Where GitHub lives (GHES), for links in cards. */
  githubUrl: string;
  queue: EventQueue;
  links: LinkStore;
  logger: DeliveryLogger;
  options?: DeliveryWorkerOptions;
}): DeliveryWorker {
  const cards = createCardSource({ queue: deps.queue, render: renderEvent, githubUrl: deps.githubUrl });
  return createDeliveryWorker({
    queue: deps.queue,
    links: deps.links,
    cards,
    logger: deps.logger,
    options: deps.options,
  });
}
