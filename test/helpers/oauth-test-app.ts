import type { FakeGitHub } from './fake-github.js';
import { freePort } from './free-port.js';
import { startTestApp, type TestApp, type TestDatabase } from './test-app.js';

/**
 * The test app with GitHub sign-in pointed at a fake GitHub. The port is fixed up front because
 * the OAuth callback URL is derived from PUBLIC_URL (loopback unless `publicUrl` says otherwise).
 */
export async function startOAuthTestApp(gh: FakeGitHub, opts: { publicUrl?: string; env?: Record<string, string>; database?: TestDatabase } = {}): Promise<TestApp> {
  const port = await freePort();
  return startTestApp({
    env: {
      PORT: String(port),
      PUBLIC_URL: opts.publicUrl ?? `http://127.0.0.1:${port}`,
      GITHUB_CLIENT_ID: gh.clientId,
      GITHUB_CLIENT_SECRET: gh.clientSecret,
      GITHUB_URL: gh.url,
      GITHUB_API_URL: gh.apiUrl,
      ...opts.env,
    },
    database: opts.database,
  });
}
