import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PROJECT_ROOT, PUBLIC_DIR } from '../util/paths.js';

/**
 * The card gallery: `GET /gallery` (the page) and `GET /gallery/samples.json` (one card per event
 * and action, rendered by renderEvent and committed in src/cards/samples.json so production
 * needs no dev package). The page's script, styles and Teams host configs are plain files under
 * `public/`, served by the app's static plugin at `/build/gallery.js`, `/gallery.css`, `/teams-post.css` and
 * `/hostconfig/teams-{light,dark}.json`.
 */
export default async function galleryRoutes(app: FastifyInstance): Promise<void> {
  // Read once: both are static for the life of the process.
  const html = readFileSync(join(PUBLIC_DIR, 'gallery.html'));
  const samples = readFileSync(join(PROJECT_ROOT, 'src', 'cards', 'samples.json'));

  app.get('/gallery', async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html));
  app.get('/gallery/samples.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(samples),
  );
}
