/**
 * A fresh link capability (`gtbc_` + 32 random bytes, base64url). The page makes it because Teams
 * wants the config (which keeps it, as entityId) set before it hands out the webhook URL that the
 * link needs; the server keeps only its hash.
 */
export function newCapability(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return 'gtbc_' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isCapability(value: unknown): value is string {
  return typeof value === 'string' && /^gtbc_[A-Za-z0-9_-]{43}$/.test(value);
}
