import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_DIR } from '../util/paths.js';

/**
 * `GET /admin`: the operator console (DESIGN §2 "Console and metrics"). A static page: its
 * script (`/build/admin.js`) signs in and reads the API with a bearer, so the page itself holds
 * nothing secret and needs no auth of its own. It runs under the same security headers as the
 * configuration page (registered on the root by the Teams experience).
 */
export default async function consoleRoute(app: FastifyInstance) {
  app.get('/admin', async (_request, reply) => {
    const html = await readFile(join(PUBLIC_DIR, 'admin.html'));
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
}
