import { githubClient } from './github-client.js';

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** `https://github.com` or the GHES root. */
  url: string;
  apiUrl: string;
}

/** `repo` lets the bridge read repository permissions (private ones too) and manage their webhooks. */
export const OAUTH_SCOPES = 'repo';

export function authorizeUrl(app: OAuthApp, redirectUri: string, state: string): string {
  const url = new URL('/login/oauth/authorize', app.url);
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('scope', OAUTH_SCOPES);
  url.searchParams.set('state', state);
  url.searchParams.set('allow_signup', 'false');
  return url.toString();
}

export class OAuthError extends Error {}

/** Trades the callback's code for a user token; the error says what to check on the OAuth app. */
export async function exchangeCode(app: OAuthApp, code: string, redirectUri: string): Promise<string> {
  // fetch, like Octokit: undici's `request` breaks once fetch has installed Node's own global dispatcher.
  const response = await fetch(new URL('/login/oauth/access_token', app.url), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'user-agent': 'github-teams-bridge' },
    body: JSON.stringify({ client_id: app.clientId, client_secret: app.clientSecret, code, redirect_uri: redirectUri }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let body: { access_token?: string; error?: string; error_description?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {
    throw new OAuthError(`GitHub answered ${response.status} without JSON: check GITHUB_URL`);
  }
  if (body.access_token) return body.access_token;
  if (body.error === 'incorrect_client_credentials') {
    throw new OAuthError('GitHub rejected the client id or secret: check GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET');
  }
  if (body.error === 'redirect_uri_mismatch') {
    throw new OAuthError(`the OAuth app's callback URL must be ${redirectUri}`);
  }
  throw new OAuthError(body.error_description ?? body.error ?? `GitHub answered ${response.status}`);
}

export async function authenticatedLogin(apiUrl: string, token: string): Promise<string> {
  const { data } = await githubClient(apiUrl, token).rest.users.getAuthenticated();
  return data.login;
}
