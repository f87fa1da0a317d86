import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Where Teams, Outlook and the Microsoft 365 app may frame our pages (DESIGN §4). */
export const TEAMS_FRAME_ANCESTORS = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
];

/**
 * TeamsJS fetches its list of valid host origins from this CDN on every load
 * (`/teams-js/validDomains/json/validDomains.json`, DESIGN §4); without it in connect-src every
 * load logs a CSP violation and TeamsJS falls back to its built-in list.
 */
export const TEAMS_JS_ORIGINS_CDN = 'https://res.cdn.office.net';

/**
 * Security headers on every response. Scripts and styles come only from our origin (no inline
 * script, so an injected tag cannot run); only the Teams hosts may frame the pages. Two helmet
 * defaults are off on purpose: X-Frame-Options would forbid the Teams frame that frame-ancestors
 * allows, and Cross-Origin-Opener-Policy would cut the sign-in popup off from the Teams window
 * that opened it, so `authentication.notifySuccess` could never answer.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", TEAMS_JS_ORIGINS_CDN],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'", ...TEAMS_FRAME_ANCESTORS],
      },
    },
    frameguard: false,
    crossOriginOpenerPolicy: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
