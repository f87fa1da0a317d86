import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ConfigError, DEV_CONNECTOR_ID, loadConfig, readEnv } from '../src/config.js';
import { defaultMaxConnections } from '../src/http-limits.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'gtb-config-'));

t.test('first start generates secrets once, mode 0600, and reuses them', async (t) => {
  const dir = tmp();
  const first = loadConfig({ DATA_DIR: dir });
  t.same(first.generated.sort(), ['ADMIN_TOKEN', 'ENCRYPTION_KEY', 'GITHUB_WEBHOOK_SECRET']);
  t.equal(first.encryptionKey.length, 32);
  t.equal(statSync(join(dir, 'secrets.json')).mode & 0o777, 0o600);
  const second = loadConfig({ DATA_DIR: dir });
  t.same(second.generated, []);
  t.equal(second.adminToken, first.adminToken);
  t.same(second.webhookSecrets, first.webhookSecrets);
  t.ok(second.encryptionKey.equals(first.encryptionKey));
});

t.test('defaults follow the contract', async (t) => {
  const c = loadConfig({ DATA_DIR: tmp(), PORT: '4000' });
  t.equal(c.port, 4000);
  t.equal(c.host, '0.0.0.0');
  t.equal(c.publicUrl, 'http://localhost:4000');
  t.equal(c.github.url, 'https://github.com');
  t.equal(c.github.apiUrl, 'https://api.github.com');
  t.equal(c.connectorId, DEV_CONNECTOR_ID);
  t.equal(c.logLevel, 'info');
  t.same(c.delivery, { maxAttempts: 12, maxAgeMs: 24 * 3_600_000, digestAfterMs: 60_000 });
  t.same(loadConfig({ DATA_DIR: tmp(), DELIVERY_MAX_ATTEMPTS: '3', DELIVERY_MAX_AGE_HOURS: '0.5', DIGEST_AFTER_SECONDS: '90' }).delivery, { maxAttempts: 3, maxAgeMs: 1_800_000, digestAfterMs: 90_000 });
  t.throws(() => loadConfig({ DATA_DIR: tmp(), DIGEST_AFTER_SECONDS: '0' }), /DIGEST_AFTER_SECONDS/);
  t.equal(c.maxConnections, defaultMaxConnections(), 'the connection cap follows the open-file limit');
  t.equal(loadConfig({ DATA_DIR: tmp(), MAX_CONNECTIONS: '64' }).maxConnections, 64);
});

t.test('explicit secrets win and the previous secret is accepted too', async (t) => {
  const c = loadConfig({
    DATA_DIR: tmp(),
    GITHUB_WEBHOOK_SECRET: 'new-secret-123',
    GITHUB_WEBHOOK_SECRET_PREVIOUS: 'old-secret-123',
    ADMIN_TOKEN: 'a'.repeat(20),
    ENCRYPTION_KEY: 'ab'.repeat(32),
    PUBLIC_URL: 'https://bridge.example.com/',
  });
  t.same(c.webhookSecrets, ['new-secret-123', 'old-secret-123']);
  t.same(c.generated, []);
  t.equal(c.publicUrl, 'https://bridge.example.com');
});

t.test('bad values stop with one line naming the variable', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT /],
    [{ PORT: '70000' }, /^Invalid configuration: PORT /],
    [{ PUBLIC_URL: 'ftp://x' }, /^Invalid configuration: PUBLIC_URL /],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL /],
    [{ ENCRYPTION_KEY: 'short' }, /^Invalid configuration: ENCRYPTION_KEY must be 32 bytes/],
    [{ ADMIN_TOKEN: 'short' }, /^Invalid configuration: ADMIN_TOKEN must be at least 16/],
    [{ TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:8099/path' }, /TEAMS_WEBHOOK_EXTRA_ORIGINS .*exact origin/],
    [{ GITHUB_CLIENT_ID: 'abc' }, /GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together/],
    [{ TEAMS_APP_ID: 'not-a-guid' }, /^Invalid configuration: TEAMS_APP_ID /],
    [{ DELIVERY_MAX_ATTEMPTS: '0' }, /^Invalid configuration: DELIVERY_MAX_ATTEMPTS /],
    [{ MAX_CONNECTIONS: '0' }, /^Invalid configuration: MAX_CONNECTIONS /],
    [{ MAX_CONNECTIONS: 'many' }, /^Invalid configuration: MAX_CONNECTIONS /],
  ];
  for (const [env, message] of cases) {
    t.throws(() => loadConfig({ DATA_DIR: tmp(), ...env }), { constructor: ConfigError, message }, JSON.stringify(env));
    const err = (() => {
      try {
        loadConfig({ DATA_DIR: tmp(), ...env });
      } catch (e) {
        return e as Error;
      }
    })();
    t.notMatch(err?.message ?? '', /\n/, 'one line');
  }
});

t.test('TRUST_PROXY: empty trusts no proxy; a hop count; or proxy addresses and ranges', async (t) => {
  const trust = (value?: string) => loadConfig({ DATA_DIR: tmp(), ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy;
  t.equal(trust(), false, 'the default believes no X-Forwarded-For');
  t.equal(trust(''), false);
  t.equal(trust('0'), false);
  t.equal(trust('2'), 2);
  t.same(trust('10.0.0.1, 192.168.0.0/16 ,::1,fd00::/8,loopback'), ['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  for (const bad of ['true', '*', '10.0.0.0/33', '::/129', 'proxy.example.com', '10.0.0.1/8/2', '-1']) {
    t.throws(() => trust(bad), { constructor: ConfigError, message: /^Invalid configuration: TRUST_PROXY .*hop count/ }, bad);
  }
});

t.test('extra origins are parsed to exact origins', async (t) => {
  const c = loadConfig({ DATA_DIR: tmp(), TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:8099, http://localhost:9000' });
  t.same(c.extraWebhookOrigins, ['http://127.0.0.1:8099', 'http://localhost:9000']);
});

t.test('.env fills what the environment leaves unset; the environment wins', async (t) => {
  const dir = tmp();
  writeFileSync(join(dir, '.env'), 'PORT=5000\nLOG_LEVEL=debug\n');
  const env = readEnv(dir, { PORT: '6000' });
  t.equal(env.PORT, '6000');
  t.equal(env.LOG_LEVEL, 'debug');
  t.notOk(readFileSync(join(dir, '.env'), 'utf8').includes('6000'));
});

t.test('several replicas: DATABASE_URL, its pool and LEASE_SECONDS, checked', async (t) => {
  const shared = { GITHUB_WEBHOOK_SECRET: 'shared-secret-123', ADMIN_TOKEN: 'a'.repeat(20), ENCRYPTION_KEY: 'ab'.repeat(32) };
  const embedded = loadConfig({ DATA_DIR: tmp() });
  t.equal(embedded.database, undefined, 'no DATABASE_URL: the embedded stores');
  t.equal(embedded.leaseMs, 15_000);
  const c = loadConfig({ DATA_DIR: tmp(), ...shared, DATABASE_URL: 'postgres://bridge:pw@db:5432/bridge', DATABASE_POOL_SIZE: '4', LEASE_SECONDS: '2.5' });
  t.same(c.database, { url: 'postgres://bridge:pw@db:5432/bridge', poolSize: 4 });
  t.equal(c.leaseMs, 2_500);
  t.equal(loadConfig({ DATA_DIR: tmp(), ...shared, DATABASE_URL: 'postgresql://db/bridge' }).database?.poolSize, 10);
  const refused = (env: Record<string, string>, message: RegExp) =>
    t.throws(() => loadConfig({ DATA_DIR: tmp(), ...shared, ...env }), { constructor: ConfigError, message }, JSON.stringify(env));
  refused({ DATABASE_URL: 'mysql://bridge:hunter2@db/bridge' }, /^Invalid configuration: DATABASE_URL must be a URL like postgres:\/\/user:password@host:5432\/database$/);
  refused({ DATABASE_URL: 'not a url' }, /^Invalid configuration: DATABASE_URL /);
  refused({ DATABASE_POOL_SIZE: '0' }, /^Invalid configuration: DATABASE_POOL_SIZE /);
  refused({ LEASE_SECONDS: '1' }, /^Invalid configuration: LEASE_SECONDS /);
  refused({ LEASE_SECONDS: 'soon' }, /^Invalid configuration: LEASE_SECONDS /);
  t.throws(() => loadConfig({ DATA_DIR: tmp(), ...shared, DATABASE_URL: 'mysql://bridge:hunter2@db/bridge' }), { message: /^(?!.*hunter2)/ }, 'the password is not repeated');
});

t.test('with DATABASE_URL no secret is generated: missing ones are named, secrets.json is read', async (t) => {
  const dir = tmp();
  const url = 'postgres://db/bridge';
  t.throws(() => loadConfig({ DATA_DIR: dir, DATABASE_URL: url, ADMIN_TOKEN: 'a'.repeat(20) }), {
    constructor: ConfigError,
    message: /^Invalid configuration: with DATABASE_URL every replica must share GITHUB_WEBHOOK_SECRET, ENCRYPTION_KEY: set them in every replica's environment \(or its DATA_DIR\/secrets\.json\); none is generated$/,
  });
  t.notOk(existsSync(join(dir, 'secrets.json')), 'nothing generated');
  // An embedded installation moved up keeps its secrets.json: its sealed webhook URLs need the same key.
  const moved = loadConfig({ DATA_DIR: dir });
  const replica = loadConfig({ DATA_DIR: dir, DATABASE_URL: url });
  t.same(replica.generated, []);
  t.ok(replica.encryptionKey.equals(moved.encryptionKey));
  t.same(replica.webhookSecrets, moved.webhookSecrets);
});

t.test('RETENTION_DAYS: 30 by default, fractions of a day above one, 0 or off keeps everything', async (t) => {
  t.equal(loadConfig({ DATA_DIR: tmp() }).retentionMs, 30 * 86_400_000);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: '' }).retentionMs, 30 * 86_400_000);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: '7' }).retentionMs, 7 * 86_400_000);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: '1.5' }).retentionMs, 36 * 3_600_000);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: '0' }).retentionMs, undefined);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: 'off' }).retentionMs, undefined);
  t.equal(loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: 'OFF' }).retentionMs, undefined);
  for (const bad of ['0.5', '-1', 'forever', '1e9']) {
    t.throws(() => loadConfig({ DATA_DIR: tmp(), RETENTION_DAYS: bad }), {
      constructor: ConfigError,
      message: 'Invalid configuration: RETENTION_DAYS must be a number of days (at least 1), or 0 or off to keep everything',
    }, bad);
  }
});
