/**
 * The ingest baseline: the least a webhook receiver must do (verify the HMAC over the raw body
 * and parse the JSON) on the same Fastify and @octokit/webhooks as the product, nothing else.
 * Run as a child process so it gets a core of its own, like the product server.
 */
import Fastify from 'fastify';
import { Webhooks } from '@octokit/webhooks';

const secret = process.env.GITHUB_WEBHOOK_SECRET!;
const webhooks = new Webhooks({ secret });
const app = Fastify({ logger: false });
app.removeAllContentTypeParsers();
app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 25 * 1024 * 1024 }, (_req, body, done) => done(null, body));
app.post('/api/github/webhooks', async (request, reply) => {
  const raw = request.body as string;
  if (!(await webhooks.verify(raw, String(request.headers['x-hub-signature-256'])))) return reply.code(401).send();
  const payload = JSON.parse(raw);
  return reply.code(202).send({ delivery: request.headers['x-github-delivery'], ok: typeof payload === 'object' });
});
app.get('/readyz', async () => ({ status: 'ready' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
