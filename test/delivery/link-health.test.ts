import t from 'tap';
import { LinkHealth } from '../../src/delivery/link-health.js';
import { createMemoryLinkStore } from '../helpers/memory-link-store.js';

const warnings: string[] = [];
const logger = { warn: (_: object, msg?: string) => warnings.push(msg ?? ''), error() {} };

t.test('failures count up to failing, a failing endpoint stops costing writes, one success heals', async (t) => {
  warnings.length = 0;
  const links = createMemoryLinkStore();
  const health = new LinkHealth({ links, failingAfter: 3, logger });
  let link = links.put('l', 'https://example.invalid/hook');
  const fail = { ok: false as const, error: 'HTTP 500' };
  for (let i = 0; i < 5; i++) link = await health.note(link, fail);
  t.match(link, { health: 'failing', consecutiveFailures: 3, lastError: 'HTTP 500' });
  t.equal(links.healthWrites.length, 3, 'the same error on a failing link is not written again');
  t.same(warnings, ['link marked failing'], 'announced once');
  link = await health.note(link, { ok: false, error: 'HTTP 502' });
  t.match(link, { consecutiveFailures: 4, lastError: 'HTTP 502' }, 'a new kind of error is written');
  link = await health.note(link, { ok: true });
  t.match(link, { health: 'active', consecutiveFailures: 0 });
  t.notOk(link.lastError);
  const writes = links.healthWrites.length;
  await health.note(link, { ok: true });
  t.equal(links.healthWrites.length, writes, 'a success on a healthy link writes nothing');
});

t.test('a refusal for good, read from the error, makes the link dead at once; repeats cost no write', async (t) => {
  warnings.length = 0;
  const links = createMemoryLinkStore();
  const health = new LinkHealth({ links, failingAfter: 3, logger });
  let link = links.put('l', 'https://example.invalid/hook');
  link = await health.note(link, { ok: false, error: 'HTTP 410: Gone' });
  t.match(link, { health: 'dead', consecutiveFailures: 1, lastError: 'HTTP 410: Gone' });
  t.same(links.healthWrites[0]!.outcome, { ok: false, error: 'HTTP 410: Gone', refused: true }, 'the store is told the refusal is final');
  for (let i = 0; i < 4; i++) link = await health.note(link, { ok: false, error: 'HTTP 410: Gone' });
  t.equal(links.healthWrites.length, 1, 'the same refusal on a dead link is not written again');
  t.same(warnings, ['link marked dead']);
  link = await health.note(link, { ok: false, error: 'HTTP 404' });
  t.match(link, { health: 'dead', lastError: 'HTTP 404' }, 'another refusal is written');
  link = await health.note(link, { ok: true });
  t.match(link, { health: 'active', consecutiveFailures: 0 });
  link = await health.note(link, { ok: false, error: 'HTTP 403: Forbidden' });
  t.match(link, { health: 'active', consecutiveFailures: 1 }, 'a 403 counts toward failing like any other failure');
});

t.test('a failed write is logged and leaves delivery alone', async (t) => {
  const links = createMemoryLinkStore();
  const link = links.put('l', 'https://example.invalid/hook');
  const errors: unknown[] = [];
  const broken = { recordDelivery: () => Promise.reject(new Error('database gone')) };
  const health = new LinkHealth({ links: broken, failingAfter: 3, logger: { warn() {}, error: (obj: object) => errors.push(obj) } });
  t.equal(await health.note(link, { ok: false, error: 'HTTP 500' }), link);
  t.equal(errors.length, 1);
});
