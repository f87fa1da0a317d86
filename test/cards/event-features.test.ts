import { createRequire } from 'node:module';
import t from 'tap';
import { EVENT_ROUTES } from '../../src/cards/render.js';
import { EVENT_FEATURES, eventsOf, featureOf, IGNORED_EVENTS } from '../../src/github/event-features.js';
import { FEATURES } from '../../src/links/features.js';

const require = createRequire(import.meta.url);
const corpus: Array<{ name: string; examples: any[] }> = require('@octokit/webhooks-examples/api.github.com/index.json');

t.test('every event with a renderer belongs to exactly one feature, and only those', async (t) => {
  t.same(Object.keys(EVENT_FEATURES).sort(), Object.keys(EVENT_ROUTES).sort());
  for (const name of Object.keys(EVENT_ROUTES)) t.ok(FEATURES.includes(featureOf(name, {})!), `${name} → ${featureOf(name, {})}`);
});

t.test('the issue-named mappings', async (t) => {
  const expected: Array<[string, any, string | null]> = [
    ['issues', { action: 'opened' }, 'issues'],
    ['pull_request', { action: 'opened' }, 'pulls'],
    ['push', { ref: 'refs/heads/main' }, 'commits'],
    ['push', { ref: 'refs/tags/v1.0.0' }, 'branches'],
    ['push', {}, 'commits'],
    ['create', { ref_type: 'tag' }, 'branches'],
    ['delete', { ref_type: 'branch' }, 'branches'],
    ['release', {}, 'releases'],
    ['deployment_status', {}, 'deployments'],
    ['pull_request_review', {}, 'reviews'],
    ['pull_request_review_comment', {}, 'comments'],
    ['issue_comment', {}, 'comments'],
    ['discussion_comment', {}, 'discussions'],
    ['workflow_run', {}, 'workflows'],
    ['check_suite', {}, 'workflows'],
    ['watch', {}, 'stars'],
    ['secret_scanning_alert', {}, 'security'],
    ['gollum', {}, 'wiki'],
    ['member', {}, 'members'],
    ['registry_package', {}, 'packages'],
    ['star', {}, null],
    ['ping', {}, null],
    ['toString', {}, null],
    ['__proto__', {}, null],
  ];
  for (const [name, payload, feature] of expected) t.equal(featureOf(name, payload), feature, `${name} ${JSON.stringify(payload)}`);
});

t.test('every feature but none is reachable, and eventsOf inverts the table', async (t) => {
  for (const feature of FEATURES) {
    const events = eventsOf(feature);
    t.ok(events.length > 0, `${feature} has events: ${events.join(', ')}`);
    for (const name of events) t.ok(featureOf(name, { ref: 'refs/heads/x' }) === feature || featureOf(name, { ref: 'refs/tags/x' }) === feature);
  }
});

t.test('every example payload of a routed event maps to a feature', async (t) => {
  for (const { name, examples } of corpus) {
    for (const payload of examples) {
      const feature = featureOf(name, payload);
      if (EVENT_ROUTES[name]) t.ok(feature, `${name} → ${feature}`);
      else t.equal(feature, null, `${name} is not routed`);
    }
  }
});

t.test('no event is both routed and ignored on purpose', async (t) => {
  for (const name of Object.keys(IGNORED_EVENTS)) t.equal(featureOf(name, {}), null, `${name} is ignored, not routed`);
});
