import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { defaultMaxConnections } from './http-limits.js';

/** Development GUIDs so `npm run package` works before an app is registered. */
export const DEV_TEAMS_APP_ID = '3f6c2a1e-5b7d-4c8e-9a0f-1d2e3f4a5b6c';
export const DEV_CONNECTOR_ID = '8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const origin = z.string().transform((value, ctx) => {
  try {
    const url = new URL(value);
    if (url.origin === value.replace(/\/$/, '')) return url.origin;
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an exact origin like http://127.0.0.1:8099` });
  return z.NEVER;
});

const httpUrl = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
  .transform((v) => v.replace(/\/+$/, ''));

/** Names proxy-addr (Fastify's trustProxy) knows for whole private ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Whose X-Forwarded-For to believe: nobody (empty), the last N hops, or the listed proxies.
 * Believing everybody would let any client pick the address the failed-auth limit counts.
 */
const trustProxy = z.preprocess(
  (v) => (v === undefined ? '' : v),
  z.string().transform((value, ctx): false | number | string[] => {
    const trimmed = value.trim();
    if (trimmed === '') return false;
    if (/^\d+$/.test(trimmed)) return Number(trimmed) || false;
    const entries = trimmed.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = entries.find((entry) => !isProxyAddress(entry));
    if (bad === undefined) return entries;
    ctx.addIssue({ code: 'custom', message: `"${bad}" is not a hop count, an IP address, a CIDR range or loopback/linklocal/uniquelocal` });
    return z.NEVER;
  }),
);

const optional = (s: z.ZodString) =>
  z.preprocess((v) => (v === '' ? undefined : v), s.optional());

/** A PostgreSQL connection URL; its password is never repeated in an error. */
const databaseUrl = z.string().transform((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    /* reported below */
  }
  if (url && (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname) return value;
  ctx.addIssue({ code: 'custom', message: 'must be a URL like postgres://user:password@host:5432/database' });
  return z.NEVER;
});

/**
 * Days (fractions allowed) after which finished deliveries are pruned, or 0/`off` to keep them
 * all. At least one day: a replica taking over a Teams webhook rebuilds its 24-hour window from
 * the attempts stored, which a shorter retention would delete.
 */
const retentionDays = z.preprocess(
  (v) => (v === undefined || v === '' ? 30 : typeof v === 'string' && /^\s*off\s*$/i.test(v) ? 0 : v),
  z.coerce
    .number({ message: 'must be a number of days (at least 1), or 0 or off to keep everything' })
    .refine((days) => days === 0 || (days >= 1 && days <= 36_500), 'must be a number of days (at least 1), or 0 or off to keep everything'),
);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.optional()),
  DATA_DIR: z.string().min(1).default('./data'),
  GITHUB_WEBHOOK_SECRET: optional(z.string().min(8, 'must be at least 8 characters')),
  GITHUB_WEBHOOK_SECRET_PREVIOUS: optional(z.string().min(8, 'must be at least 8 characters')),
  ADMIN_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
  ENCRYPTION_KEY: optional(
    z.string().regex(/^[A-Za-z0-9+/_-]{43}=?$|^[0-9a-fA-F]{64}$/, 'must be 32 bytes as 64 hex or 43 base64 characters'),
  ),
  TEAMS_WEBHOOK_EXTRA_ORIGINS: z
    .preprocess(
      (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []),
      z.array(origin),
    )
    .default([]),
  GITHUB_CLIENT_ID: optional(z.string()),
  GITHUB_CLIENT_SECRET: optional(z.string()),
  METRICS_TOKEN: optional(z.string()),
  GITHUB_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.default('https://github.com')),
  GITHUB_API_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.default('https://api.github.com')),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  DELIVERY_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 14).default(24),
  DIGEST_AFTER_SECONDS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(1).max(3600).default(60)),
  TRUST_PROXY: trustProxy,
  MAX_CONNECTIONS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(1_000_000).optional()),
  TEAMS_APP_ID: z.string().uuid().default(DEV_TEAMS_APP_ID),
  CONNECTOR_ID: z.string().uuid().default(DEV_CONNECTOR_ID),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), databaseUrl.optional()),
  DATABASE_POOL_SIZE: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(1000).default(10)),
  // Renewals run every third of a lease: under 2 s they would race the database's own latency.
  LEASE_SECONDS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(2).max(3600).default(15)),
  RETENTION_DAYS: retentionDays,
});

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  webhookSecrets: string[];
  adminToken: string;
  /** 32-byte key for AES-256-GCM. */
  encryptionKey: Buffer;
  extraWebhookOrigins: string[];
  github: { clientId?: string; clientSecret?: string; url: string; apiUrl: string };
  logLevel: (typeof LOG_LEVELS)[number];
  /** Retries of a Teams post stop after this many attempts or this age, then it is dead-lettered. */
  delivery: { maxAttempts: number; maxAgeMs: number; digestAfterMs: number };
  teamsAppId: string;
  connectorId: string;
  /** Fastify's trustProxy: false (the socket's peer is the client), a hop count, or proxy addresses. */
  trustProxy: false | number | string[];
  /** Open HTTP connections at most (src/connection-cap.ts); by default half the open-file limit. */
  maxConnections: number;
  /** Several replicas share this PostgreSQL; undefined: the embedded stores under DATA_DIR. */
  database?: { url: string; poolSize: number };
  /** A dead replica's webhook targets pass to another after this (LEASE_SECONDS). */
  leaseMs: number;
  /** Finished deliveries are pruned after this (RETENTION_DAYS); undefined keeps them all. */
  retentionMs?: number;
  /** Bearer token of `/metrics`; undefined: the route is open (METRICS_TOKEN). */
  metricsToken?: string;
  /** Secrets generated on this start (to print once). */
  generated: Array<'GITHUB_WEBHOOK_SECRET' | 'ADMIN_TOKEN' | 'ENCRYPTION_KEY'>;
}

export class ConfigError extends Error {}

/** `.env` in the working directory fills in what the environment leaves unset (env wins). */
export function readEnv(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const file = join(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...env };
}

const SECRETS_FILE = 'secrets.json';
type SecretName = Config['generated'][number];

/**
 * The secrets not set in the environment, from DATA_DIR/secrets.json; those missing there too are
 * generated and saved, unless `generate` is false (several replicas must all share one value, so
 * one replica making up its own would split them): then ConfigError names them.
 */
function loadOrGenerateSecrets(dataDir: string, wanted: SecretName[], generate = true) {
  const file = join(dataDir, SECRETS_FILE);
  const stored: Partial<Record<SecretName, string>> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const absent = wanted.filter((name) => !stored[name]);
  if (!generate && absent.length) {
    throw new ConfigError(
      `Invalid configuration: with DATABASE_URL every replica must share ${absent.join(', ')}: set ${absent.length > 1 ? 'them' : 'it'} in every replica's environment (or its DATA_DIR/secrets.json); none is generated`,
    );
  }
  const generated: SecretName[] = [];
  for (const name of wanted) {
    if (stored[name]) continue;
    stored[name] = name === 'ENCRYPTION_KEY' ? randomBytes(32).toString('hex') : randomBytes(24).toString('base64url');
    generated.push(name);
  }
  if (generated.length) writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  return { stored, generated };
}

function decodeKey(value: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64url');
}

/**
 * Validates the environment and fills in generated secrets. Throws ConfigError with one line
 * naming the variable and what is wrong, so the operator knows what to fix.
 */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  if (Boolean(e.GITHUB_CLIENT_ID) !== Boolean(e.GITHUB_CLIENT_SECRET)) {
    throw new ConfigError('Invalid configuration: GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together');
  }
  const dataDir = resolve(e.DATA_DIR);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new ConfigError(`Invalid configuration: DATA_DIR ${dataDir} cannot be created (${(err as Error).message})`);
  }
  const missing = (['GITHUB_WEBHOOK_SECRET', 'ADMIN_TOKEN', 'ENCRYPTION_KEY'] as const).filter((n) => !e[n]);
  const shared = e.DATABASE_URL !== undefined;
  const { stored, generated } = missing.length ? loadOrGenerateSecrets(dataDir, missing, !shared) : { stored: {}, generated: [] };
  const secret = (e.GITHUB_WEBHOOK_SECRET ?? stored.GITHUB_WEBHOOK_SECRET)!;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir,
    webhookSecrets: e.GITHUB_WEBHOOK_SECRET_PREVIOUS ? [secret, e.GITHUB_WEBHOOK_SECRET_PREVIOUS] : [secret],
    adminToken: (e.ADMIN_TOKEN ?? stored.ADMIN_TOKEN)!,
    encryptionKey: decodeKey((e.ENCRYPTION_KEY ?? stored.ENCRYPTION_KEY)!),
    extraWebhookOrigins: e.TEAMS_WEBHOOK_EXTRA_ORIGINS,
    github: { clientId: e.GITHUB_CLIENT_ID, clientSecret: e.GITHUB_CLIENT_SECRET, url: e.GITHUB_URL, apiUrl: e.GITHUB_API_URL },
    logLevel: e.LOG_LEVEL,
    // DIGEST_AFTER_SECONDS: a link's pending cards fold into a digest past this wait (docs/digests.md).
    delivery: { maxAttempts: e.DELIVERY_MAX_ATTEMPTS, maxAgeMs: Math.round(e.DELIVERY_MAX_AGE_HOURS * 3_600_000), digestAfterMs: Math.round(e.DIGEST_AFTER_SECONDS * 1000) },
    teamsAppId: e.TEAMS_APP_ID,
    connectorId: e.CONNECTOR_ID,
    trustProxy: e.TRUST_PROXY,
    maxConnections: e.MAX_CONNECTIONS ?? defaultMaxConnections(),
    ...(e.DATABASE_URL !== undefined && { database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } }),
    leaseMs: Math.round(e.LEASE_SECONDS * 1000),
    ...(e.RETENTION_DAYS > 0 && { retentionMs: Math.round(e.RETENTION_DAYS * 86_400_000) }),
    ...(e.METRICS_TOKEN !== undefined && { metricsToken: e.METRICS_TOKEN }),
    generated,
  };
}
