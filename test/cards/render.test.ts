// Synthetic payloads: sizes the examples never reach, per-link options, and payloads that are
// malformed on purpose. The renderer must stay pure and total on all of them.
import { createRequire } from 'node:module';
import t from 'tap';
import type { RenderOptions, RenderResult } from '../../src/cards/card.js';
import { renderEvent } from '../../src/cards/render.js';
import { EVENT_NAMES, entryOf } from '../../src/github/event-catalog.js';
import { problems, visibleTexts } from './check-card.js';

const require = createRequire(import.meta.url);
const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
const example = (name: string, action?: string): any =>
  structuredClone(corpus.find((e) => e.name === name)!.examples.find((p) => action === undefined || p.action === action));

const OFF: RenderOptions = { drafts: false, synchronize: false, workflowSuccesses: false, githubUrl: 'https://github.com' };
const ON: RenderOptions = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

function card(result: RenderResult) {
  if (!('message' in result)) throw new Error(`ignored: ${result.ignored}`);
  return result.message;
}
const texts = (result: RenderResult) => visibleTexts(card(result)).map((x) => x.text).join('\n');

t.test('a 60,000-character body fits under 20 KB, cut with "…" and a link to the full text', async (t) => {
  const payload = example('pull_request', 'opened');
  payload.pull_request.draft = false;
  const paragraph = 'Lorem **ipsum** dolor sit amet, [consectetur](https://example.com) adipiscing elit, sed do eiusmod tempor. ';
  payload.pull_request.body = paragraph.repeat(Math.ceil(60_000 / paragraph.length)).slice(0, 60_000);
  t.equal(payload.pull_request.body.length, 60_000);
  const result = renderEvent({ name: 'pull_request', payload }, OFF);
  t.same(problems(card(result), payload.pull_request.html_url), []);
  t.match(texts(result), /…/);
  t.match(texts(result), /Read the full text on GitHub/);
  // Multi-byte text is what makes byte size differ from string length.
  payload.pull_request.body = '界'.repeat(60_000);
  payload.pull_request.title = '🚀'.repeat(5000);
  t.same(problems(card(renderEvent({ name: 'pull_request', payload }, OFF)), payload.pull_request.html_url), []);
});

t.test('a 2,000-commit push fits, lists the newest commits and counts the rest', async (t) => {
  const payload = example('push');
  payload.ref = 'refs/heads/main';
  payload.created = false;
  payload.deleted = false;
  const base = payload.commits[0];
  payload.commits = Array.from({ length: 2000 }, (_, i) => ({ ...base, id: `${i}`.padStart(40, 'a'), message: `Commit number ${i} with a *long* message\n\nbody ${'x'.repeat(500)}` }));
  payload.size = 2000;
  const result = renderEvent({ name: 'push', payload }, OFF);
  t.same(problems(card(result), payload.compare), []);
  const all = texts(result);
  t.match(all, 'Commit number 1999');
  t.match(all, /and 1,9\d\d more commits/);
  t.notMatch(all, 'Commit number 0 ');
});

t.test('drafts stay quiet until ready unless the link asks for them', async (t) => {
  const payload = example('pull_request', 'opened');
  payload.pull_request.draft = true;
  t.match(renderEvent({ name: 'pull_request', payload }, OFF), { ignored: /draft/ });
  t.match(texts(renderEvent({ name: 'pull_request', payload }, ON)), /Draft/);
  const ready = example('pull_request', 'ready_for_review');
  t.match(texts(renderEvent({ name: 'pull_request', payload: ready }, OFF)), /ready for review/);
});

t.test('synchronize only when the link asks', async (t) => {
  const payload = example('pull_request', 'synchronize');
  t.match(renderEvent({ name: 'pull_request', payload }, OFF), { ignored: /synchronize/ });
  t.same(problems(card(renderEvent({ name: 'pull_request', payload }, ON)), payload.pull_request.html_url), []);
});

t.test('merged and closed without merge read differently', async (t) => {
  const payload = example('pull_request', 'closed');
  payload.pull_request.merged = true;
  t.match(texts(renderEvent({ name: 'pull_request', payload }, OFF)), /merged this pull request/);
  payload.pull_request.merged = false;
  payload.pull_request.merged_at = null;
  payload.pull_request.draft = false;
  t.match(texts(renderEvent({ name: 'pull_request', payload }, OFF)), /closed this pull request without merging/);
});

t.test('workflow successes only when the link asks; failures always', async (t) => {
  const payload = example('workflow_run', 'completed');
  payload.workflow_run.conclusion = 'success';
  t.match(renderEvent({ name: 'workflow_run', payload }, OFF), { ignored: /success/ });
  t.match(texts(renderEvent({ name: 'workflow_run', payload }, ON)), /succeeded/);
  payload.workflow_run.conclusion = 'failure';
  const failed = renderEvent({ name: 'workflow_run', payload }, OFF);
  t.match(texts(failed), /failed/);
  t.same(problems(card(failed), payload.workflow_run.html_url), []);
});

t.test('check suites: failures of other apps only; GitHub Actions suites are left to workflow_run', async (t) => {
  const payload = example('check_suite', 'completed');
  payload.check_suite.conclusion = 'failure';
  payload.check_suite.app = { ...payload.check_suite.app, slug: 'octocoders-linter', name: 'Linter' };
  t.match(texts(renderEvent({ name: 'check_suite', payload }, OFF)), /Linter checks failed/);
  payload.check_suite.app.slug = 'github-actions';
  t.match(renderEvent({ name: 'check_suite', payload }, OFF), { ignored: /workflow_run/ });
  payload.check_suite.app.slug = 'octocoders-linter';
  payload.check_suite.conclusion = 'success';
  t.match(renderEvent({ name: 'check_suite', payload }, ON), { ignored: /only failures/ });
});

t.test('reviews: each state has its wording; empty commented reviews and edits produce nothing', async (t) => {
  const payload = example('pull_request_review', 'submitted');
  for (const [state, words] of [['approved', /approved/], ['changes_requested', /requested changes/], ['commented', /commented/]] as const) {
    payload.review.state = state;
    payload.review.body = 'Looks **good**';
    t.match(texts(renderEvent({ name: 'pull_request_review', payload }, OFF)), words, state);
  }
  payload.review.body = '';
  t.match(renderEvent({ name: 'pull_request_review', payload }, OFF), { ignored: /without a body/ });
  t.match(renderEvent({ name: 'pull_request_review', payload: { ...payload, action: 'edited' } }, OFF), { ignored: /on purpose/ });
});

t.test('issue_comment says whether it is on an issue or a pull request', async (t) => {
  const payload = example('issue_comment', 'created');
  delete payload.issue.pull_request;
  t.match(texts(renderEvent({ name: 'issue_comment', payload }, OFF)), /commented on this issue/);
  payload.issue.pull_request = { url: 'https://api.github.com/x' };
  t.match(texts(renderEvent({ name: 'issue_comment', payload }, OFF)), /commented on this pull request/);
});

t.test('releases: drafts never; a pre-release is announced once', async (t) => {
  const payload = example('release', 'published');
  payload.release.draft = true;
  t.match(renderEvent({ name: 'release', payload }, ON), { ignored: /draft/ });
  payload.release.draft = false;
  payload.release.prerelease = true;
  t.match(renderEvent({ name: 'release', payload }, ON), { ignored: /pre-release/ });
  t.match(texts(renderEvent({ name: 'release', payload: { ...payload, action: 'prereleased' } }, ON)), /pre-release/);
});

t.test('a secret scanning alert shows its type and severity, never the secret', async (t) => {
  const payload = {
    action: 'created',
    alert: { number: 7, html_url: 'https://github.com/o/r/security/secret-scanning/7', secret_type: 'github_personal_access_token', secret_type_display_name: 'GitHub Personal Access Token', secret: 'ghp_SUPERSECRETVALUE123' },
    repository: { full_name: 'o/r', html_url: 'https://github.com/o/r' },
    sender: { login: 'octocat', html_url: 'https://github.com/octocat', avatar_url: 'https://avatars.githubusercontent.com/u/1' },
  };
  const result = renderEvent({ name: 'secret_scanning_alert', payload }, OFF);
  t.same(problems(card(result), payload.alert.html_url), []);
  t.notMatch(JSON.stringify(result), 'SUPERSECRET');
  t.match(texts(result), /High severity/);
});

t.test('user text cannot inject markdown, links or HTML into a card', async (t) => {
  const payload = example('issues', 'opened');
  payload.issue.title = '[Click me](javascript:alert(1)) **loud** <img src=x onerror=alert(1)>';
  payload.issue.body = '[evil](javascript:alert(1)) <script>alert(1)</script> [data](data:text/html,x)';
  const result = card(renderEvent({ name: 'issues', payload }, OFF));
  const json = JSON.stringify(result);
  t.notMatch(json, /"url":"(javascript|data):/);
  // Titles are not markdown on GitHub either: shown literally, they are correct, so only links are checked.
  t.same(problems(result).filter((p) => /action|url/.test(p)), []);
  // The title is literal text in a TextRun (never markdown-processed), not a TextBlock.
  const title = visibleTexts(result).find((x) => x.text.startsWith('[Click me]'));
  t.ok(title, 'title kept literally');
  t.notMatch(json, /"type":"TextBlock","text":"\[Click/);
});

t.test('GHES: @mentions link to the configured GitHub URL', async (t) => {
  const payload = example('issue_comment', 'created');
  payload.comment.body = 'Ping @hubot about #1';
  const json = JSON.stringify(card(renderEvent({ name: 'issue_comment', payload }, { ...OFF, githubUrl: 'https://ghe.corp.example/' })));
  t.match(json, '"url":"https://ghe.corp.example/hubot"');
});

t.test('never throws, never an empty card, on malformed payloads of every routed event', async (t) => {
  const shapes: unknown[] = [null, undefined, 42, 'x', [], {}, { action: 1 }, { action: 'opened', pull_request: 'nope', repository: [] }];
  const announced = EVENT_NAMES.filter((name) => entryOf(name)!.feature !== undefined);
  for (const name of [...announced, 'nonsense', '']) {
    const entry = entryOf(name);
    const actions = entry?.actions ? Object.keys(entry.actions) : [undefined];
    for (const action of actions) {
      for (const shape of shapes) {
        const payload = shape && typeof shape === 'object' && !Array.isArray(shape) && action ? { ...shape, action } : shape;
        const result = renderEvent({ name, payload }, OFF);
        if ('ignored' in result) t.notMatch(result.ignored, /cannot (render|lay out)/, `${name}.${action}: no renderer exception`);
        else t.same(problems(result.message), [], `${name}.${action}`);
      }
      // Every field replaced by a wrong type: objects become strings, strings numbers.
      const fixture = corpus.find((e) => e.name === name)?.examples.find((p) => !action || p.action === action);
      if (fixture) {
        const scrambled = JSON.parse(JSON.stringify(fixture), (key, value) => (key === '' || key === 'action' ? value : typeof value === 'string' ? 7 : typeof value === 'object' && value !== null && !Array.isArray(value) ? 'x' : value));
        const result = renderEvent({ name, payload: scrambled }, ON);
        if ('message' in result) t.same(problems(result.message), [], `${name}.${action} scrambled`);
        else t.notMatch(result.ignored, /cannot (render|lay out)/, `${name}.${action} scrambled: no renderer exception`);
      }
    }
  }
  t.match(renderEvent(undefined as any, OFF), { ignored: /payload/ });
});

t.test('event and action names that are Object.prototype members are unsupported, not a throw', async (t) => {
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    t.same(renderEvent({ name, payload: { action: 'opened' } }, ON), { ignored: `${name}: unsupported event` }, name);
    t.same(renderEvent({ name: 'pull_request', payload: { action: name } }, ON), { ignored: `pull_request.${name}: unsupported action` }, `pull_request.${name}`);
  }
});

t.test('fixtures with random fields removed or retyped still give a valid card or a reason', async (t) => {
  // A fixed seed keeps the run reproducible; 3 variants per fixture cover many partial payloads.
  let seed = 20261127;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const odd = [null, 0, '', [], {}, 'x'.repeat(300), -1, true];
  let cards = 0;
  for (const { name, examples } of corpus) {
    if (entryOf(name)?.feature === undefined) continue;
    for (const fixture of examples) {
      for (let variant = 0; variant < 3; variant++) {
        const payload = JSON.parse(JSON.stringify(fixture), (key, value) => {
          if (key === '' || key === 'action' || random() > 0.15) return value;
          return random() < 0.5 ? undefined : odd[Math.floor(random() * odd.length)];
        });
        const result = renderEvent({ name, payload }, ON);
        if ('ignored' in result) {
          // A caught exception is a renderer bug, even though renderEvent survives it.
          if (/cannot (render|lay out)/.test(result.ignored)) t.fail(`${name}.${fixture.action}: ${result.ignored}`);
          continue;
        }
        cards += 1;
        const found = problems(result.message).filter((p) => !p.startsWith('raw markdown'));
        if (found.length) t.same(found, [], `${name}.${fixture.action} variant ${variant}`);
      }
    }
  }
  t.ok(cards > 50, `${cards} damaged payloads still rendered a card`);
});
