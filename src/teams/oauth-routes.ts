import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticatedLogin, authorizeUrl, exchangeCode, OAuthError, type OAuthApp } from '../auth/github-oauth.js';
import type { OAuthStateStore } from '../auth/auth-stores.js';
import { OAuthStates } from '../auth/oauth-state.js';
import { bearerToken } from '../auth/principal.js';
import type { Sessions } from '../auth/session-store.js';
import { signInPage, type SignInOutcome } from './sign-in-page.js';

export interface OAuthRouteOptions {
  publicUrl: string;
  github: { clientId?: string; clientSecret?: string; url: string; apiUrl: string };
  sessions: Sessions;
  /** Where pending states wait for their callback, which may come to another replica. */
  oauthStates: OAuthStateStore;
}

const STATE_COOKIE = 'gtb_oauth_state';

/** A cookie's value; undefined when absent or not valid percent-encoding (bad input, not a fault). */
function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * GitHub OAuth web flow for the sign-in popup: /auth/start → GitHub → /auth/callback, which
 * answers a page carrying a bridge session token (the GitHub token stays on the server, sealed
 * in the session store). `state` is single-use, expires, and must match the HttpOnly cookie of the browser
 * that started the flow. The host (`teams` or `browser`) rides with the state so the last page
 * knows whom to hand the result to.
 */
export default async function oauthRoutes(app: FastifyInstance, opts: OAuthRouteOptions) {
  const { clientId, clientSecret } = opts.github;
  const oauth: OAuthApp | undefined =
    clientId && clientSecret ? { clientId, clientSecret, url: opts.github.url, apiUrl: opts.github.apiUrl } : undefined;
  const states = new OAuthStates<SignInOutcome['host']>(opts.oauthStates);
  const redirectUri = `${opts.publicUrl}/auth/callback`;
  const secure = opts.publicUrl.startsWith('https://') ? '; Secure' : '';

  const page = (reply: FastifyReply, outcome: SignInOutcome, status = 200) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .header('set-cookie', `${STATE_COOKIE}=; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=0${secure}`)
      .type('text/html; charset=utf-8')
      .send(signInPage(outcome));

  app.get<{ Querystring: { host?: string } }>('/auth/start', async (request, reply) => {
    const host = request.query.host === 'teams' ? 'teams' : 'browser';
    if (!oauth) return page(reply, { host, error: 'GitHub sign-in is not configured on this bridge (GITHUB_CLIENT_ID).' }, 404);
    const state = await states.issue(host);
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', `${STATE_COOKIE}=${state}; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=600${secure}`)
      .redirect(authorizeUrl(oauth, redirectUri, state));
  });

  app.get<{ Querystring: { code?: string; state?: string; error?: string; error_description?: string } }>(
    '/auth/callback',
    async (request, reply) => {
      const { code, state, error } = request.query;
      const pending = typeof state === 'string' ? await states.consume(state) : undefined;
      const host = pending ?? 'browser';
      if (!oauth) return page(reply, { host, error: 'GitHub sign-in is not configured on this bridge.' }, 404);
      if (error) return page(reply, { host, error: request.query.error_description ?? error }, 400);
      const cookie = readCookie(request, STATE_COOKIE);
      if (typeof code !== 'string' || !code || !pending || !cookie || cookie !== state) {
        return page(reply, { host, error: 'The sign-in link expired or was not started here. Close this window and sign in again.' }, 400);
      }
      try {
        const githubToken = await exchangeCode(oauth, code, redirectUri);
        const login = await authenticatedLogin(oauth.apiUrl, githubToken);
        const token = await opts.sessions.create(login, githubToken);
        request.log.info({ login }, 'github sign-in');
        return page(reply, { host, token, login });
      } catch (err) {
        request.log.warn({ err: err instanceof OAuthError ? err.message : err }, 'github sign-in failed');
        const message = err instanceof OAuthError ? err.message : 'GitHub could not be reached. Try again.';
        return page(reply, { host, error: message }, 502);
      }
    },
  );

  app.post('/auth/signout', async (request, reply) => {
    const token = bearerToken(request);
    if (token) await opts.sessions.delete(token);
    return reply.code(204).send();
  });
}
