// One check per real example payload of @octokit/webhooks-examples: every card GitHub's own
// fixtures produce must be one Teams accepts, and every fixture we skip must be skipped on purpose.
import { createRequire } from 'node:module';
import t from 'tap';
import type { RenderOptions } from '../../src/cards/card.js';
import { renderEvent } from '../../src/cards/render.js';
import { entryOf } from '../../src/github/event-catalog.js';
import { problems } from './check-card.js';

const require = createRequire(import.meta.url);
const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');

const announced = (name: string) => entryOf(name)?.feature !== undefined;
const ignoredOnPurpose = (name: string) => entryOf(name)?.ignored !== undefined;

const ALL_ON: RenderOptions = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

/** Where each event's card must link: the subject's html_url as the payload states it. */
const SUBJECT_URL: Record<string, (p: any) => string | undefined> = {
  pull_request: (p) => p.pull_request.html_url,
  pull_request_review: (p) => p.review.html_url,
  pull_request_review_comment: (p) => p.comment.html_url,
  issues: (p) => p.issue.html_url,
  issue_comment: (p) => p.comment.html_url,
  commit_comment: (p) => p.comment.html_url,
  discussion: (p) => p.discussion.html_url,
  discussion_comment: (p) => p.comment.html_url,
  push: (p) =>
    p.deleted ? p.repository.html_url : p.ref.startsWith('refs/tags/') ? `${p.repository.html_url}/releases/tag/${p.ref.slice(10)}` : p.compare,
  create: (p) => p.repository.html_url,
  delete: (p) => p.repository.html_url,
  release: (p) => p.release.html_url,
  deployment_status: (p) => p.deployment_status.target_url || p.repository.html_url,
  workflow_run: (p) => p.workflow_run.html_url,
  check_suite: (p) => p.repository.html_url,
  dependabot_alert: (p) => p.alert.html_url,
  code_scanning_alert: (p) => p.alert.html_url,
  secret_scanning_alert: (p) => p.alert.html_url,
  repository_advisory: (p) => p.repository_advisory.html_url,
  fork: (p) => p.forkee.html_url,
  watch: (p) => p.repository.html_url,
  public: (p) => p.repository.html_url,
  repository: (p) => p.repository.html_url,
  member: (p) => p.member.html_url,
  gollum: (p) => p.pages[0].html_url,
  package: (p) => p.package.package_version?.html_url ?? p.package.html_url,
  registry_package: (p) => p.registry_package.package_version?.html_url ?? p.registry_package.html_url,
  milestone: (p) => p.milestone.html_url,
};

/** Reasons a routed fixture may legitimately produce no card even with every option on. */
const CONDITIONAL = /ignored on purpose|intermediate state|without a body|only failures|without conclusion|announced by its prereleased/;

let rendered = 0;
let ignored = 0;

for (const { name, examples } of corpus) {
  t.test(name, async (t) => {
    examples.forEach((payload, index) => {
      const id = `${name}${payload.action ? `.${payload.action}` : ''} #${index}`;
      const result = renderEvent({ name, payload }, ALL_ON);
      t.matchSnapshot('message' in result ? result.message.attachments[0].content : result, id);
      if ('ignored' in result) {
        ignored += 1;
        t.ok(result.ignored.length > 0, `${id}: has a reason`);
        if (announced(name)) t.match(result.ignored, CONDITIONAL, `${id}: skipped on purpose (${result.ignored})`);
        else t.ok(ignoredOnPurpose(name), `${id}: event is ignored on purpose`);
        return;
      }
      rendered += 1;
      t.ok(announced(name), `${id}: only announced events render`);
      t.ok(result.summary.length > 0, `${id}: has a summary`);
      t.same(problems(result.message, SUBJECT_URL[name]?.(payload)), [], `${id}: card is valid for Teams`);
    });
  });
}

t.test('corpus coverage', async (t) => {
  const total = corpus.reduce((n, e) => n + e.examples.length, 0);
  t.equal(rendered + ignored, total, 'every example was rendered or ignored');
  t.ok(rendered >= 100, `${rendered} of ${total} example payloads render a card, ${ignored} ignored on purpose`);
  for (const { name } of corpus) t.ok(announced(name) || ignoredOnPurpose(name), `${name} is announced or ignored on purpose`);
});
