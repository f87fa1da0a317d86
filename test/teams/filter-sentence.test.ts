/** The configuration page's one-sentence reading of a link's filters (public/src/lib/filter-sentence.ts). */
import t from 'tap';
import { FEATURE_LABELS } from '../../public/src/lib/features.js';
import { filterSentence, type LinkFilters } from '../../public/src/lib/filter-sentence.js';
import { FEATURES } from '../../src/links/features.js';

const none = (): LinkFilters => ({ labels: { include: [], exclude: [] }, authors: { include: [], exclude: [], bots: true }, paths: [], actions: {} });
const say = (features: string[], branches: string[], filters: Partial<LinkFilters> = {}) =>
  filterSentence({ features, allFeatures: [...FEATURES], branches, filters: { ...none(), ...filters } }, FEATURE_LABELS);

t.test('the issue’s example reads as it does there', async (t) => {
  t.equal(
    say(['pulls'], ['main', 'release/*'], { labels: { include: [], exclude: ['dependencies'] }, authors: { include: [], exclude: [], bots: false } }),
    'Pull requests into main or release/*, without label dependencies, not from bots',
  );
});

t.test('each filter in words', async (t) => {
  t.equal(say(['issues', 'pulls', 'commits'], []), 'Issues, pull requests and commits to the default branch', 'empty branches: commits follow the default branch');
  t.equal(say(['commits', 'workflows'], ['main', '!release/legacy-*']), 'Commits and workflow runs on main except release/legacy-*');
  t.equal(say(['commits'], ['!dependabot/**']), 'Commits on every branch except dependabot/**');
  t.equal(say(['issues'], [], { labels: { include: ['bug', 'area/*'], exclude: ['wontfix', 'dependencies'] } }), 'Issues, labelled bug or area/*, without labels wontfix or dependencies');
  t.equal(say(['issues'], [], { authors: { include: ['mona'], exclude: ['renovate[bot]', 'octo-intern'], bots: false } }), 'Issues, from mona, not from bots, renovate[bot] or octo-intern');
  t.equal(say(['commits'], ['main'], { paths: ['services/api/**', '!**/*.md'] }), 'Commits on main, touching services/api/** (not **/*.md)');
  t.equal(say(['commits'], ['main'], { paths: ['!**/*.md'] }), 'Commits on main, touching files other than **/*.md');
  t.equal(say(['pulls', 'issues'], [], { actions: { pulls: ['opened', 'merged'], issues: [] } }), 'Pull requests (opened or merged) and issues');
  t.equal(say(['*'], [], { actions: { pulls: ['merged', 'ready_for_review'] } }), 'All events, pull requests (merged or ready for review) only');
  t.equal(say([...FEATURES], []), 'All events');
  t.equal(say([], []), 'Nothing: choose at least one kind of event');
});

t.test('the delivery mode closes the sentence; immediate adds nothing', async (t) => {
  const read = (features: string[], filters: Partial<LinkFilters>, delivery: Parameters<typeof filterSentence>[0]['delivery']) =>
    filterSentence({ features, allFeatures: [...FEATURES], branches: [], filters: { ...none(), ...filters }, delivery }, FEATURE_LABELS);
  t.equal(read(['issues', 'pulls'], {}, { mode: 'immediate' }), 'Issues and pull requests');
  t.equal(read(['issues', 'pulls'], {}, { mode: 'digest', everyMinutes: 60 }), 'Issues and pull requests as a digest every 60 minutes');
  t.equal(read(['issues'], {}, { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' }), 'Issues as a daily digest at 09:00 Europe/Berlin');
  t.equal(
    read(['issues'], { authors: { include: [], exclude: [], bots: false } }, { mode: 'digest', everyMinutes: 30 }),
    'Issues, not from bots, as a digest every 30 minutes',
    'after filters a comma sets the delivery apart',
  );
});
