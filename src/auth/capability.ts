import { sha256 } from './principal.js';

/**
 * A link capability is a bearer token scoped to one link: whoever holds the Teams channel's
 * connector configuration holds it (it lives in the Teams config's entityId) and may edit or
 * remove that link without signing in again. The config page makes it with the browser's CSPRNG
 * before the link exists (Teams wants setConfig before it hands out the webhook URL); the server
 * checks its shape and keeps only its sha256 in `link.capabilityHash`.
 */
export const CAPABILITY_PREFIX = 'gtbc_';

const SHAPE = /^gtbc_[A-Za-z0-9_-]{43}$/;

export function isCapabilityToken(value: unknown): value is string {
  return typeof value === 'string' && SHAPE.test(value);
}

export function capabilityHash(token: string): string {
  return sha256(token);
}
