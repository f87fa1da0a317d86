import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_DIR } from '../util/paths.js';

/** `GET /config`: the connector configuration page (Teams' configurationUrl), also usable stand-alone. */
export default async function configPageRoute(app: FastifyInstance) {
  app.get('/config', async (_request, reply) => {
    const html = await readFile(join(PUBLIC_DIR, 'config.html'));
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
}
