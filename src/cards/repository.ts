import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import { safeUrl, thousands } from './inline.js';
import { actor, fact, ignore, people, str, words, type ActionRenderers, type Context, type Person, type Draft, type Outcome } from './payload.js';

/** fork, watch (stars), public, repository lifecycle and member: news about the repository itself. */

interface RepoNews {
  event: string;
  verb: string;
  title: string;
  url: string;
  state?: Draft['state'];
  facts?: Fact[];
  who?: Person;
  action?: { title: string; url: string };
}

function repoCard(p: PayloadView<'fork' | 'watch' | 'public' | 'repository' | 'member'>, ctx: Context, news: RepoNews): Outcome {
  const url = safeUrl(news.url);
  if (!url) return ignore(`${news.event.toLowerCase()} without a URL`);
  const person = actor(news.who ?? p?.sender, news.verb, ctx);
  const repoUrl = ctx.repository?.url;
  return {
    event: news.event,
    state: news.state,
    title: [{ text: news.title }],
    url,
    actor: person,
    facts: news.facts,
    actions: [news.action ?? { title: 'Open repository', url }, { title: 'Open repository', url: repoUrl ?? '' }],
    summary: `${person?.login ?? 'Someone'} ${news.verb}`,
  } satisfies Draft;
}

function repoFacts(repo: PayloadView<'fork' | 'watch'>['repository']): Fact[] {
  const facts: Fact[] = [];
  const stars = repo?.stargazers_count;
  const forks = repo?.forks_count;
  fact(facts, 'Stars', typeof stars === 'number' ? `★ ${thousands(stars)}` : '');
  fact(facts, 'Forks', typeof forks === 'number' ? thousands(forks) : '');
  return facts;
}

export function fork(p: PayloadView<'fork'>, ctx: Context): Outcome {
  const forkee = p?.forkee;
  const name = str(forkee?.full_name);
  return repoCard(p, ctx, {
    event: 'Fork',
    verb: `forked ${str(p?.repository?.name) || 'this repository'}`,
    title: name || 'New fork',
    url: str(forkee?.html_url),
    facts: repoFacts(p?.repository),
    action: { title: 'Open fork', url: str(forkee?.html_url) },
  });
}

export const watchActions = {
  started: (p, ctx) =>
    repoCard(p, ctx, {
      event: 'Star',
      verb: 'starred this repository',
      title: `★ ${str(p?.repository?.full_name) || 'Repository'} has a new stargazer`,
      url: str(p?.sender?.html_url) || str(p?.repository?.html_url),
      facts: repoFacts(p?.repository),
      action: { title: 'Open profile', url: str(p?.sender?.html_url) },
    }),
} satisfies ActionRenderers<'watch'>;

export function publicized(p: PayloadView<'public'>, ctx: Context): Outcome {
  return repoCard(p, ctx, {
    event: 'Repository public',
    verb: 'made this repository public',
    title: `${str(p?.repository?.full_name) || 'Repository'} is now public`,
    url: str(p?.repository?.html_url),
    state: { label: 'Public', tone: 'good' },
  });
}

function repositoryAction(event: string, verb: (p: PayloadView<'repository'>) => string, tone: 'good' | 'attention' | 'warning' | 'default', label: string) {
  return (p: PayloadView<'repository'>, ctx: Context) =>
    repoCard(p, ctx, {
      event,
      verb: verb(p),
      title: str(p?.repository?.full_name) || 'Repository',
      url: str(p?.repository?.html_url),
      state: { label, tone },
    });
}

export const repositoryActions = {
  created: repositoryAction('Repository created', () => 'created this repository', 'good', 'New'),
  deleted: repositoryAction('Repository deleted', () => 'deleted this repository', 'attention', 'Deleted'),
  archived: repositoryAction('Repository archived', () => 'archived this repository', 'warning', 'Archived'),
  unarchived: repositoryAction('Repository unarchived', () => 'unarchived this repository', 'good', 'Active'),
  renamed: repositoryAction('Repository renamed', (p) => `renamed ${str(p?.changes?.repository?.name?.from) || 'the repository'} to ${str(p?.repository?.name)}`, 'default', 'Renamed'),
  transferred: repositoryAction(
    'Repository transferred',
    (p) => {
      const from = str(p?.changes?.owner?.from?.user?.login) || str(p?.changes?.owner?.from?.organization?.login);
      return `transferred this repository${from ? ` from ${from}` : ''} to ${str(p?.repository?.owner?.login)}`;
    },
    'default',
    'Transferred',
  ),
} satisfies ActionRenderers<'repository'>;

function memberCard(added: boolean) {
  return (p: PayloadView<'member'>, ctx: Context) => {
    const member = p?.member;
    const login = str(member?.login);
    if (!login) return ignore('member event without a member');
    const permission = words(p?.changes?.permission?.to ?? p?.changes?.role_name?.to);
    const facts: Fact[] = [];
    fact(facts, 'Member', people([member], ctx));
    fact(facts, 'Permission', permission);
    return repoCard(p, ctx, {
      event: added ? 'Collaborator added' : 'Collaborator removed',
      verb: `${added ? 'added' : 'removed'} ${login} ${added ? 'to' : 'from'} this repository`,
      title: `${login} ${added ? 'joined' : 'left'} ${str(p?.repository?.full_name) || 'the repository'}`,
      url: str(member?.html_url) || str(p?.repository?.html_url),
      state: added ? { label: 'Added', tone: 'good' } : { label: 'Removed', tone: 'attention' },
      facts,
      action: { title: 'Open profile', url: str(member?.html_url) },
    });
  };
}

export const memberActions = { added: memberCard(true), removed: memberCard(false) } satisfies ActionRenderers<'member'>;
