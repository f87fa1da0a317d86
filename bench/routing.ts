/**
 * Routing cost of filters: `routeEvent` over every announced example payload in
 * @octokit/webhooks-examples, for a repository with 50 links, with the links' filters on as a
 * ratio to the same links without them. The filters are the kinds users set (branch globs with
 * exclusions, label and author exclusions, bots off, paths, actions), mostly letting events
 * through, so both sides hand nearly the same work to the card decision after them (the figure's
 * name says how many jobs each side made). CPU time of this process, both sides alternated pass
 * by pass (see `compare`).
 */
import { createRequire } from 'node:module';
import { decide } from '../src/app.js';
import type { GitHubEvent } from '../src/cards/card.js';
import { actionsOf, featureOf } from '../src/github/event-catalog.js';
import { routeEvent, type RouteDeps } from '../src/github/route-event.js';
import type { Link, LinkFiltersInput } from '../src/links/link.js';
import { newLink } from '../src/links/link-rules.js';
import type { Figure } from './figure.js';

const require = createRequire(import.meta.url);

const LINKS_PER_REPOSITORY = 50;
const TARGET = 0.9;
/** About 15 ms a pass here: some 6 s in all, in 15 blocks. */
const PAIRS = 210;
const PAIRS_PER_BLOCK = 14;
const REPOSITORY = 'Codertocat/Hello-World';

const deps: RouteDeps = { featureOf, decide, githubUrl: 'https://github.com' };

/** Five kinds of filtered link, each link with globs of its own so nothing is shared between them. */
function filtersOf(i: number): { branches: string[]; filters: LinkFiltersInput } {
  const pulls = actionsOf('pulls').filter((a) => a !== 'synchronize');
  switch (i % 5) {
    case 0:
      return { branches: [], filters: { labels: { exclude: ['wontfix', 'dependencies', `area/legacy-${i}`] }, authors: { exclude: ['renovate[bot]', `helper-${i}[bot]`] } } };
    case 1:
      return { branches: ['master', 'main', 'release/*', '!release/legacy-*', 'simple-*', 'changes'], filters: { actions: { pulls: [...pulls], issues: ['opened', 'closed', 'reopened', 'labeled'] } } };
    case 2:
      return { branches: [], filters: { paths: ['**', '!**/*.lock', `services/svc-${i}/**`], labels: { include: ['bug', 'enhancement', 'area/*'] } } };
    case 3:
      return { branches: ['!dependabot/**', `!wip-${i}/*`], filters: { authors: { include: ['*'], exclude: ['dependabot[bot]', `user-${i}`], bots: false } } };
    default:
      return {
        branches: ['master', 'main', 'simple-tag', 'changes', '!release/legacy-*'],
        filters: {
          labels: { exclude: ['wontfix', `team-${i}/*`] },
          authors: { exclude: ['renovate[bot]'], bots: false },
          paths: ['*.md', 'docs/**', `svc-${i}/**`],
          actions: { pulls: ['opened', 'closed', 'merged', 'ready_for_review', 'reopened'] },
        },
      };
  }
}

function links(filtered: boolean): Link[] {
  const at = new Date();
  return Array.from({ length: LINKS_PER_REPOSITORY }, (_, i) => {
    const { branches, filters } = filtersOf(i);
    const input = { repository: REPOSITORY, webhookUrl: `https://contoso.webhook.office.com/webhookb2/bench-${i}`, events: ['*'] as ['*'] };
    return newLink(filtered ? { ...input, branches, filters } : input, `link-${filtered ? 'f' : 'p'}-${i}`, at);
  });
}

/** CPU microseconds of one pass over the corpus. */
function pass(events: GitHubEvent[], linked: Link[]): number {
  const start = process.cpuUsage();
  for (const event of events) routeEvent(event, linked, deps);
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/**
 * Passes with and without filters, alternated one by one (and which goes first, too), so that
 * whatever else this shared machine does lands on both sides alike. Answers the median over
 * blocks of pairs of (CPU without / CPU with), and the CPU per event with filters.
 */
function compare(events: GitHubEvent[], plain: Link[], filtered: Link[]): { ratio: number; perEvent: number } {
  const blocks: Array<{ without: number; with: number }> = [];
  let block = { without: 0, with: 0 };
  for (let pair = 0; pair < PAIRS; pair++) {
    if (pair % 2 === 0) {
      block.without += pass(events, plain);
      block.with += pass(events, filtered);
    } else {
      block.with += pass(events, filtered);
      block.without += pass(events, plain);
    }
    if ((pair + 1) % PAIRS_PER_BLOCK === 0) {
      blocks.push(block);
      block = { without: 0, with: 0 };
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    ratio: median(blocks.map((b) => b.without / b.with)),
    perEvent: median(blocks.map((b) => b.with / (PAIRS_PER_BLOCK * events.length))),
  };
}

export async function benchRouting(): Promise<Figure[]> {
  const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');
  const events: GitHubEvent[] = corpus
    .flatMap(({ name, examples }) => examples.map((payload) => ({ name, payload: { ...payload, repository: { ...payload.repository, full_name: REPOSITORY } } })))
    .filter((event) => featureOf(event.name, event.payload) !== null);
  const plain = links(false);
  const filtered = links(true);

  // Both sides give the card decision work: the filters drop some events for some links, not most.
  let jobsPlain = 0;
  let jobsFiltered = 0;
  for (const event of events) {
    const a = routeEvent(event, plain, deps);
    const b = routeEvent(event, filtered, deps);
    if ('jobs' in a) jobsPlain += a.jobs.length;
    if ('jobs' in b) jobsFiltered += b.jobs.length;
  }

  for (let i = 0; i < 20; i++) (pass(events, plain), pass(events, filtered));
  global.gc?.();
  const measured = compare(events, plain, filtered);
  const ratio = Math.round(measured.ratio * 100) / 100;
  const perEvent = Math.round(measured.perEvent * 10) / 10;
  return [
    {
      name: `routing throughput with filters on, as a ratio to without (${events.length} examples × ${LINKS_PER_REPOSITORY} links; ${jobsFiltered} of ${jobsPlain} jobs kept)`,
      value: ratio,
      unit: '×',
      target: `≥ ${TARGET}`,
      pass: ratio >= TARGET,
    },
    { name: 'routing cost per event with filters on (50 links)', value: perEvent, unit: 'µs', target: 'reported', pass: true },
  ];
}
