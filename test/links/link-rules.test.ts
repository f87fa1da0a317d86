import t from 'tap';
import { DEFAULT_FEATURES } from '../../src/links/features.js';
import { DEFAULT_LINK_OPTIONS } from '../../src/links/link.js';
import { applyPatch, healthAfter, mergeFilters, newLink, NO_FILTERS, uniquenessKey } from '../../src/links/link-rules.js';
import { targetKeyOf } from '../../src/links/target-key.js';

const URL = 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d/V2sig';
const T0 = new Date('2026-01-01T00:00:00.000Z');
const T1 = new Date('2026-01-01T00:05:00.000Z');

t.test('a new link gets every default, and only the optional fields given', async (t) => {
  const link = newLink({ repository: 'Octo/Repo', webhookUrl: URL }, 'id-1', T0);
  t.same(link, {
    id: 'id-1',
    repository: 'Octo/Repo',
    webhookUrl: URL,
    events: [...DEFAULT_FEATURES],
    branches: [],
    options: DEFAULT_LINK_OPTIONS,
    health: 'active',
    consecutiveFailures: 0,
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    createdBy: 'admin',
  });
  t.not(link.events, DEFAULT_FEATURES, 'a copy: editing one link cannot change the defaults');
  const full = newLink({ repository: 'o/r', webhookUrl: URL, options: { drafts: true }, teams: { channelName: 'General' }, capabilityHash: 'h', hookId: 0, createdBy: 'github:mona' }, 'id-2', T0);
  t.match(full, { options: { ...DEFAULT_LINK_OPTIONS, drafts: true }, teams: { channelName: 'General' }, capabilityHash: 'h', hookId: 0, createdBy: 'github:mona' });
});

t.test('a patch ignores undefined fields, merges options and clears lastError with null', async (t) => {
  const link = { ...newLink({ repository: 'o/r', webhookUrl: URL, branches: ['main'], options: { synchronize: true } }, 'id', T0), lastError: 'HTTP 500' };
  const next = applyPatch(link, { branches: undefined, options: { drafts: true }, events: ['issues'] }, T1);
  t.same(next.branches, ['main']);
  t.same(next.options, { ...DEFAULT_LINK_OPTIONS, synchronize: true, drafts: true });
  t.same(next.events, ['issues']);
  t.equal(next.lastError, 'HTTP 500', 'left alone when not in the patch');
  t.equal(next.updatedAt, T1.toISOString());
  t.equal(next.createdAt, T0.toISOString());
  t.notOk('lastError' in applyPatch(link, { lastError: null }, T1));
  t.equal(link.branches[0], 'main', 'the current link is not changed');
});

t.test('filters: stored complete; a patch merges objects, replaces lists, drops emptied action lists', async (t) => {
  const link = newLink({ repository: 'o/r', webhookUrl: URL, filters: { authors: { bots: false }, actions: { pulls: ['opened'], issues: [] } } }, 'id', T0);
  t.same(link.filters, { ...NO_FILTERS, authors: { include: [], exclude: [], bots: false }, actions: { pulls: ['opened'] } });
  const next = applyPatch(link, { filters: { labels: { exclude: ['wip'] }, authors: { exclude: ['renovate[bot]'] }, actions: { issues: ['closed'] } } }, T1);
  t.same(next.filters, {
    labels: { include: [], exclude: ['wip'] },
    authors: { include: [], exclude: ['renovate[bot]'], bots: false },
    paths: [],
    actions: { pulls: ['opened'], issues: ['closed'] },
  });
  t.same(applyPatch(next, { filters: { actions: { pulls: [] } } }, T1).filters?.actions, { issues: ['closed'] });
  t.same(applyPatch(next, { branches: ['main'] }, T1).filters, next.filters, 'a patch without filters keeps them');
  t.same(mergeFilters(undefined, {}), NO_FILTERS);
  t.not(mergeFilters(undefined, {}).paths, NO_FILTERS.paths, 'a copy: editing one link cannot change the defaults');
  t.same(NO_FILTERS, { labels: { include: [], exclude: [] }, authors: { include: [], exclude: [], bots: true }, paths: [], actions: {} });
});

t.test('the uniqueness key ignores the case of the repository', async (t) => {
  t.same(uniquenessKey({ repository: 'Octo/Repo', webhookUrl: URL }), { repositoryKey: 'octo/repo', target: targetKeyOf(URL) });
});

t.test('health: a success heals, failures count and mark failing from the failingAfter-th', async (t) => {
  const healthy = { health: 'active' as const, consecutiveFailures: 0 };
  t.equal(healthAfter(healthy, { ok: true }, 3), undefined, 'a success on a healthy link changes nothing');
  t.same(healthAfter(healthy, { ok: false, error: 'HTTP 502' }, 3), { consecutiveFailures: 1, lastError: 'HTTP 502', health: 'active' });
  t.same(healthAfter({ health: 'active', consecutiveFailures: 2 }, { ok: false, error: 'HTTP 404' }, 3), { consecutiveFailures: 3, lastError: 'HTTP 404', health: 'failing' });
  t.same(healthAfter({ health: 'failing', consecutiveFailures: 7, lastError: 'x' }, { ok: true }, 3), { consecutiveFailures: 0, health: 'active', lastError: null });
  t.same(healthAfter({ health: 'active', consecutiveFailures: 0, lastError: 'stale' }, { ok: true }, 3), { consecutiveFailures: 0, health: 'active', lastError: null }, 'a leftover error is cleared');
});

t.test('health: a refusal for good is dead at once, stays dead on the same answer, and a success revives', async (t) => {
  const gone = { ok: false as const, error: 'HTTP 410', refused: true };
  t.same(healthAfter({ health: 'active', consecutiveFailures: 0 }, gone, 3), { consecutiveFailures: 1, lastError: 'HTTP 410', health: 'dead' }, 'no failingAfter to wait for');
  t.same(healthAfter({ health: 'failing', consecutiveFailures: 5, lastError: 'HTTP 500' }, gone, 3), { consecutiveFailures: 6, lastError: 'HTTP 410', health: 'dead' });
  t.same(healthAfter({ health: 'dead', consecutiveFailures: 1, lastError: 'HTTP 410' }, gone, 3), { consecutiveFailures: 2, lastError: 'HTTP 410', health: 'dead' });
  t.same(healthAfter({ health: 'dead', consecutiveFailures: 1, lastError: 'HTTP 410' }, { ok: false, error: 'HTTP 503' }, 3), { consecutiveFailures: 2, lastError: 'HTTP 503', health: 'failing' }, 'another answer no longer says the webhook is gone');
  t.same(healthAfter({ health: 'dead', consecutiveFailures: 4, lastError: 'HTTP 410' }, { ok: true }, 3), { consecutiveFailures: 0, health: 'active', lastError: null });
});
