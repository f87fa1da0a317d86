import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Link } from '../links/link.js';

/** Who is calling the operator/links API. */
export type Principal =
  | { kind: 'admin' }
  | { kind: 'github'; login: string; token: string }
  | { kind: 'capability'; linkId: string };

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time comparison of two secrets of any length. */
export function secretEquals(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * Authorization decisions of the links and deliveries API. The admin token is the operator's;
 * the Teams experience adds GitHub users and link capabilities.
 */
export interface Authorizer {
  /** Identifies the caller; undefined when no credential was presented or it is invalid. */
  principal(request: FastifyRequest): Promise<Principal | undefined>;
  /** May this principal create a link for (or list links of) this repository? */
  canUseRepository(principal: Principal, repository: string): Promise<boolean>;
  /**
   * May this principal read, change or delete this link? `read` (listing, showing) may rely on
   * an answer a minute old; `write` (the default) asks afresh.
   */
  canManageLink(principal: Principal, link: Link, access?: 'read' | 'write'): Promise<boolean>;
}
