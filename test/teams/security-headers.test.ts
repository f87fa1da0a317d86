import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { TEAMS_FRAME_ANCESTORS } from '../../src/teams/security-headers.js';
import { PUBLIC_DIR } from '../../src/util/paths.js';
import { startTestApp } from '../helpers/test-app.js';

t.test('every response carries the CSP that lets only Teams frame us and runs no inline script', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  for (const url of ['/config', '/admin', '/config.css', '/theme.css', '/api/teams/settings', '/auth/start', '/healthz', '/api/links']) {
    const res = await h.app.inject({ url });
    const csp = String(res.headers['content-security-policy']);
    t.match(csp, `frame-ancestors 'self' ${TEAMS_FRAME_ANCESTORS.join(' ')}`, url);
    t.match(csp, "script-src 'self'");
    t.match(csp, "style-src 'self'");
    t.match(csp, "connect-src 'self' https://res.cdn.office.net;", 'TeamsJS may fetch its valid-origins list');
    t.notMatch(csp, 'unsafe-inline');
    t.equal(res.headers['x-frame-options'], undefined, 'X-Frame-Options would forbid the Teams frame');
    t.equal(res.headers['cross-origin-opener-policy'], undefined, 'COOP would cut the sign-in popup off');
    t.equal(res.headers['x-content-type-options'], 'nosniff');
    t.equal(res.headers['referrer-policy'], 'no-referrer');
  }
  const page = await h.app.inject({ url: '/config' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
});

t.test('the pages hold no inline script, handler or style attribute', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const pages = [readFileSync(join(PUBLIC_DIR, 'config.html'), 'utf8'), (await h.app.inject({ url: '/admin' })).body, (await h.app.inject({ url: '/auth/callback' })).body];
  for (const html of pages) {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) t.match(tag, /\ssrc="\/build\/[a-z-]+\.js"/);
    t.notMatch(html, /<script\b[^>]*>[^<\s]/, 'no script body');
    t.notMatch(html, /\son[a-z]+=/i, 'no event handler attributes');
    t.notMatch(html, /\sstyle=/i, 'no style attributes');
    t.notMatch(html, /https?:\/\/(?!www\.w3\.org)[^"'\s]*\.(js|css)\b/, 'nothing loaded from another origin');
  }
});
