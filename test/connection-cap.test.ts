import t from 'tap';
import { request } from 'undici';
import { halfOpen, trickleBody, type SlowClient } from './helpers/slow-client.js';
import { startTestApp } from './helpers/test-app.js';

const CAP = 50;

t.test('200 half-open connections neither exceed the cap nor stop /healthz answering', async (t) => {
  const h = await startTestApp({ limits: { maxConnections: CAP } });
  const flood: SlowClient[] = [];
  t.teardown(async () => {
    for (const c of flood) c.stop();
    await h.close();
  });
  for (let i = 0; i < 200; i++) flood.push(await halfOpen(h.url));

  for (let i = 0; i < 3; i++) {
    const res = await request(`${h.url}/healthz`, { reset: true });
    t.equal(res.statusCode, 200, `/healthz answers during the flood (${i + 1})`);
    t.same(await res.body.json(), { status: 'ok' });
  }
  const open = await new Promise<number>((resolve, reject) => h.app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  t.ok(open <= CAP, `the server holds ${open} connections, at most the cap of ${CAP}`);
  const received = await flood[0].closed;
  t.equal(received, '', 'the oldest half-open connection was closed to make room, without an answer');
});

t.test('a connection serving a request is not closed to make room', async (t) => {
  const h = await startTestApp({ limits: { maxConnections: 2 } });
  t.teardown(h.close);
  // The webhook route reads the body of a signed-looking request; this one never finishes it.
  const busy = await trickleBody(h.url);
  t.teardown(busy.stop);
  await new Promise((r) => setTimeout(r, 200));
  const idle = await halfOpen(h.url);
  t.teardown(idle.stop);
  const res = await request(`${h.url}/healthz`, { reset: true });
  t.equal(res.statusCode, 200);
  await res.body.dump();
  t.equal(await idle.closed, '', 'the half-open connection made room');
  t.ok(busy.socket.writable, 'the request in progress kept its connection');
});
