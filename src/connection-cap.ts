import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

const inFlight = Symbol('requests in flight');
type TrackedSocket = Socket & { [inFlight]?: number };

/**
 * Holds a server to `max` open connections so that a flood cannot use up the process's open
 * files (which the stores and the posts to Teams need too). A plain cap (server.maxConnections)
 * would refuse every newcomer, /healthz included, for as long as the flood's half-open
 * connections last; here, past the cap, the oldest connection that is not serving a request
 * (still sending its headers, or idle between keep-alive requests) is closed to make room.
 * Only when every connection is serving a request is the newcomer refused; those are bounded by
 * the request timeout.
 */
export function capConnections(server: Server, max: number): void {
  // A Set iterates in insertion order: oldest first.
  const open = new Set<TrackedSocket>();
  server.on('connection', (socket: TrackedSocket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    if (open.size <= max) return;
    for (const candidate of open) {
      if (candidate !== socket && !candidate[inFlight]) {
        open.delete(candidate);
        candidate.destroy();
        return;
      }
    }
    open.delete(socket);
    socket.destroy();
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket as TrackedSocket;
    socket[inFlight] = (socket[inFlight] ?? 0) + 1;
    response.once('close', () => void (socket[inFlight]! -= 1));
  });
}
