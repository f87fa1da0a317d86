import t from 'tap';
import { nextStep, type RetryLimits } from '../../src/delivery/retry-policy.js';

const NOW = 1_700_000_000_000;
const limits: RetryLimits = { maxAttempts: 4, maxAgeMs: 3600_000, backoff: { minMs: 100, baseMs: 1000, capMs: 8000, random: () => 0 } };
const fresh = { attempts: 0, createdAt: NOW - 1000 };

t.test('a delivered answer is delivered, however old the job or many its attempts', async (t) => {
  t.same(nextStep({ outcome: 'delivered' }, { attempts: 99, createdAt: 0 }, limits, NOW), { step: 'delivered' });
});

t.test('a permanent answer is dead at once, with its error', async (t) => {
  t.same(nextStep({ outcome: 'permanent', error: 'HTTP 404: Not Found' }, fresh, limits, NOW), { step: 'dead', error: 'HTTP 404: Not Found' });
  t.same(nextStep({ outcome: 'permanent' }, fresh, limits, NOW), { step: 'dead', error: 'permanent failure' });
});

t.test('a retryable answer is retried after the backoff, never before Retry-After', async (t) => {
  t.same(nextStep({ outcome: 'retry', error: 'HTTP 500' }, fresh, limits, NOW), { step: 'retry', at: NOW + 100, holdWebhook: false });
  const late = { ...limits, backoff: { ...limits.backoff, random: () => 0.999999 } };
  // The third try's ceiling: min(cap, base * 2^2).
  t.same(nextStep({ outcome: 'retry' }, { ...fresh, attempts: 2 }, late, NOW), { step: 'retry', at: NOW + 4000, holdWebhook: false });
  t.same(nextStep({ outcome: 'retry', retryAfterMs: 30_000 }, fresh, limits, NOW), { step: 'retry', at: NOW + 30_000, holdWebhook: false });
});

t.test('a throttled answer holds the whole webhook until the retry', async (t) => {
  t.match(nextStep({ outcome: 'retry', throttled: true, retryAfterMs: 2000 }, fresh, limits, NOW), { step: 'retry', at: NOW + 2000, holdWebhook: true });
});

t.test('retries stop at maxAttempts, the first attempt included', async (t) => {
  t.equal(nextStep({ outcome: 'retry' }, { ...fresh, attempts: 2 }, limits, NOW).step, 'retry');
  t.same(nextStep({ outcome: 'retry', error: 'HTTP 503' }, { ...fresh, attempts: 3 }, limits, NOW), { step: 'dead', error: 'HTTP 503; gave up after 4 attempts' });
});

t.test('no retry lands past maxAgeMs from the arrival, or from a redelivery when there was one', async (t) => {
  const old = { attempts: 0, createdAt: NOW - 3600_000 + 50 };
  t.same(nextStep({ outcome: 'retry', error: 'throttled: HTTP error 429' }, old, limits, NOW), {
    step: 'dead',
    error: 'throttled: HTTP error 429; gave up after the maximum age',
  });
  t.equal(nextStep({ outcome: 'retry' }, { ...old, requeuedAt: NOW - 1000 }, limits, NOW).step, 'retry', 'a redelivery has a fresh budget');
  t.same(nextStep({ outcome: 'retry' }, { ...old, attempts: 1 }, { ...limits, maxAgeMs: 10 * 3600_000 }, NOW).step, 'retry');
});
