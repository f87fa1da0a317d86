import t from 'tap';
import { githubClient } from '../../src/auth/github-client.js';
import { EVENT_NAMES, entryOf } from '../../src/github/event-catalog.js';
import { deleteRepositoryHook, ensureRepositoryHook, githubEventsFor } from '../../src/github/hooks.js';
import { FEATURES } from '../../src/links/features.js';
import { startFakeGitHub } from '../helpers/fake-github.js';

const PAYLOAD = 'https://bridge.example/api/github/webhooks';

t.test('feature names map to the GitHub events a hook must send', async (t) => {
  t.same(githubEventsFor([['issues', 'commits'], ['pulls']]), ['issues', 'pull_request', 'push']);
  t.same(githubEventsFor([['issues'], ['*']]), ['*']);
  t.same(githubEventsFor([['stars', 'wiki']]), ['gollum', 'watch']);
  t.same(githubEventsFor([['commits']]), ['push']);
  const announced = EVENT_NAMES.filter((name) => entryOf(name)!.feature !== undefined).sort();
  t.same(githubEventsFor([FEATURES]), announced, 'every feature together: exactly the events the catalog announces');
});

t.test('hooks are created, reused and widened (never narrowed), and deleted by payload URL', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  const token = gh.addUser('mona', { 'octo/app': { admin: true } });
  const octokit = githubClient(gh.apiUrl, token);
  gh.hooks.set('octo/app', [{ id: 1, name: 'web', active: true, events: ['push'], config: { url: 'https://ci.example/hook', content_type: 'json' } }]);

  const first = await ensureRepositoryHook(octokit, 'octo/app', { payloadUrl: PAYLOAD, secret: 's3cret-value', events: ['issues', 'push'] });
  t.equal(first.created, true);
  const again = await ensureRepositoryHook(octokit, 'octo/app', { payloadUrl: PAYLOAD, secret: 's3cret-value', events: ['release'] });
  t.same(again, { hookId: first.hookId, created: false, events: ['issues', 'push', 'release'] });
  const ours = gh.hooks.get('octo/app')!.find((h) => h.id === first.hookId)!;
  t.same(ours.config, { url: PAYLOAD, content_type: 'json', secret: 's3cret-value', insecure_ssl: '0' });
  t.equal(gh.hooks.get('octo/app')!.length, 2, 'the repository’s other hook is left alone');

  t.equal(await deleteRepositoryHook(octokit, 'octo/app', PAYLOAD), first.hookId);
  t.same(gh.hooks.get('octo/app')!.map((h) => h.id), [1]);
  t.equal(await deleteRepositoryHook(octokit, 'octo/app', PAYLOAD), undefined, 'nothing left to delete');
});
