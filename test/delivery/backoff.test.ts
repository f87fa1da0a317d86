import t from 'tap';
import { backoffDelay, parseRetryAfter } from '../../src/delivery/backoff.js';

const opts = { baseMs: 1000, capMs: 60_000, minMs: 100, maxRetryAfterMs: 3600_000 };

t.test('full jitter stays within [min, min(cap, base * 2^(n-1))]', async (t) => {
  for (const attempt of [1, 2, 3, 6, 7, 30, 1000]) {
    const ceiling = Math.min(60_000, 1000 * 2 ** (attempt - 1));
    t.equal(backoffDelay(attempt, undefined, { ...opts, random: () => 0 }), 100, `floor at attempt ${attempt}`);
    t.equal(backoffDelay(attempt, undefined, { ...opts, random: () => 0.999999 }), ceiling, `ceiling at attempt ${attempt}`);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(attempt, undefined, opts);
      if (d < 100 || d > ceiling) t.fail(`attempt ${attempt} gave ${d}`);
    }
  }
});

t.test('jitter spreads: draws are not all the same', async (t) => {
  const draws = new Set(Array.from({ length: 50 }, () => backoffDelay(5, undefined, opts)));
  t.ok(draws.size > 10);
});

t.test('Retry-After is a floor, capped by maxRetryAfterMs', async (t) => {
  t.equal(backoffDelay(1, 30_000, { ...opts, random: () => 0.5 }), 30_000, 'longer Retry-After wins');
  t.equal(backoffDelay(7, 10, { ...opts, random: () => 1 - 1e-9 }), 60_000, 'a short Retry-After does not shorten backoff');
  t.equal(backoffDelay(1, 10 * 3600_000, opts), 3600_000, 'a huge Retry-After is capped');
  t.equal(backoffDelay(1, 0, { ...opts, random: () => 0 }), 100);
});

t.test('parseRetryAfter reads seconds and HTTP dates', async (t) => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
  t.equal(parseRetryAfter('120', now), 120_000);
  t.equal(parseRetryAfter(' 0 ', now), 0);
  t.equal(parseRetryAfter('1.5', now), 1500);
  t.equal(parseRetryAfter(['3', '9'], now), 3000);
  t.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now), 30_000);
  t.equal(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now), 0, 'a past date means now');
  t.equal(parseRetryAfter(undefined, now), undefined);
  t.equal(parseRetryAfter('', now), undefined);
  t.equal(parseRetryAfter('soon', now), undefined);
  t.equal(parseRetryAfter('-5', now), undefined);
});
