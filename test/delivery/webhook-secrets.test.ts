import t from 'tap';
import { scrubWebhookSecrets } from '../../src/delivery/webhook-secrets.js';

const url = 'https://contoso.example/webhookb2/tok3n-8c/IncomingWebhook?sig=abc';

t.test('a text exactly as long as the shortest secret part is still scrubbed', async (t) => {
  // 'tok3n-8c' is 8 characters, the shortest part matched bare: a text of that length can hold it.
  t.equal(scrubWebhookSecrets('tok3n-8c', url, 'T'), '<redacted>');
  t.equal(scrubWebhookSecrets('TOK3N%2D8C', url, 'T'), '<redacted>', 'in another spelling, any case');
  t.equal(scrubWebhookSecrets('1', url, 'T'), '1', "Teams' success body stays as it is");
});

t.test('the matcher kept for a URL scrubs every later text too', async (t) => {
  for (let i = 0; i < 3; i++) {
    t.equal(scrubWebhookSecrets(`a tok3n-8c b tok3n-8c`, url, 'T'), 'a <redacted> b <redacted>', `text ${i}`);
    t.equal(scrubWebhookSecrets(`bad ${url}`, url, 'T'), 'bad T', `the whole URL, text ${i}`);
  }
  // Another URL gets its own parts, not the first one's.
  t.equal(scrubWebhookSecrets('tok3n-8c', 'https://other.example/webhookb2/different-token', 'T'), 'tok3n-8c');
});
