import { readFileSync } from 'node:fs';

/**
 * How long the server waits on a client, and how many connections it holds open. Fastify and
 * Node wait forever on a request body by default, so one client trickling bytes could hold a
 * connection, and the shutdown, for as long as it liked. docs/operations.md lists these.
 */
export interface HttpLimits {
  /** A client must send its complete request headers within this. */
  headersTimeoutMs: number;
  /** …and the whole request, body included, within this. GitHub itself gives up after 10 s. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this; above the 60 s idle timeout of common proxies and load balancers. */
  keepAliveTimeoutMs: number;
  /** A connection on which no byte moves for this long, in either direction, is closed. */
  socketIdleTimeoutMs: number;
  /** How often Node checks the header and request deadlines (its default, 30 s, would make them 30 s late). */
  deadlineCheckIntervalMs: number;
  /** Open connections at most; past it the oldest connection not serving a request is closed. */
  maxConnections: number;
  /** After SIGTERM, requests in progress get this long to finish before their connections are closed. */
  closeGraceMs: number;
}

export const HTTP_LIMITS: Omit<HttpLimits, 'maxConnections'> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 72_000,
  socketIdleTimeoutMs: 60_000,
  deadlineCheckIntervalMs: 1_000,
  closeGraceMs: 5_000,
};

/** Without a file limit to go by (not Linux), the cap a default 1,024-file limit gives. */
const FALLBACK_MAX_CONNECTIONS = 512;

/** The soft limit on open files from /proc/self/limits text; undefined when unlimited or absent. */
export function openFileLimit(limits: string): number | undefined {
  const match = /^Max open files\s+(\d+)/m.exec(limits);
  return match ? Number(match[1]) : undefined;
}

/**
 * Half the open-file limit, so that a flood of connections leaves the other half to the stores,
 * the posts to Teams and the calls to GitHub; between 16 and 10,000.
 */
export function defaultMaxConnections(readLimits: () => string = () => readFileSync('/proc/self/limits', 'utf8')): number {
  let files: number | undefined;
  try {
    files = openFileLimit(readLimits());
  } catch {
    files = undefined;
  }
  return files === undefined ? FALLBACK_MAX_CONNECTIONS : Math.max(16, Math.min(10_000, Math.floor(files / 2)));
}
