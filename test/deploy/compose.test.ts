/**
 * deploy/compose.yaml cannot be started here (no Docker engine). These tests read it as
 * `docker compose` would, with deploy/env.example filled the way its comment says, and check that
 * the pieces agree with each other and with the bridge: the replicas get one configuration the
 * bridge accepts, TRUST_PROXY names the proxy, and Caddy sends traffic to exactly the replicas.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { BlockList } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import t from 'tap';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { readDockerfile } from './dockerfile.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const composeText = read('deploy/compose.yaml');
const example = read('deploy/env.example');

/** Compose's interpolation, applied to the parsed file's strings as compose does: `${VAR}`,
 * `${VAR:-default}`, `${VAR:?error}` (an error when unset or empty). */
function interpolate(value: unknown, env: Record<string, string>, missing: Set<string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, op?: string, arg = '') => {
      if (env[name]) return env[name];
      if (op === '?') missing.add(name);
      return op === '-' ? arg : '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, missing)]));
  }
  return value;
}

/** deploy/.env as the recipe in env.example's comment makes it: each named variable 32 random bytes in hex. */
function filledEnv(): Record<string, string> {
  const recipe = /for v in ([A-Z0-9_ ]+); do/.exec(example);
  if (!recipe) throw new Error('deploy/env.example no longer has its `for v in …; do` recipe');
  const env = parseDotenv(example);
  for (const name of recipe[1].trim().split(/\s+/)) env[name] = randomBytes(32).toString('hex');
  return env;
}

function compose(env: Record<string, string>) {
  const missing = new Set<string>();
  const doc = interpolate(parseYaml(composeText, { merge: true }), env, missing) as any;
  return { doc, missing: [...missing] };
}

const { doc } = compose(filledEnv());
const services: Record<string, any> = doc.services;
const replicas = Object.keys(services).filter((name) => services[name].image === filledEnv().BRIDGE_IMAGE);
const runtimeEnv = Object.fromEntries(
  readDockerfile()
    .at(-1)!
    .instructions.filter((i) => i.keyword === 'ENV')
    .flatMap((i) => i.args.map((a) => a.split('=') as [string, string])),
);

t.test('the recipe in env.example fills every variable compose requires; the template alone is refused', async (t) => {
  t.same(compose(filledEnv()).missing, []);
  const refused = compose(parseDotenv(example)).missing;
  for (const secret of ['POSTGRES_PASSWORD', 'GITHUB_WEBHOOK_SECRET', 'ADMIN_TOKEN', 'ENCRYPTION_KEY']) t.ok(refused.includes(secret), `${secret} required`);
});

t.test('two replicas get one environment, which the bridge accepts without generating a secret of its own', async (t) => {
  t.equal(replicas.length, 2, replicas.join(', '));
  t.same(services[replicas[0]].environment, services[replicas[1]].environment);
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-compose-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ ...runtimeEnv, ...services[replicas[0]].environment, DATA_DIR: dataDir });
  t.same(config.generated, [], 'every replica must share the same secrets, so none may be generated');
  t.equal(config.publicUrl, `https://${filledEnv().BRIDGE_DOMAIN}`);
});

t.test("TRUST_PROXY names the proxy's fixed address on the network it shares with the replicas", async (t) => {
  const proxy = Object.entries(services).find(([, s]) => s.image?.startsWith('caddy:'));
  t.ok(proxy, 'a Caddy service');
  const [network, settings] = Object.entries<any>(proxy![1].networks).find(([, n]) => n?.ipv4_address)!;
  const blocks = new BlockList();
  const [subnet, prefix] = doc.networks[network].ipam.config[0].subnet.split('/');
  blocks.addSubnet(subnet, Number(prefix));
  t.ok(blocks.check(settings.ipv4_address), `${settings.ipv4_address} lies in ${network}'s subnet`);
  for (const name of replicas) {
    t.equal(services[name].environment.TRUST_PROXY, settings.ipv4_address, name);
    t.ok(services[name].networks.includes(network), `${name} is on ${network}`);
    t.notOk(services[name].ports, `${name} publishes no port: everything comes through the proxy`);
  }
});

t.test('Caddy proxies to exactly the replicas, at the port the image listens on', async (t) => {
  const upstreams = /reverse_proxy \{\$BRIDGE_UPSTREAMS:([^}]+)\}/.exec(read('deploy/Caddyfile'));
  t.ok(upstreams, 'the Caddyfile names its default upstreams');
  t.same(upstreams![1].trim().split(/\s+/).sort(), replicas.map((name) => `${name}:${runtimeEnv.PORT}`).sort());
});

t.test('every service has a health check; the replicas have the image’s', async (t) => {
  const imageHasOne = readDockerfile().at(-1)!.instructions.some((i) => i.keyword === 'HEALTHCHECK');
  for (const [name, service] of Object.entries(services)) {
    t.ok(service.healthcheck || (replicas.includes(name) && imageHasOne), name);
  }
  for (const name of replicas) t.equal(services[name].depends_on.postgres.condition, 'service_healthy', `${name} waits for PostgreSQL`);
});
