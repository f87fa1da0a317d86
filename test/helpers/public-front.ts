/**
 * Serves the app under test at an https origin inside the browser (request interception
 * forwarding to its loopback URL), because `authentication.authenticate` only opens https URLs.
 * Cookies, redirects and status codes pass through unchanged.
 */
import type { BrowserContext } from 'playwright-core';

export async function servePublicFront(context: BrowserContext, publicOrigin: string, appUrl: string): Promise<void> {
  await context.route(`${publicOrigin}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    delete headers.host;
    const body = request.postDataBuffer();
    const response = await fetch(`${appUrl}${url.pathname}${url.search}`, {
      method: request.method(),
      headers,
      body: body ? new Uint8Array(body) : undefined,
      redirect: 'manual',
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-encoding' && key !== 'transfer-encoding') out[key] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) out['set-cookie'] = cookies.join('\n');
    await route.fulfill({ status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) });
  });
}
