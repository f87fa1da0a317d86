import t from 'tap';
import { targetKeyOf } from '../../src/links/target-key.js';
import { canonicalWebhookUrl, checkWebhookUrl, redactWebhookUrl, webhookKey, WebhookUrlError } from '../../src/links/webhook-url.js';

const extra = ['http://127.0.0.1:8099'];

t.test('accepts the Teams webhook hosts', async (t) => {
  t.equal(checkWebhookUrl('https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d', []), 'connector');
  t.equal(checkWebhookUrl('https://outlook.office.com/webhook/a/IncomingWebhook/b/c', []), 'connector');
  t.equal(
    checkWebhookUrl('https://prod-12.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=xyz', []),
    'workflow',
  );
  t.equal(
    checkWebhookUrl('https://default1234.56.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?sig=x', []),
    'workflow',
  );
  t.equal(checkWebhookUrl('http://127.0.0.1:8099/hook/1', extra), 'extra');
});

t.test('refuses everything else with a reason', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['not a url', /not a valid URL/],
    ['http://contoso.webhook.office.com/webhookb2/x', /must use https/],
    ['https://user:pw@contoso.webhook.office.com/webhookb2/x', /credentials/],
    ['https://10.0.0.1/webhookb2/x', /IP address/],
    ['https://[::1]/webhookb2/x', /IP address/],
    ['https://contoso.webhook.office.com:8443/webhookb2/x', /default https port/],
    ['https://evil.example.com/webhookb2/x', /not a Microsoft Teams webhook host/],
    ['https://webhook.office.com.evil.com/webhookb2/x', /not a Microsoft Teams webhook host/],
    ['https://contoso.webhook.office.com/other/x', /path is not a Teams webhook path/],
    ['http://127.0.0.1:8098/hook', /must use https/],
  ];
  for (const [url, reason] of cases) t.throws(() => checkWebhookUrl(url, extra), { constructor: WebhookUrlError, message: reason }, url);
});

t.test('redaction keeps only host and fingerprint', async (t) => {
  const url = 'https://prod-1.westus.logic.azure.com/workflows/abc/triggers?sig=SECRETSIG';
  const r = redactWebhookUrl(url);
  t.equal(r.host, 'prod-1.westus.logic.azure.com');
  t.match(r.fingerprint, /^[0-9a-f]{8}$/);
  t.notMatch(JSON.stringify(r), /SECRETSIG|workflows/);
  t.not(redactWebhookUrl(url + 'x').fingerprint, r.fingerprint);
});

t.test('the canonical spelling of a webhook URL', async (t) => {
  const canonical = 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d?sig=S%2Fx';
  for (const spelling of [
    canonical,
    'HTTPS://CONTOSO.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d?sig=S%2Fx',
    'https://contoso.webhook.office.com:443/webhookb2/a@b/IncomingWebhook/c/d?sig=S%2Fx',
    'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d?sig=S%2Fx#',
    'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d?sig=S%2fx#part',
    'https://contoso.webhook.office.com/webhookb2/a@b/Incoming%57ebhook/c/d?sig=S%2Fx',
  ]) {
    t.equal(canonicalWebhookUrl(spelling), canonical, spelling);
  }
  t.equal(canonicalWebhookUrl('http://127.1:8099/hook?'), 'http://127.0.0.1:8099/hook');
  t.equal(canonicalWebhookUrl('HTTP://127.0.0.1:80/hook#'), 'http://127.0.0.1/hook');
  t.equal(canonicalWebhookUrl('https://x.example/a%2Fb'), 'https://x.example/a%2Fb', 'an escaped / stays escaped');
  t.not(canonicalWebhookUrl('https://x.example/Hook'), canonicalWebhookUrl('https://x.example/hook'), 'paths keep their case');
  t.equal(webhookKey('not a url'), 'not a url');
  t.throws(() => canonicalWebhookUrl('not a url'));
});

t.test('one webhook, however spelt, is one target for leases and rate windows; the key shows no URL', async (t) => {
  const canonical = 'http://127.0.0.1:8099/webhookb2/shared?sig=S';
  for (const spelt of ['HTTP://127.1:8099/webhookb2/shared?sig=S#', 'http://127.0.0.1:8099/webhookb2/%73hared?sig=S']) {
    t.equal(targetKeyOf(spelt), targetKeyOf(canonical), spelt);
  }
  t.not(targetKeyOf('http://127.0.0.1:8099/webhookb2/other?sig=S'), targetKeyOf(canonical));
  t.match(targetKeyOf(canonical), /^[\w-]{22}$/);
  t.equal(targetKeyOf('not a url'), targetKeyOf('not a url'), 'a value that is no URL still keys');
});
