/**
 * A LISTEN that outlives its connection. NOTIFY is fire-and-forget: whatever is sent while the
 * connection is down is lost, so after every reconnect the owner is told (`onReconnect`) and
 * must catch up from the tables themselves.
 */
import type pg from 'pg';
import { PostgresClosedError, type Postgres } from './postgres.js';

export interface ListenHandlers {
  onNotify(payload: string): void;
  /** The connection was lost and is back: notifications may have been missed meanwhile. */
  onReconnect(): void;
}

export interface Listener {
  /** Ends the connection and any pending reconnect. */
  stop(): Promise<void>;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/** Resolves once LISTEN is active, so anything committed afterwards is notified. */
export async function listen(db: Postgres, channel: string, handlers: ListenHandlers): Promise<Listener> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = await db.connect();
    const lost = () => {
      if (client !== c) return;
      client = undefined;
      c.end().catch(() => undefined);
      scheduleReconnect();
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (m) => {
      if (m.channel === channel) handlers.onNotify(m.payload ?? '');
    });
    client = c;
    try {
      await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    } catch (err) {
      lost();
      throw err;
    }
    if (stopped) {
      // stop() ran while this connection was being made.
      client = undefined;
      await c.end().catch(() => undefined);
    }
  };

  const scheduleReconnect = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          retryMs = FIRST_RETRY_MS;
          if (!stopped) handlers.onReconnect();
        },
        (err: unknown) => {
          if (err instanceof PostgresClosedError) return;
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
          scheduleReconnect();
        },
      );
    }, retryMs);
    timer.unref();
  };

  try {
    await connect();
  } catch (err) {
    stopped = true;
    clearTimeout(timer);
    throw err;
  }
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
