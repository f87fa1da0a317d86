// Payloads the example corpus lacks (events it has no example of, or states such as a failed
// workflow run), derived from real examples so their shape stays GitHub's.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');

export function example(name: string, action?: string): any {
  const found = corpus.find((e) => e.name === name)?.examples.find((p) => action === undefined || p.action === action);
  if (!found) throw new Error(`no example ${name}.${action}`);
  return structuredClone(found);
}

const PR_TEMPLATE = `<!-- Thanks for contributing! Please describe your change. -->
## What

Adds **retry with backoff** to the Teams client so a throttled channel (HTTP 429) no longer drops cards. Fixes #42, reviewed with @octocat.

## How

- [x] Parse \`Retry-After\` and honour it
- [x] Cap the backoff at 5 minutes
- [ ] Document the new \`TEAMS_MAX_RETRIES\` setting

\`\`\`ts
const delay = Math.min(base * 2 ** attempt, 300_000);
await sleep(delay + jitter());
\`\`\`

| Case | Before | After |
|---|---|---|
| 429 burst | lost | delivered |
| 5xx | lost | retried |

![throughput chart](https://user-images.githubusercontent.com/1/chart.png)
`;

/** The people directory of the gallery's mention samples (those with `people: true`). */
export const GALLERY_PEOPLE = [
  { login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' },
  { login: 'Codertocat', teams: '87d349ed-44d7-43e1-9a83-5f2406dee5bd', name: 'Cody Tocat' },
  { login: 'matfax', teams: 'matthias.fax@contoso.com', name: 'Matthias Fax' },
  { login: 'hubot', teams: 'hubot@contoso.com', name: 'Hubot Robot' },
];

export function synthetic(): Array<{ name: string; payload: any; label: string; people?: boolean }> {
  const out: Array<{ name: string; payload: any; label: string; people?: boolean }> = [];

  const pr = example('pull_request', 'opened');
  pr.pull_request.title = 'Retry throttled Teams deliveries with backoff';
  pr.pull_request.body = PR_TEMPLATE;
  pr.pull_request.draft = false;
  pr.pull_request.labels = [{ name: 'enhancement' }, { name: 'delivery' }];
  pr.pull_request.requested_reviewers = [pr.sender];
  out.push({ name: 'pull_request', payload: pr, label: 'pull_request.opened (markdown body)' });

  const review = example('pull_request_review', 'submitted');
  review.review.state = 'approved';
  review.review.body = 'Looks good: the backoff cap and the `Retry-After` parsing are exactly what we need. Ship it!';
  out.push({ name: 'pull_request_review', payload: review, label: 'pull_request_review.submitted (approved)' });

  const changes = structuredClone(review);
  changes.review.state = 'changes_requested';
  changes.review.body = 'Please keep the jitter: without it every replica retries **at the same instant**.';
  out.push({ name: 'pull_request_review', payload: changes, label: 'pull_request_review.submitted (changes requested)' });

  const closed = example('issues', 'reopened');
  Object.assign(closed, { action: 'closed' });
  Object.assign(closed.issue, { state: 'closed', state_reason: 'completed' });
  out.push({ name: 'issues', payload: closed, label: 'issues.closed' });

  const failed = example('workflow_run', 'completed');
  failed.workflow_run.conclusion = 'failure';
  out.push({ name: 'workflow_run', payload: failed, label: 'workflow_run.completed (failure)' });

  const suite = example('check_suite', 'completed');
  suite.check_suite.conclusion = 'failure';
  out.push({ name: 'check_suite', payload: suite, label: 'check_suite.completed (failure)' });

  const push = example('push');
  const commit = push.commits[0] ?? example('push', undefined).commits[0];
  Object.assign(push, { ref: 'refs/heads/main', created: false, deleted: false, forced: false, size: 3 });
  push.commits = ['Add size bound so fit() rarely serialises', 'Render tables as readable lines', 'Fix nested list indentation'].map((message, i) => ({
    ...commit,
    id: `${i + 1}`.repeat(40).slice(0, 40),
    message,
  }));
  push.head_commit = push.commits[2];
  out.push({ name: 'push', payload: push, label: 'push (3 commits)' });

  const forced = structuredClone(push);
  Object.assign(forced, { ref: 'refs/heads/feature/retry', forced: true, size: 1, commits: push.commits.slice(0, 1), compare: `${push.repository.html_url}/compare/aaaaaaa...bbbbbbb` });
  out.push({ name: 'push', payload: forced, label: 'push (force)' });

  const base = example('dependabot_alert', 'created');
  const repository = base.repository;
  const sender = base.sender;
  out.push({
    name: 'secret_scanning_alert',
    label: 'secret_scanning_alert.created',
    payload: {
      action: 'created',
      alert: {
        number: 3,
        html_url: `${repository.html_url}/security/secret-scanning/3`,
        secret_type: 'github_personal_access_token',
        secret_type_display_name: 'GitHub Personal Access Token',
        validity: 'active',
      },
      repository,
      sender,
    },
  });
  out.push({
    name: 'repository_advisory',
    label: 'repository_advisory.published',
    payload: {
      action: 'published',
      repository_advisory: {
        ghsa_id: 'GHSA-abcd-1234-efgh',
        cve_id: 'CVE-2026-12345',
        html_url: `${repository.html_url}/security/advisories/GHSA-abcd-1234-efgh`,
        summary: 'Webhook signature check can be bypassed with an empty secret',
        description: 'An empty `GITHUB_WEBHOOK_SECRET` made every signature valid.',
        severity: 'high',
        vulnerabilities: [{ package: { ecosystem: 'npm', name: 'github-teams-bridge' } }],
      },
      repository,
      sender,
    },
  });
  // Mentions: people of GALLERY_PEOPLE whom each card concerns.
  const requested = example('pull_request', 'review_requested');
  requested.requested_reviewer = { ...requested.requested_reviewer, login: 'octocat' };
  out.push({ name: 'pull_request', payload: requested, label: 'pull_request.review_requested (mentions)', people: true });

  const verdict = structuredClone(changes);
  verdict.review.user = { ...verdict.review.user, login: 'hubot', html_url: 'https://github.com/hubot' };
  out.push({ name: 'pull_request_review', payload: verdict, label: 'pull_request_review.submitted (mentions)', people: true });

  const broken = structuredClone(corpus.find((e) => e.name === 'workflow_run')!.examples.find((p) => /noreply/.test(p.workflow_run?.head_commit?.author?.email ?? ''))!);
  broken.workflow_run.conclusion = 'failure';
  out.push({ name: 'workflow_run', payload: broken, label: 'workflow_run.completed (mentions)', people: true });

  const issue = example('issues', 'opened');
  issue.issue.title = 'Cards arrive late during a release';
  issue.issue.body = 'During the 3.2 release the channel lagged by an hour. @hubot saw it too; @octocat, can you look at the digest settings?';
  issue.issue.assignees = [{ login: 'matfax', html_url: 'https://github.com/matfax' }, { login: 'not-in-directory', html_url: 'https://github.com/not-in-directory' }];
  out.push({ name: 'issues', payload: issue, label: 'issues.opened (mentions)', people: true });

  const pkg = example('package', 'published');
  out.push({ name: 'registry_package', label: 'registry_package.published', payload: { ...pkg, registry_package: pkg.package, package: undefined } });
  return out;
}
