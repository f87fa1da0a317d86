import type { FastifyInstance } from 'fastify';
import { HTTP_LIMITS } from './http-limits.js';

/** How long SIGTERM waits for in-flight posts to Teams before closing the stores. */
export const DELIVERY_GRACE_MS = 10_000;

/**
 * Shutdown finishes within this whatever clients and Teams do: the HTTP grace, the delivery
 * grace and closing the stores, with room to spare. Past it the process exits with 1 rather than
 * linger until a supervisor's SIGKILL.
 */
export const SHUTDOWN_BOUND_MS = HTTP_LIMITS.closeGraceMs + DELIVERY_GRACE_MS + 5_000;

export interface Closable {
  close(): Promise<void>;
}

/**
 * Stops in the order that loses nothing: no new requests (idle connections close at once; a
 * request still arriving, such as a trickling client, gets HTTP_LIMITS.closeGraceMs, then its
 * connection is closed under it), then deliveries in flight, then the stores. Resolves with the
 * exit code: 0 when everything closed, 1 when something failed or the bound ran out.
 */
export function shutdown(
  app: FastifyInstance,
  worker: { stop(graceMs: number): Promise<void> },
  stores: Closable[],
): Promise<number> {
  const orderly = (async () => {
    const cutOff = setTimeout(() => app.server.closeAllConnections(), HTTP_LIMITS.closeGraceMs);
    try {
      await app.close();
    } finally {
      clearTimeout(cutOff);
    }
    await worker.stop(DELIVERY_GRACE_MS);
    for (const store of stores) await store.close();
    return 0;
  })().catch((err) => {
    app.log.error({ err }, 'shutdown failed');
    return 1;
  });
  let overrun: NodeJS.Timeout | undefined;
  const bound = new Promise<number>((resolve) => {
    overrun = setTimeout(() => {
      app.log.error({ boundMs: SHUTDOWN_BOUND_MS }, 'shutdown did not finish in time');
      resolve(1);
    }, SHUTDOWN_BOUND_MS);
  });
  return Promise.race([orderly, bound]).finally(() => clearTimeout(overrun));
}
