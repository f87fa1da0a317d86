import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Node sets `_httpMessage` to the response a connection is serving, from the end of the request
 * headers until the response is done, and clears it between requests. It is internal but has
 * been stable since Node's early days, and connection managers such as http-terminator rely on
 * it; reading it at eviction time costs the requests themselves nothing, where a listener on
 * every request and response would.
 */
type HttpSocket = Socket & { _httpMessage?: unknown };

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
  const open = new Set<HttpSocket>();
  server.on('connection', (socket: HttpSocket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    if (open.size <= max) return;
    for (const candidate of open) {
      if (candidate !== socket && !candidate._httpMessage) {
        open.delete(candidate);
        candidate.destroy();
        return;
      }
    }
    open.delete(socket);
    socket.destroy();
  });
}
