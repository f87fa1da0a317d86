import type { GitHubEvent, RenderOptions, RenderResult } from './card.js';
import { checkSuiteActions, CHECK_SUITE_IGNORED, deploymentStatus, workflowRunActions, WORKFLOW_RUN_IGNORED } from './ci.js';
import { commitCommentActions, COMMENT_IGNORED, discussionCommentActions, issueCommentActions } from './comments.js';
import { discussionActions, DISCUSSION_IGNORED } from './discussion.js';
import { fit } from './fit.js';
import { IGNORED_EVENTS } from './ignored-events.js';
import type { CardSpec } from './layout.js';
import { oneLine } from './inline.js';
import { issueActions, ISSUE_IGNORED } from './issues.js';
import { milestoneActions, MILESTONE_IGNORED } from './milestone.js';
import { packageActions, PACKAGE_IGNORED, registryPackageActions } from './package.js';
import { contextOf, type Context, type Outcome } from './payload.js';
import {
  pullRequestActions,
  PULL_REQUEST_IGNORED,
  reviewActions,
  reviewCommentActions,
  REVIEW_COMMENT_IGNORED,
  REVIEW_IGNORED,
} from './pull-request.js';
import { create, push, remove } from './push.js';
import { releaseActions, RELEASE_IGNORED } from './release.js';
import { fork, memberActions, MEMBER_IGNORED, publicized, repositoryActions, REPOSITORY_IGNORED, watchActions } from './repository.js';
import {
  codeScanningActions,
  CODE_SCANNING_IGNORED,
  dependabotActions,
  repositoryAdvisoryActions,
  secretScanningActions,
  SECRET_SCANNING_IGNORED,
} from './security.js';
import { gollum } from './wiki.js';

export { IGNORED_EVENTS };

export type Renderer = (payload: any, ctx: Context) => Outcome;

/** How one event is handled: a renderer for the whole event, or one per action plus the actions ignored on purpose. */
export type EventRoute = { render: Renderer } | { actions: Record<string, Renderer>; ignored: readonly string[] };

/** The dispatch table: every event we turn into a card. */
export const EVENT_ROUTES: Record<string, EventRoute> = {
  pull_request: { actions: pullRequestActions, ignored: PULL_REQUEST_IGNORED },
  pull_request_review: { actions: reviewActions, ignored: REVIEW_IGNORED },
  pull_request_review_comment: { actions: reviewCommentActions, ignored: REVIEW_COMMENT_IGNORED },
  issues: { actions: issueActions, ignored: ISSUE_IGNORED },
  issue_comment: { actions: issueCommentActions, ignored: COMMENT_IGNORED },
  commit_comment: { actions: commitCommentActions, ignored: COMMENT_IGNORED },
  discussion: { actions: discussionActions, ignored: DISCUSSION_IGNORED },
  discussion_comment: { actions: discussionCommentActions, ignored: COMMENT_IGNORED },
  push: { render: push },
  create: { render: create },
  delete: { render: remove },
  release: { actions: releaseActions, ignored: RELEASE_IGNORED },
  deployment_status: { render: deploymentStatus },
  workflow_run: { actions: workflowRunActions, ignored: WORKFLOW_RUN_IGNORED },
  check_suite: { actions: checkSuiteActions, ignored: CHECK_SUITE_IGNORED },
  dependabot_alert: { actions: dependabotActions, ignored: [] },
  code_scanning_alert: { actions: codeScanningActions, ignored: CODE_SCANNING_IGNORED },
  secret_scanning_alert: { actions: secretScanningActions, ignored: SECRET_SCANNING_IGNORED },
  repository_advisory: { actions: repositoryAdvisoryActions, ignored: [] },
  fork: { render: fork },
  watch: { actions: watchActions, ignored: [] },
  public: { render: publicized },
  repository: { actions: repositoryActions, ignored: REPOSITORY_IGNORED },
  member: { actions: memberActions, ignored: MEMBER_IGNORED },
  gollum: { render: gollum },
  package: { actions: packageActions, ignored: PACKAGE_IGNORED },
  registry_package: { actions: registryPackageActions, ignored: PACKAGE_IGNORED },
  milestone: { actions: milestoneActions, ignored: MILESTONE_IGNORED },
};

/**
 * Renders one GitHub event as a Teams message, or says why there is none. Pure and total:
 * any payload, however odd, yields a message under 20 KB or an ignore reason, never a throw.
 */
export function renderEvent(event: GitHubEvent, options: RenderOptions): RenderResult {
  const spec = specOf(event, options);
  if ('ignored' in spec) return spec;
  try {
    const fitted = fit(spec);
    if (!fitted) return { ignored: `${spec.event}: card does not fit in 20 KB` };
    return { message: fitted.message, summary: spec.summary };
  } catch (error) {
    return { ignored: `${spec.event}: cannot lay out the card (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The renderer's decision for an event, before layout: what the card says, or why there is none. */
export function specOf(event: GitHubEvent, options: RenderOptions): CardSpec | { ignored: string } {
  const name = typeof event?.name === 'string' ? event.name : '';
  const payload = event?.payload;
  if (payload === null || typeof payload !== 'object') return { ignored: `${name || 'event'}: payload is not an object` };
  const route = EVENT_ROUTES[name];
  if (!route) return { ignored: IGNORED_EVENTS[name] ? `${name}: ${IGNORED_EVENTS[name]}` : `${name || 'event'}: unsupported event` };
  const action = typeof payload.action === 'string' ? payload.action : '';
  let renderer: Renderer | undefined;
  if ('render' in route) renderer = route.render;
  else if (Object.hasOwn(route.actions, action)) renderer = route.actions[action];
  else return { ignored: route.ignored.includes(action) ? `${name}.${action}: ignored on purpose` : `${name}.${action || '(no action)'}: unsupported action` };
  try {
    const ctx = contextOf(payload, options);
    const outcome = renderer(payload, ctx);
    if ('ignored' in outcome) return { ignored: `${label(name, action)}: ${outcome.ignored}` };
    // The outcome is a fresh object: completing it in place is cheaper than a spread copy.
    const spec = outcome as CardSpec;
    spec.summary = oneLine(outcome.summary, 300);
    spec.repository ??= ctx.repository;
    spec.githubUrl = ctx.githubUrl;
    return spec;
  } catch (error) {
    // A renderer bug must cost one card, not the delivery pipeline.
    return { ignored: `${label(name, action)}: cannot render (${error instanceof Error ? error.message : String(error)})` };
  }
}

function label(name: string, action: string): string {
  return action ? `${name}.${action}` : name;
}
