import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { loadConfig } from '../src/config.js';
import { firstRunBanner } from '../src/first-run-banner.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'gtb-banner-'));

t.test('secrets from the environment are neither printed nor said to be in secrets.json', async (t) => {
  const envSecret = 'webhook-secret-from-env';
  const envToken = 'admin-token-from-the-environment';
  const config = loadConfig({ DATA_DIR: tmp(), GITHUB_WEBHOOK_SECRET: envSecret, ADMIN_TOKEN: envToken });
  t.same(config.generated, ['ENCRYPTION_KEY']);
  const banner = firstRunBanner(config);
  t.notMatch(banner, envSecret);
  t.notMatch(banner, envToken);
  t.notMatch(banner, config.encryptionKey.toString('hex'), 'the encryption key is never printed');
  t.match(banner, /Generated ENCRYPTION_KEY is kept in .*secrets\.json \(mode 0600\)/);
  t.notMatch(banner, /GITHUB_WEBHOOK_SECRET.*secrets\.json|ADMIN_TOKEN.*secrets\.json/);
  t.match(banner, 'Secret:        the value of GITHUB_WEBHOOK_SECRET');
  t.match(banner, 'Authorization: Bearer $ADMIN_TOKEN');
});

t.test('a generated secret is printed once and said to be kept; one from the environment is not', async (t) => {
  const dir = tmp();
  const envToken = 'admin-token-from-the-environment';
  const config = loadConfig({ DATA_DIR: dir, ADMIN_TOKEN: envToken });
  const stored = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
  t.notOk('ADMIN_TOKEN' in stored, 'a secret from the environment is not written to secrets.json');
  const banner = firstRunBanner(config);
  t.match(banner, `Secret:        ${stored.GITHUB_WEBHOOK_SECRET}`);
  t.match(banner, /Generated GITHUB_WEBHOOK_SECRET and ENCRYPTION_KEY are kept in .*secrets\.json/);
  t.notMatch(banner, envToken);
  t.match(banner, 'Authorization: Bearer $ADMIN_TOKEN');
});

t.test('everything generated: the banner is the whole first-run recipe', async (t) => {
  const config = loadConfig({ DATA_DIR: tmp(), PUBLIC_URL: 'https://bridge.example.com' });
  const banner = firstRunBanner(config);
  t.match(banner, 'Payload URL:   https://bridge.example.com/api/github/webhooks');
  t.match(banner, `Secret:        ${config.webhookSecrets[0]}`);
  t.match(banner, `Authorization: Bearer ${config.adminToken}`);
  t.match(banner, `${config.publicUrl}/admin`, 'points at the console');
  t.match(banner, /Generated GITHUB_WEBHOOK_SECRET, ADMIN_TOKEN and ENCRYPTION_KEY are kept in /);
});
