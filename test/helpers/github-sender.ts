import { createHmac, randomUUID } from 'node:crypto';
import { request } from 'undici';

export function signature(secret: string, body: string | Buffer): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export interface SendOptions {
  event: string;
  payload?: unknown;
  body?: string;
  secret?: string;
  delivery?: string;
  contentType?: string;
  headers?: Record<string, string | undefined>;
}

/** Sends a webhook the way GitHub's Hookshot does: real HTTP, HMAC over the exact bytes sent. */
export async function sendWebhook(baseUrl: string, opts: SendOptions) {
  const body = opts.body ?? JSON.stringify(opts.payload);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    'user-agent': 'GitHub-Hookshot/test',
    'x-github-event': opts.event,
    'x-github-delivery': opts.delivery ?? randomUUID(),
    'x-github-hook-id': '1',
  };
  if (opts.secret !== undefined) headers['x-hub-signature-256'] = signature(opts.secret, body);
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  const res = await request(`${baseUrl}/api/github/webhooks`, { method: 'POST', headers, body });
  const text = await res.body.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, json, text, delivery: headers['x-github-delivery'] };
}
