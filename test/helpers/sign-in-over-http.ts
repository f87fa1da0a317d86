/**
 * The GitHub sign-in popup's journey without a browser: /auth/start → fake GitHub authorize →
 * /auth/callback with the state cookie, then the session token out of the last page's meta tag.
 */
import { request } from 'undici';

export interface HttpSignIn {
  status: number;
  token?: string;
  login?: string;
  error?: string;
  html: string;
}

function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (first ?? '').split(';')[0];
}

export async function signInOverHttp(appUrl: string, opts: { cookie?: (real: string) => string } = {}): Promise<HttpSignIn> {
  const start = await request(`${appUrl}/auth/start?host=browser`);
  await start.body.dump();
  if (start.statusCode !== 302) return { status: start.statusCode, html: '' };
  const cookie = cookieOf(start.headers['set-cookie']);
  const authorize = await request(String(start.headers.location));
  await authorize.body.dump();
  const callback = await request(String(authorize.headers.location), { headers: { cookie: opts.cookie ? opts.cookie(cookie) : cookie } });
  const html = await callback.body.text();
  const meta = /<meta name="gtb-sign-in" content="([^"]*)"/.exec(html)?.[1] ?? '{}';
  const outcome = JSON.parse(meta.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return { status: callback.statusCode, html, ...outcome };
}
