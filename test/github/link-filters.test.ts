/**
 * Each filter of DESIGN §2 on real example payloads, sent signed through the real webhook route:
 * what it lets through, what it drops, and the `ignored` reason that names the filter and link.
 * Payloads are copies of @octokit/webhooks-examples moved to one repository per test (and, where
 * the examples lack a case, given another label, sender, branch or conclusion).
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionsOf, featureOf } from '../../src/github/event-catalog.js';
import { EventFacts, filterOf } from '../../src/github/link-filters.js';
import { loggerOptions } from '../../src/logger.js';
import { FEATURES } from '../../src/links/features.js';
import type { LinkInput } from '../../src/links/link.js';
import { newLink } from '../../src/links/link-rules.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { example, exampleGroups } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startTestApp, TEST_SECRET, type TestApp } from '../helpers/test-app.js';

const HOOK = 'http://127.0.0.1:9/hook';

/** A real bot sender: renovate[bot] as GitHub sent it in the workflow_job example. */
const RENOVATE = example('workflow_job', (p) => p.sender?.type === 'Bot').sender;

let h: TestApp;
t.before(async () => {
  h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
});
t.teardown(() => h.close());

let repos = 0;
/** A repository of its own per test, and links on it. */
async function repository(...links: Array<Omit<LinkInput, 'repository' | 'webhookUrl'>>) {
  const name = `octo-org/filters-${++repos}`;
  const created = [];
  for (const [i, input] of links.entries()) created.push(await h.links.create({ repository: name, webhookUrl: `${HOOK}/${repos}/${i}`, ...input }));
  /** Sends a copy of `payload` as if from this repository; answers the links that got a job. */
  const send = async (event: string, payload: any) => {
    const res = await sendWebhook(h.url, { event, payload: { ...payload, repository: { ...payload.repository, full_name: name } }, secret: TEST_SECRET });
    return { status: res.status, ignored: res.json?.ignored as string | undefined, linked: h.enqueued.filter((j) => j.delivery === res.delivery).map((j) => j.linkId) };
  };
  return { links: created, send };
}

const issueOpened = () => example('issues', (p) => p.action === 'opened' && p.issue.labels?.length === 1);
const prOpened = () => example('pull_request', (p) => p.action === 'opened' && p.pull_request.labels.length > 0);
const pushToMaster = () => example('push', (p) => p.ref === 'refs/heads/master' && p.commits.length > 0);

t.test('actions: only the listed actions of a feature; merged names a merged close', async (t) => {
  const { links, send } = await repository({ events: ['pulls', 'issues'], filters: { actions: { pulls: ['opened', 'merged'] } } });
  const [link] = links;
  t.same((await send('pull_request', prOpened())).linked, [link!.id], 'opened is listed');

  const closed = example('pull_request', (p) => p.action === 'closed');
  const refused = await send('pull_request', closed);
  t.same(refused.linked, []);
  t.equal(refused.ignored, `actions.pulls does not list closed (link ${link!.id})`, 'closed without merge is not');
  const merged = { ...closed, pull_request: { ...closed.pull_request, merged: true, merged_at: '2019-05-15T15:20:40Z' } };
  t.same((await send('pull_request', merged)).linked, [link!.id], 'a merged close is `merged`');
  t.same((await send('issues', issueOpened())).linked, [link!.id], 'another feature keeps every action');
  const edited = await send('pull_request', example('pull_request', (p) => p.action === 'unlabeled'));
  t.equal(edited.ignored, 'pull_request.unlabeled: ignored on purpose', 'an action no card announces keeps the catalog’s answer, not the filter’s');
});

t.test('branches: pushes, tags, pull requests by base, workflow runs and check suites by head', async (t) => {
  const { links, send } = await repository(
    { events: ['commits', 'branches', 'pulls', 'workflows'], branches: ['main', 'release/*', '!release/legacy-*', 'v*'], options: { workflowSuccesses: true } },
    { events: ['commits', 'branches', 'pulls', 'workflows'], options: { workflowSuccesses: true } },
  );
  const [globs, empty] = links.map((l) => l!.id);
  const push = pushToMaster();
  const pushed = (branch: string) => send('push', { ...push, ref: `refs/heads/${branch}` });

  t.same((await pushed('release/2.0')).linked, [globs]);
  const legacy = await pushed('release/legacy-1');
  t.same(legacy.linked, []);
  t.equal(
    legacy.ignored,
    `branches do not follow the branch release/legacy-1 (main, release/*, !release/legacy-*, v*) (link ${globs}); ` +
      `branches is empty, so commits follow the default branch master, not release/legacy-1 (link ${empty})`,
    'every link names its filter',
  );
  t.same((await pushed('master')).linked, [empty], 'empty: commits follow the default branch');

  const tagPush = example('push', (p) => p.ref.startsWith('refs/tags/'));
  const tagCreated = example('create', (p) => p.ref_type === 'tag');
  const tagDeleted = example('delete', (p) => p.ref_type === 'tag');
  t.same((await send('push', { ...tagPush, ref: 'refs/tags/v1.2.0' })).linked.sort(), [globs, empty].sort(), 'a tag is matched by its name');
  const simple = await send('create', tagCreated);
  t.same(simple.linked, [empty], 'empty: branch and tag news on every ref');
  t.equal(simple.ignored, undefined, 'one link left is enough: nothing is ignored');
  t.same((await send('create', { ...tagCreated, ref: 'v2.0.0' })).linked.sort(), [globs, empty].sort());
  t.same((await send('delete', { ...tagDeleted, ref: 'release/1.0', ref_type: 'branch' })).linked.sort(), [globs, empty].sort());

  const pr = prOpened();
  const intoMaster = await send('pull_request', pr);
  t.same(intoMaster.linked, [empty], 'a pull request is matched by its base branch');
  const intoMain = { ...pr, pull_request: { ...pr.pull_request, base: { ...pr.pull_request.base, ref: 'main' } } };
  t.same((await send('pull_request', intoMain)).linked.sort(), [globs, empty].sort());

  const run = example('workflow_run', (p) => p.action === 'completed' && p.workflow_run.conclusion === 'success');
  const onRelease = await send('workflow_run', { ...run, workflow_run: { ...run.workflow_run, head_branch: 'release/3' } });
  t.same(onRelease.linked.sort(), [globs, empty].sort(), 'a workflow run by its head branch; empty follows all');
  t.same((await send('workflow_run', run)).linked, [empty], 'head branch master is not followed by the globs');

  const suite = example('check_suite', (p) => p.action === 'completed' && !p.check_suite.app?.slug?.includes('actions'));
  const failed = { ...suite, check_suite: { ...suite.check_suite, conclusion: 'failure' } };
  const onChanges = await send('check_suite', failed);
  t.same(onChanges.linked, [empty]);
  t.same((await send('check_suite', { ...failed, check_suite: { ...failed.check_suite, head_branch: 'main' } })).linked.sort(), [globs, empty].sort());
});

t.test('labels: include needs a matching label, exclude none; any case; issues, pull requests, comments, reviews', async (t) => {
  const { links, send } = await repository(
    { events: ['issues', 'pulls', 'comments', 'reviews', 'commits'], filters: { labels: { exclude: ['Dependencies', 'BUG'] } } },
    { events: ['issues', 'pulls', 'comments', 'reviews', 'commits'], filters: { labels: { include: ['area/*', 'b?g'] } } },
    { events: ['issues', 'pulls', 'comments', 'reviews', 'commits'], filters: { labels: { include: ['area/*'] } } },
  );
  const [exclude, includeBug, includeArea] = links.map((l) => l!.id);

  const issue = issueOpened();
  t.same(issue.issue.labels.map((l: any) => l.name), ['bug']);
  const opened = await send('issues', issue);
  t.same(opened.linked, [includeBug], 'the bug label: excluded (any case), included by b?g, not by area/*');

  const dependencies = { ...issue, issue: { ...issue.issue, labels: [{ ...issue.issue.labels[0], name: 'dependencies' }] } };
  const deps = await send('issues', dependencies);
  t.same(deps.linked, []);
  t.equal(
    deps.ignored,
    `labels.exclude matched dependencies (link ${exclude}); labels.include matched none of its labels (dependencies) (link ${includeBug}); ` +
      `labels.include matched none of its labels (dependencies) (link ${includeArea})`,
  );

  const twoLabels = { ...issue, issue: { ...issue.issue, labels: [{ ...issue.issue.labels[0], name: 'triage' }, ...issue.issue.labels] } };
  t.same((await send('issues', twoLabels)).linked, [includeBug], 'any one of several labels is enough');

  const comment = example('issue_comment', (p) => p.action === 'created');
  t.same((await send('issue_comment', comment)).linked, [includeBug], 'a comment by the labels of its issue');

  const review = example('pull_request_review', (p) => p.action === 'submitted' && p.pull_request.labels.length > 0);
  const approved = { ...review, review: { ...review.review, state: 'approved' } };
  t.same((await send('pull_request_review', approved)).linked, [includeBug], 'a review by the labels of its pull request');

  const unlabelled = example('pull_request', (p) => p.action === 'opened' && p.pull_request.labels.length === 0);
  const none = await send('pull_request', unlabelled);
  t.same(none.linked, [exclude], 'no label: nothing to exclude, nothing included');
  const onlyIncludes = await repository({ events: ['pulls'], filters: { labels: { include: ['area/*'] } } });
  t.equal((await onlyIncludes.send('pull_request', unlabelled)).ignored, `labels.include is set and it has no labels (link ${onlyIncludes.links[0]!.id})`);

  t.same((await send('push', pushToMaster())).linked.sort(), [exclude, includeBug, includeArea].sort(), 'a push has no labels to judge');
});

t.test('authors: sender globs in any case, renovate[bot] written plainly, bots: false', async (t) => {
  const { links, send } = await repository(
    { events: ['issues'], filters: { authors: { bots: false } } },
    { events: ['issues'], filters: { authors: { exclude: ['Renovate[bot]'] } } },
    { events: ['issues'], filters: { authors: { include: ['codertocat', 'mona-*'] } } },
  );
  const [noBots, noRenovate, onlySome] = links.map((l) => l!.id);
  const issue = issueOpened();
  t.equal(issue.sender.login, 'Codertocat');
  t.same((await send('issues', issue)).linked.sort(), [noBots, noRenovate, onlySome].sort(), 'Codertocat matches codertocat');

  const byRenovate = await send('issues', { ...issue, sender: RENOVATE });
  t.same(byRenovate.linked, []);
  t.equal(
    byRenovate.ignored,
    `authors.bots is false and renovate[bot] is a bot (link ${noBots}); authors.exclude matched renovate[bot] (link ${noRenovate}); ` +
      `authors.include did not match renovate[bot] (link ${onlySome})`,
  );
  const botByName = { ...issue.sender, login: 'octo-helper[bot]', type: 'User' };
  t.same((await send('issues', { ...issue, sender: botByName })).linked.sort(), [noRenovate].sort(), 'a login ending in [bot] is a bot too');
  t.same((await send('issues', { ...issue, sender: { ...issue.sender, login: 'Mona-Lisa' } })).linked.sort(), [noBots, noRenovate, onlySome].sort());
});

t.test('paths: a push passes when a file its commits added, modified or removed matches', async (t) => {
  const { links, send } = await repository(
    { events: ['commits', 'branches'], filters: { paths: ['docs/**'] } },
    { events: ['commits', 'branches'], filters: { paths: ['*.md'] } },
    { events: ['commits', 'branches'], filters: { paths: ['**', '!**/*.md'] } },
  );
  const [docs, markdown, notMarkdown] = links.map((l) => l!.id);
  const push = pushToMaster();
  t.same(push.commits.flatMap((c: any) => [...c.added, ...c.removed, ...c.modified]), ['README.md']);
  const readme = await send('push', push);
  t.same(readme.linked, [markdown]);
  t.equal(readme.ignored, undefined);

  const commit = push.commits[0];
  const moved = { ...push, commits: [{ ...commit, added: ['docs/guide/setup.md'], modified: [], removed: ['src/old.ts'] }] };
  t.same((await send('push', moved)).linked.sort(), [docs, notMarkdown].sort(), 'added and removed files count');
  const elsewhere = await send('push', { ...push, commits: [{ ...commit, added: [], modified: ['src/app.ts'], removed: [] }] });
  t.same(elsewhere.linked, [notMarkdown]);

  const tag = await send('push', example('push', (p) => p.ref.startsWith('refs/tags/')));
  t.same(tag.linked.sort(), [docs, markdown, notMarkdown].sort(), 'a tag push changes no files: paths do not judge it');

  const { links: [only], send: sendOnly } = await repository({ events: ['commits'], filters: { paths: ['docs/**'] } });
  t.equal((await sendOnly('push', push)).ignored, `paths matched none of the 1 files this push changed (docs/**) (link ${only!.id})`);
});

t.test('several filters on one link: the first that drops names itself; an unfiltered link still gets the event', async (t) => {
  const { links, send } = await repository(
    { events: ['pulls'], branches: ['master'], filters: { labels: { exclude: ['bug'] }, authors: { bots: false }, actions: { pulls: ['opened'] } } },
    { events: ['pulls'] },
  );
  const [, plain] = links.map((l) => l!.id);
  const opened = await send('pull_request', { ...prOpened(), sender: RENOVATE });
  t.same(opened.linked, [plain], 'the filtered link drops it, the other is not affected');
  t.equal(opened.ignored, undefined);
  const onlyFiltered = await repository({ events: ['pulls'], branches: ['master'], filters: { labels: { exclude: ['bug'] }, authors: { bots: false } } });
  t.equal(
    (await onlyFiltered.send('pull_request', { ...prOpened(), sender: RENOVATE })).ignored,
    `authors.bots is false and renovate[bot] is a bot (link ${onlyFiltered.links[0]!.id})`,
    'authors are judged before labels',
  );
});

t.test('the route log says which filter dropped the event for which link', async (t) => {
  const lines: any[] = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(JSON.parse(chunk.toString())), cb()) });
  const logged = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' }, logger: pino(loggerOptions({ logLevel: 'debug' }), sink) });
  t.teardown(logged.close);
  const issue = issueOpened();
  const name = issue.repository.full_name;
  const dropping = await logged.links.create({ repository: name, webhookUrl: `${HOOK}/log/1`, events: ['issues'], filters: { labels: { exclude: ['bug'] } } });
  const res = await sendWebhook(logged.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.equal(res.json.ignored, `labels.exclude matched bug (link ${dropping.id})`);
  const ignored = lines.find((l) => l.msg === 'event ignored' && l.delivery === res.delivery);
  t.match(ignored, { level: 30, event: 'issues', reason: res.json.ignored, filtered: [{ linkId: dropping.id, reason: 'labels.exclude matched bug' }] });

  await logged.links.create({ repository: name, webhookUrl: `${HOOK}/log/2`, events: ['issues'] });
  const some = await sendWebhook(logged.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.equal(some.json.links, 1);
  t.match(
    lines.find((l) => l.msg === 'event filtered for some links' && l.delivery === some.delivery),
    { level: 20, filtered: [{ linkId: dropping.id, reason: 'labels.exclude matched bug' }] },
    'while another link gets it, at debug level',
  );
});

t.test('a link is compiled once per version, and a copy with other filters is not mistaken for it', async (t) => {
  const at = new Date('2026-01-01T00:00:00.000Z');
  const link = newLink({ repository: 'o/r', webhookUrl: HOOK, filters: { labels: { exclude: ['bug'] } } }, 'cached', at);
  const facts = () => new EventFacts({ name: 'issues', payload: issueOpened() }, 'issues');
  t.equal(filterOf(link), filterOf(link));
  t.equal(filterOf({ ...link, filters: structuredClone(link.filters) }), filterOf(link), 'a copy of the same link reuses the compiled filters');
  t.equal(filterOf(link).reasonFor(facts()), 'labels.exclude matched bug');
  // Two patches within one millisecond share updatedAt: the content decides.
  const patched = { ...link, filters: { ...link.filters!, labels: { include: [], exclude: ['wontfix'] } } };
  t.equal(filterOf(patched).reasonFor(facts()), undefined, 'the patched filters apply at once');
});

t.test('every example payload, and each broken into nulls, is judged without throwing', async (t) => {
  const link = newLink(
    {
      repository: 'o/r',
      webhookUrl: HOOK,
      events: ['*'],
      branches: ['main', '!x/*'],
      filters: { labels: { include: ['a*'], exclude: ['b'] }, authors: { include: ['c*'], exclude: ['d'], bots: false }, paths: ['**', '!e'], actions: { pulls: ['opened'] } },
    },
    'fuzz',
    new Date(),
  );
  const check = filterOf(link);
  let judged = 0;
  for (const { name, examples } of exampleGroups) {
    for (const payload of examples) {
      const feature = featureOf(name, payload);
      if (!feature) continue;
      const broken = [payload, ...Object.keys(payload).map((key) => ({ ...payload, [key]: null }))];
      for (const variant of broken) {
        const verdict = check.reasonFor(new EventFacts({ name, payload: variant }, feature));
        if (verdict !== undefined && typeof verdict !== 'string') t.fail(`${name}: ${String(verdict)}`);
        judged++;
      }
    }
  }
  t.ok(judged > 1000, `${judged} payloads judged`);
});

t.test('docs/filters.md lists each feature’s action names as the catalog does', async (t) => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'filters.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| `([a-z]+)` \| ([a-z_, ]+) \|$/gm)].map(([, feature, names]) => [feature, names!.split(', ')]);
  const expected = FEATURES.filter((f) => actionsOf(f).length > 0).map((f) => [f, [...actionsOf(f)]]);
  t.same(rows, expected);
});
