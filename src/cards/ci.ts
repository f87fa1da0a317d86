import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import { actor, capitalise, duration, fact, ignore, refRun, shortSha, str, words, type ActionRenderers, type Context, type Draft, type Outcome } from './payload.js';

/** deployment_status, workflow_run completed and check_suite failures: what CI and CD say. */

const CONCLUSIONS: Record<string, { label: string; tone: Tone; failed: boolean }> = {
  success: { label: 'Succeeded', tone: 'good', failed: false },
  failure: { label: 'Failed', tone: 'attention', failed: true },
  timed_out: { label: 'Timed out', tone: 'attention', failed: true },
  startup_failure: { label: 'Startup failure', tone: 'attention', failed: true },
  action_required: { label: 'Action required', tone: 'warning', failed: true },
};

const DEPLOYMENT_STATES: Record<string, { label: string; tone: Tone }> = {
  success: { label: 'Deployed', tone: 'good' },
  failure: { label: 'Failed', tone: 'attention' },
  error: { label: 'Error', tone: 'attention' },
};

export function deploymentStatus(p: PayloadView<'deployment_status'>, ctx: Context): Outcome {
  const status = p?.deployment_status;
  const deployment = p?.deployment;
  const stateName = str(status?.state);
  const state = DEPLOYMENT_STATES[stateName];
  if (!state) return ignore(`deployment ${stateName || 'status'} is an intermediate state`);
  const environment = str(status?.environment) || str(deployment?.environment) || 'an environment';
  const target = str(status?.environment_url) || str(status?.target_url) || str(status?.log_url);
  const repoUrl = ctx.repository?.url;
  const url = target.startsWith('http') ? target : repoUrl ? `${repoUrl}/deployments` : '';
  if (!url) return ignore('deployment status without any URL');
  const ref = str(deployment?.ref);
  const verb = state.tone === 'good' ? `deployed to ${environment}` : `could not deploy to ${environment}`;
  const person = actor(status?.creator ?? p?.sender, verb, ctx);
  const facts: Fact[] = [];
  fact(facts, 'Environment', environment);
  if (ref) fact(facts, 'Ref', [refRun(ref, ctx), { text: `  ${shortSha(deployment?.sha)}`, mono: true, subtle: true }]);
  fact(facts, 'Details', str(status?.description));
  return {
    event: 'Deployment',
    state,
    title: [{ text: `${capitalise(environment)}: ${state.label.toLowerCase()}` }],
    url,
    actor: person,
    facts,
    actions: [
      { title: 'Open deployment', url },
      { title: 'Deployment log', url: str(status?.log_url) || str(status?.target_url) },
      { title: 'All deployments', url: repoUrl ? `${repoUrl}/deployments` : '' },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}: ${state.label.toLowerCase()}`,
  } satisfies Draft;
}

export const workflowRunActions = {
  completed: (p, ctx) => {
    const run = p?.workflow_run;
    const conclusionName = str(run?.conclusion);
    const conclusion = CONCLUSIONS[conclusionName];
    if (!conclusion) return ignore(`workflow run ${words(conclusionName) || 'without conclusion'}`);
    if (!conclusion.failed && !ctx.options.workflowSuccesses) return ignore('successful workflow run (this link does not announce successes)');
    const url = str(run?.html_url);
    if (!url) return ignore('workflow run without html_url');
    const workflow = str(p?.workflow?.name) || str(run?.name) || 'Workflow';
    const branch = str(run?.head_branch);
    const verb = `started this run${str(run?.event) ? ` (${words(run?.event)})` : ''}`;
    const person = actor(run?.triggering_actor ?? run?.actor ?? p?.sender, verb, ctx);
    const facts: Fact[] = [];
    fact(facts, 'Workflow', workflow);
    if (branch) fact(facts, 'Branch', [refRun(branch, ctx), { text: `  ${shortSha(run?.head_sha)}`, mono: true, subtle: true }]);
    fact(facts, 'Commit', str(run?.head_commit?.message).split('\n')[0]);
    fact(facts, 'Duration', duration(run?.run_started_at ?? run?.created_at, run?.updated_at));
    fact(facts, 'Run', Number(run?.run_attempt) > 1 ? `#${str(run?.run_number)}, attempt ${str(run?.run_attempt)}` : `#${str(run?.run_number)}`);
    return {
      event: 'Workflow run',
      state: { label: conclusion.label, tone: conclusion.tone },
      title: [{ text: `${workflow} ${conclusion.label.toLowerCase()}` }, { text: branch ? `  on ${branch}` : '', subtle: true, bold: false }],
      url,
      actor: person,
      facts,
      actions: [
        { title: 'Open run', url },
        { title: 'Open workflow', url: str(p?.workflow?.html_url) },
      ],
      // The commit's author broke the build; the payload names them only by email (docs/people.md).
      concerns: conclusion.failed ? { emails: [str(run?.head_commit?.author?.email)].filter(Boolean) } : undefined,
      summary: `${workflow} ${conclusion.label.toLowerCase()}${branch ? ` on ${branch}` : ''}`,
    } satisfies Draft;
  },
} satisfies ActionRenderers<'workflow_run'>;

export const checkSuiteActions = {
  completed: (p, ctx) => {
    const suite = p?.check_suite;
    const conclusionName = str(suite?.conclusion);
    const conclusion = CONCLUSIONS[conclusionName];
    if (!conclusion || !conclusion.failed) return ignore(`check suite ${words(conclusionName) || 'without conclusion'} (only failures are announced)`);
    // GitHub Actions reports every workflow run as a check suite too; its workflow_run card says more.
    if (suite?.app?.slug === 'github-actions') return ignore('GitHub Actions suite (announced by its workflow_run)');
    const repoUrl = ctx.repository?.url;
    const sha = str(suite?.head_sha);
    const url = repoUrl && sha ? `${repoUrl}/commit/${sha}/checks` : '';
    if (!url) return ignore('check suite without repository URL or head sha');
    const app = str(suite?.app?.name) || 'Checks';
    const branch = str(suite?.head_branch);
    const person = actor(p?.sender, `ran ${app}`, ctx);
    const facts: Fact[] = [];
    fact(facts, 'App', app);
    if (branch) fact(facts, 'Branch', [refRun(branch, ctx), { text: `  ${shortSha(sha)}`, mono: true, subtle: true }]);
    fact(facts, 'Commit', str(suite?.head_commit?.message).split('\n')[0]);
    return {
      event: 'Check suite',
      state: { label: conclusion.label, tone: conclusion.tone },
      title: [{ text: `${app} checks ${conclusion.label.toLowerCase()}` }, { text: branch ? `  on ${branch}` : '', subtle: true, bold: false }],
      url,
      actor: person,
      facts,
      actions: [{ title: 'Open checks', url }],
      summary: `${app} checks ${conclusion.label.toLowerCase()}${branch ? ` on ${branch}` : ''}`,
    } satisfies Draft;
  },
} satisfies ActionRenderers<'check_suite'>;
