import { connect, type Socket } from 'node:net';

export interface SlowClient {
  socket: Socket;
  /** Resolves with everything the server sent once it closes the connection. */
  closed: Promise<string>;
  /** Resolves with the first bytes the server sends. */
  answered: Promise<string>;
  stop(): void;
}

/** Headers of a webhook that passes every check made before the body is read. */
const WEBHOOK_HEADERS = {
  'content-type': 'application/json',
  'x-github-event': 'push',
  'x-github-delivery': 'slow-client',
  'x-hub-signature-256': 'sha256=' + '0'.repeat(64),
};

function open(url: string): Promise<Omit<SlowClient, 'stop'>> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const closed = new Promise<string>((done) => socket.once('close', () => done(received)));
    const answered = new Promise<string>((done) => socket.once('data', (chunk) => done(chunk.toString('latin1'))));
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, closed, answered }));
    socket.once('error', reject);
  });
}

/** The request line and headers of a webhook POST announcing `contentLength` bytes of body. */
function webhookHead(url: string, headers: Record<string, string | undefined>, contentLength: number): string {
  const lines = ['POST /api/github/webhooks HTTP/1.1', `Host: ${new URL(url).host}`, `Content-Length: ${contentLength}`];
  for (const [k, v] of Object.entries({ ...WEBHOOK_HEADERS, ...headers })) if (v !== undefined) lines.push(`${k}: ${v}`);
  return lines.join('\r\n') + '\r\n\r\n';
}

/**
 * A client that sends a webhook's headers announcing a large body and then nothing: whatever
 * the server answers, it answered without reading the body.
 */
export async function headersOnly(url: string, headers: Record<string, string | undefined>, contentLength = 24 * 1024 * 1024): Promise<SlowClient> {
  const client = await open(url);
  client.socket.write(webhookHead(url, headers, contentLength));
  return { ...client, stop: () => client.socket.destroy() };
}

/**
 * A client that sends a webhook's complete headers announcing a body, then one byte of it every
 * `everyMs`, for as long as the server keeps the connection: the slow-body attack.
 */
export async function trickleBody(url: string, everyMs = 100): Promise<SlowClient> {
  const client = await open(url);
  const { socket } = client;
  socket.write(webhookHead(url, {}, 1_000_000));
  const timer = setInterval(() => socket.writable && socket.write('{'), everyMs);
  void client.closed.then(() => clearInterval(timer));
  return { ...client, stop: () => (clearInterval(timer), socket.destroy()) };
}

/** A client that opens a connection and sends part of its request headers, never the rest. */
export async function halfOpen(url: string): Promise<SlowClient> {
  const client = await open(url);
  client.socket.write(`GET /healthz HTTP/1.1\r\nHost: ${new URL(url).host}\r\n`);
  return { ...client, stop: () => client.socket.destroy() };
}

/** Fails the test instead of hanging when the server never answers or never closes. */
export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
