import type { DigestEntry, DigestEvent, DigestSubjectKind } from './digest.js';
import { oneLine, safeUrl, str } from './inline.js';
import { plural, refName, shortSha, words } from './payload.js';

/**
 * One event as a digest line: the subject it is about (what the digest groups by) and what
 * happened to it, in a few words. Reads payloads as defensively as the renderers do, and is
 * total: an event we do not know, or a payload that is not JSON, still gets a generic entry,
 * because a digest must never drop an event.
 */
export function digestEntryOf(event: DigestEvent): DigestEntry {
  const name = typeof event?.name === 'string' && event.name ? event.name : 'event';
  const payload = payloadOf(event?.payload);
  const at = typeof event?.receivedAt === 'number' && Number.isFinite(event.receivedAt) ? event.receivedAt : 0;
  const delivery = str(event?.delivery);
  let described: Described;
  try {
    described = (Object.hasOwn(FAMILIES, name) ? FAMILIES[name] : generic)(payload, name);
  } catch {
    described = generic(payload, name);
  }
  return {
    subject: { kind: described.kind, key: described.key, title: oneLine(described.title, 200) || 'Untitled', url: safeUrl(described.subjectUrl) },
    line: oneLine(described.line, 200) || words(name),
    url: safeUrl(described.url),
    at,
    delivery,
  };
}

interface Described {
  kind: DigestSubjectKind;
  key: string;
  title: string;
  subjectUrl?: string;
  line: string;
  url?: string;
}

type Describe = (p: any, name: string) => Described;

function payloadOf(payload: unknown): any {
  if (typeof payload === 'string') {
    try {
      return JSON.parse(payload);
    } catch {
      return {};
    }
  }
  return payload && typeof payload === 'object' ? payload : {};
}

/** `@login`, or "someone" when the payload names nobody. */
function who(user: any): string {
  const login = str(user?.login);
  return login ? `@${login}` : 'Someone';
}

function numbered(title: unknown, number: unknown): string {
  const n = str(number);
  return n ? `${oneLine(title, 120) || 'Untitled'} #${n}` : oneLine(title, 120);
}

function issueSubject(issue: any): Pick<Described, 'kind' | 'key' | 'title' | 'subjectUrl'> {
  const isPull = issue?.pull_request !== undefined && issue?.pull_request !== null;
  const kind = isPull ? 'pull' : 'issue';
  return { kind, key: `${kind}:${str(issue?.number) || str(issue?.id)}`, title: numbered(issue?.title, issue?.number), subjectUrl: str(issue?.html_url) };
}

function pullSubject(pull: any): Pick<Described, 'kind' | 'key' | 'title' | 'subjectUrl'> {
  return { kind: 'pull', key: `pull:${str(pull?.number) || str(pull?.id)}`, title: numbered(pull?.title, pull?.number), subjectUrl: str(pull?.html_url) };
}

function refSubject(kind: 'branch' | 'tag', ref: string, repoUrl: string): Pick<Described, 'kind' | 'key' | 'title' | 'subjectUrl'> {
  const path = kind === 'tag' ? `releases/tag/${encodeURIComponent(ref)}` : `tree/${encodeURI(ref)}`;
  return { kind, key: `${kind}:${ref}`, title: ref, subjectUrl: repoUrl && ref ? `${repoUrl}/${path}` : undefined };
}

const ISSUE_VERBS: Record<string, (p: any) => string> = {
  closed: (p) => (p?.issue?.state_reason === 'not_planned' ? 'closed as not planned' : 'closed as completed'),
  labeled: (p) => `added the label ${oneLine(p?.label?.name, 40)}`,
  assigned: (p) => (str(p?.assignee?.login) === str(p?.sender?.login) ? 'self-assigned' : `assigned ${who(p?.assignee)}`),
  milestoned: (p) => `added to ${oneLine(p?.milestone?.title ?? p?.issue?.milestone?.title, 40) || 'a milestone'}`,
  transferred: (p) => `transferred to ${str(p?.changes?.new_repository?.full_name) || 'another repository'}`,
};

const PULL_VERBS: Record<string, (p: any) => string> = {
  opened: (p) => (p?.pull_request?.draft ? 'opened a draft' : 'opened'),
  closed: (p) => (p?.pull_request?.merged ? `merged into ${oneLine(p?.pull_request?.base?.ref, 40) || 'the base branch'}` : 'closed without merge'),
  ready_for_review: () => 'marked ready for review',
  review_requested: (p) => `asked ${p?.requested_team ? `team ${oneLine(p.requested_team.name, 40)}` : who(p?.requested_reviewer)} for a review`,
  synchronize: (p) => `pushed to ${oneLine(p?.pull_request?.head?.ref, 40) || 'the branch'}`,
  assigned: (p) => `assigned ${who(p?.assignee)}`,
  labeled: (p) => `added the label ${oneLine(p?.label?.name, 40)}`,
};

const REVIEW_STATES: Record<string, string> = { approved: 'approved', changes_requested: 'requested changes', commented: 'reviewed', dismissed: 'review dismissed' };

const CONCLUSIONS: Record<string, string> = {
  success: 'succeeded',
  failure: 'failed',
  timed_out: 'timed out',
  startup_failure: 'failed to start',
  action_required: 'needs action',
  cancelled: 'was cancelled',
  skipped: 'was skipped',
  neutral: 'finished neutral',
  stale: 'went stale',
};

function actionVerb(p: any): string {
  return words(p?.action) || 'updated';
}

function onBranch(branch: unknown): string {
  const name = oneLine(branch, 60);
  return name ? ` on ${name}` : '';
}

const FAMILIES: Record<string, Describe> = {
  issues: (p) => ({ ...issueSubject(p?.issue), line: `${who(p?.sender)} ${(ISSUE_VERBS[str(p?.action)] ?? actionVerb)(p)}`, url: str(p?.issue?.html_url) }),
  issue_comment: (p) => ({ ...issueSubject(p?.issue), line: `${who(p?.comment?.user ?? p?.sender)} ${p?.action === 'created' ? 'commented' : `${actionVerb(p)} a comment`}`, url: str(p?.comment?.html_url) }),
  pull_request: (p) => ({ ...pullSubject(p?.pull_request), line: `${who(p?.sender)} ${(PULL_VERBS[str(p?.action)] ?? actionVerb)(p)}`, url: str(p?.pull_request?.html_url) }),
  pull_request_review: (p) => ({
    ...pullSubject(p?.pull_request),
    line: `${who(p?.review?.user ?? p?.sender)} ${p?.action === 'submitted' ? REVIEW_STATES[str(p?.review?.state).toLowerCase()] ?? 'reviewed' : `${actionVerb(p)} a review`}`,
    url: str(p?.review?.html_url),
  }),
  pull_request_review_comment: (p) => ({
    ...pullSubject(p?.pull_request),
    line: `${who(p?.comment?.user ?? p?.sender)} ${p?.action === 'created' ? 'commented' : `${actionVerb(p)} a comment`}${str(p?.comment?.path) ? ` on ${oneLine(p.comment.path, 60)}` : ''}`,
    url: str(p?.comment?.html_url),
  }),
  pull_request_review_thread: (p) => ({ ...pullSubject(p?.pull_request), line: `${who(p?.sender)} ${actionVerb(p)} a thread`, url: str(p?.pull_request?.html_url) }),
  push: (p) => {
    const ref = str(p?.ref);
    const isTag = ref.startsWith('refs/tags/');
    const name = refName(ref);
    const commits = Array.isArray(p?.commits) ? p.commits.length : 0;
    const authors = new Set<string>();
    if (Array.isArray(p?.commits)) for (const commit of p.commits) authors.add(str(commit?.author?.username) || str(commit?.author?.name));
    authors.delete('');
    const by = authors.size > 0 ? ` by ${[...authors].slice(0, 2).map((a) => `@${a}`).join(', ')}${authors.size > 2 ? ` +${authors.size - 2}` : ''}` : '';
    const pusher = who(p?.sender ?? { login: p?.pusher?.name });
    let line: string;
    if (p?.deleted) line = `${pusher} deleted ${isTag ? 'the tag' : 'the branch'}`;
    else if (isTag) line = `${pusher} ${p?.created ? 'pushed' : 'moved'} the tag to ${shortSha(p?.after)}`;
    else if (p?.created && commits === 0) line = `${pusher} created the branch`;
    else line = `${p?.forced ? 'force-pushed ' : ''}${plural(commits, 'commit')}${by || ` by ${pusher}`}`;
    return { ...refSubject(isTag ? 'tag' : 'branch', name, str(p?.repository?.html_url)), line, url: str(p?.compare) || str(p?.head_commit?.url) };
  },
  create: (p) => {
    const kind = p?.ref_type === 'tag' ? 'tag' : 'branch';
    const subject = refSubject(kind, str(p?.ref), str(p?.repository?.html_url));
    return { ...subject, line: `${who(p?.sender)} created the ${kind}`, url: subject.subjectUrl };
  },
  delete: (p) => {
    const kind = p?.ref_type === 'tag' ? 'tag' : 'branch';
    const subject = refSubject(kind, str(p?.ref), str(p?.repository?.html_url));
    return { ...subject, line: `${who(p?.sender)} deleted the ${kind}`, url: str(p?.repository?.html_url) ? `${p.repository.html_url}/${kind === 'tag' ? 'tags' : 'branches'}` : undefined };
  },
  release: (p) => {
    const release = p?.release;
    const tag = str(release?.tag_name);
    return {
      kind: 'release',
      key: `release:${tag || str(release?.id)}`,
      title: oneLine(release?.name, 120) || tag || 'Release',
      subjectUrl: str(release?.html_url),
      line: `${who(p?.sender)} ${p?.action === 'prereleased' ? 'published a pre-release' : actionVerb(p)}`,
      url: str(release?.html_url),
    };
  },
  workflow_run: (p) => {
    const run = p?.workflow_run;
    const workflow = str(p?.workflow?.name) || str(run?.name) || 'Workflow';
    const state = p?.action === 'completed' ? CONCLUSIONS[str(run?.conclusion)] ?? (words(run?.conclusion) || 'completed') : words(p?.action);
    return {
      kind: 'workflow',
      key: `workflow:${str(run?.workflow_id) || workflow}`,
      title: workflow,
      subjectUrl: str(p?.workflow?.html_url),
      line: `${workflow} ${state || 'ran'}${onBranch(run?.head_branch)}`,
      url: str(run?.html_url),
    };
  },
  check_suite: (p) => {
    const suite = p?.check_suite;
    const app = str(suite?.app?.name) || 'Checks';
    const repoUrl = str(p?.repository?.html_url);
    const sha = str(suite?.head_sha);
    const state = p?.action === 'completed' ? CONCLUSIONS[str(suite?.conclusion)] ?? 'completed' : words(p?.action);
    return {
      kind: 'workflow',
      key: `checks:${str(suite?.app?.id) || app}`,
      title: `${app} checks`,
      line: `${app} checks ${state}${onBranch(suite?.head_branch)}`,
      url: repoUrl && sha ? `${repoUrl}/commit/${sha}/checks` : undefined,
    };
  },
  deployment_status: (p) => {
    const status = p?.deployment_status;
    const environment = oneLine(status?.environment, 60) || oneLine(p?.deployment?.environment, 60) || 'an environment';
    return {
      kind: 'other',
      key: `deployment:${environment}`,
      title: `Deployments to ${environment}`,
      subjectUrl: str(p?.repository?.html_url) ? `${p.repository.html_url}/deployments` : undefined,
      line: `${who(status?.creator ?? p?.sender)}: ${words(status?.state) || 'status'}${onBranch(p?.deployment?.ref)}`,
      url: str(status?.environment_url) || str(status?.target_url) || str(status?.log_url),
    };
  },
  discussion: (p) => ({ ...discussionSubject(p?.discussion), line: `${who(p?.sender)} ${p?.action === 'answered' ? 'marked an answer' : actionVerb(p)}`, url: str(p?.answer?.html_url) || str(p?.discussion?.html_url) }),
  discussion_comment: (p) => ({ ...discussionSubject(p?.discussion), line: `${who(p?.comment?.user ?? p?.sender)} ${p?.action === 'created' ? 'commented' : `${actionVerb(p)} a comment`}`, url: str(p?.comment?.html_url) }),
  commit_comment: (p) => {
    const sha = str(p?.comment?.commit_id);
    return {
      kind: 'other',
      key: `commit:${sha}`,
      title: `Commit ${shortSha(sha) || 'comment'}`,
      subjectUrl: str(p?.repository?.html_url) && sha ? `${p.repository.html_url}/commit/${sha}` : undefined,
      line: `${who(p?.comment?.user ?? p?.sender)} commented`,
      url: str(p?.comment?.html_url),
    };
  },
  watch: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} starred`, url: str(p?.sender?.html_url) }),
  star: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} ${p?.action === 'deleted' ? 'unstarred' : 'starred'}`, url: str(p?.sender?.html_url) }),
  fork: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} forked to ${oneLine(p?.forkee?.full_name, 60) || 'a new repository'}`, url: str(p?.forkee?.html_url) }),
  repository: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} ${actionVerb(p)} the repository`, url: str(p?.repository?.html_url) }),
  public: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} made the repository public`, url: str(p?.repository?.html_url) }),
  member: (p) => ({ ...repositorySubject(p), line: `${who(p?.sender)} ${actionVerb(p)} ${who(p?.member)}`, url: str(p?.member?.html_url) }),
  milestone: (p) => ({
    kind: 'other',
    key: `milestone:${str(p?.milestone?.number) || str(p?.milestone?.id)}`,
    title: `Milestone ${oneLine(p?.milestone?.title, 120)}`,
    subjectUrl: str(p?.milestone?.html_url),
    line: `${who(p?.sender)} ${actionVerb(p)} the milestone`,
    url: str(p?.milestone?.html_url),
  }),
  package: (p) => packageEntry(p?.package, p),
  registry_package: (p) => packageEntry(p?.registry_package ?? p?.package, p),
  dependabot_alert: (p) => alertEntry(p, 'Dependabot alert', str(p?.alert?.security_advisory?.summary) || str(p?.alert?.dependency?.package?.name)),
  code_scanning_alert: (p) => alertEntry(p, 'Code scanning alert', str(p?.alert?.rule?.description) || str(p?.alert?.rule?.id)),
  secret_scanning_alert: (p) => alertEntry(p, 'Secret scanning alert', str(p?.alert?.secret_type_display_name) || str(p?.alert?.secret_type)),
  repository_advisory: (p) => {
    const advisory = p?.repository_advisory;
    return {
      kind: 'other',
      key: `advisory:${str(advisory?.ghsa_id)}`,
      title: `Advisory ${oneLine(advisory?.summary, 120) || str(advisory?.ghsa_id)}`,
      subjectUrl: str(advisory?.html_url),
      line: `Advisory ${actionVerb(p)}`,
      url: str(advisory?.html_url),
    };
  },
  gollum: (p) => {
    const pages: any[] = Array.isArray(p?.pages) ? p.pages : [];
    const verbs = new Set(pages.map((page) => str(page?.action)).filter(Boolean));
    return {
      kind: 'other',
      key: 'wiki',
      title: 'Wiki',
      subjectUrl: str(p?.repository?.html_url) ? `${p.repository.html_url}/wiki` : undefined,
      line: `${who(p?.sender)} ${[...verbs].join(' and ') || 'changed'} ${pages.length === 1 ? oneLine(pages[0]?.title, 60) || '1 page' : plural(pages.length, 'page')}`,
      url: str(pages[0]?.html_url),
    };
  },
};

function discussionSubject(discussion: any): Pick<Described, 'kind' | 'key' | 'title' | 'subjectUrl'> {
  return { kind: 'discussion', key: `discussion:${str(discussion?.number) || str(discussion?.id)}`, title: numbered(discussion?.title, discussion?.number), subjectUrl: str(discussion?.html_url) };
}

function repositorySubject(p: any): Pick<Described, 'kind' | 'key' | 'title' | 'subjectUrl'> {
  const name = str(p?.repository?.full_name) || 'Repository';
  return { kind: 'repository', key: `repository:${name}`, title: name, subjectUrl: str(p?.repository?.html_url) };
}

function packageEntry(pkg: any, p: any): Described {
  const name = oneLine(pkg?.name, 80) || 'Package';
  const version = oneLine(pkg?.package_version?.version ?? pkg?.package_version?.name, 40);
  const url = str(pkg?.package_version?.html_url) || str(pkg?.html_url);
  return {
    kind: 'other',
    key: `package:${name}`,
    title: `Package ${name}`,
    subjectUrl: str(pkg?.html_url),
    line: `${who(p?.sender)} ${actionVerb(p)}${version ? ` ${version}` : ''}`,
    url,
  };
}

function alertEntry(p: any, label: string, about: string): Described {
  const alert = p?.alert;
  const number = str(alert?.number);
  return {
    kind: 'other',
    key: `${label}:${number || str(alert?.html_url)}`,
    title: `${label}${number ? ` #${number}` : ''}${about ? `: ${oneLine(about, 100)}` : ''}`,
    subjectUrl: str(alert?.html_url),
    line: `${label} ${actionVerb(p)}`,
    url: str(alert?.html_url),
  };
}

/** Any other event: grouped per event name, named by its action and sender. */
const generic: Describe = (p, name) => ({
  kind: 'other',
  key: `event:${name}`,
  title: words(name) ? `${words(name).charAt(0).toUpperCase()}${words(name).slice(1)}` : 'Event',
  subjectUrl: str(p?.repository?.html_url),
  line: `${who(p?.sender)} ${str(p?.action) ? words(p.action) : 'sent this event'}`,
  url: undefined,
});
