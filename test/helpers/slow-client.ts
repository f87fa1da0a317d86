import { connect, type Socket } from 'node:net';

export interface SlowClient {
  socket: Socket;
  /** Resolves with everything the server sent once it closes the connection. */
  closed: Promise<string>;
  stop(): void;
}

function open(url: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const closed = new Promise<string>((done) => socket.once('close', () => done(received)));
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Headers of a webhook that passes every check made before the body is read. */
const WEBHOOK_HEADERS = {
  'content-type': 'application/json',
  'x-github-event': 'push',
  'x-github-delivery': 'slow-client',
  'x-hub-signature-256': 'sha256=' + '0'.repeat(64),
};

/**
 * A client that sends a webhook's complete headers announcing a body, then one byte of it every
 * `everyMs`, for as long as the server keeps the connection: the slow-body attack.
 */
export async function trickleBody(url: string, everyMs = 100): Promise<SlowClient> {
  const { socket, closed } = await open(url);
  const lines = [
    'POST /api/github/webhooks HTTP/1.1',
    `Host: ${new URL(url).host}`,
    'Content-Length: 1000000',
    ...Object.entries(WEBHOOK_HEADERS).map(([k, v]) => `${k}: ${v}`),
  ];
  socket.write(lines.join('\r\n') + '\r\n\r\n');
  const timer = setInterval(() => socket.writable && socket.write('{'), everyMs);
  void closed.then(() => clearInterval(timer));
  return { socket, closed, stop: () => (clearInterval(timer), socket.destroy()) };
}

/** A client that opens a connection and sends part of its request headers, never the rest. */
export async function halfOpen(url: string): Promise<SlowClient> {
  const { socket, closed } = await open(url);
  socket.write(`GET /healthz HTTP/1.1\r\nHost: ${new URL(url).host}\r\n`);
  return { socket, closed, stop: () => socket.destroy() };
}
