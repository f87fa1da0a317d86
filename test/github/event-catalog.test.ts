import { emitterEventNames } from '@octokit/webhooks';
import t from 'tap';
import type { RenderOptions } from '../../src/cards/card.js';
import type { Renderer } from '../../src/cards/payload.js';
import { renderEvent } from '../../src/cards/render.js';
import {
  actionNameOf,
  actionsOf,
  EVENT_NAMES,
  entryOf,
  eventsOf,
  featureOf,
  type Catalog,
  type CatalogEntry,
  type FilterAction,
} from '../../src/github/event-catalog.js';
import { FEATURES } from '../../src/links/features.js';
import { example, exampleGroups } from '../helpers/github-examples.js';

const ALL_ON: RenderOptions = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };
const announced = EVENT_NAMES.filter((name) => entryOf(name)!.feature !== undefined);

t.test('every announced event belongs to a feature, every feature has events, and eventsOf inverts featureOf', async (t) => {
  for (const name of announced) t.ok(FEATURES.includes(featureOf(name, {})!), `${name} → ${featureOf(name, {})}`);
  for (const feature of FEATURES) {
    const events = eventsOf(feature);
    t.ok(events.length > 0, `${feature} has events: ${events.join(', ')}`);
    for (const name of events) t.ok(featureOf(name, { ref: 'refs/heads/x' }) === feature || featureOf(name, { ref: 'refs/tags/x' }) === feature);
  }
  const routed = new Set(FEATURES.flatMap((feature) => eventsOf(feature)));
  t.same([...routed].sort(), [...announced].sort(), 'hooks subscribe to exactly the announced events');
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

t.test('every example payload of an announced event maps to a feature, and of an ignored one to none', async (t) => {
  for (const { name, examples } of exampleGroups) {
    t.ok(entryOf(name), `${name} is in the catalog`);
    for (const payload of examples) {
      const feature = featureOf(name, payload);
      if (entryOf(name)?.ignored === undefined) t.ok(feature, `${name} → ${feature}`);
      else t.equal(feature, null, `${name} is ignored on purpose`);
    }
  }
});

t.test('every action @octokit/webhooks names for an announced event makes a card or is ignored with a reason', async (t) => {
  for (const name of announced) {
    const { actions, ignoredActions = {} } = entryOf(name)!;
    if (!actions) continue;
    for (const action of Object.keys(actions)) t.notOk(Object.hasOwn(ignoredActions, action), `${name}.${action} is not both rendered and ignored`);
    for (const [action, reason] of Object.entries(ignoredActions)) t.ok(reason, `${name}.${action} is ignored for a reason`);
    const known = emitterEventNames.filter((e) => e.startsWith(`${name}.`)).map((e) => e.slice(name.length + 1));
    for (const action of known) t.ok(Object.hasOwn(actions, action) || Object.hasOwn(ignoredActions, action), `${name}.${action} is accounted for`);
  }
});

t.test('actionsOf: the action names a link may filter each feature on', async (t) => {
  t.same(actionsOf('pulls'), ['opened', 'ready_for_review', 'reopened', 'closed', 'merged', 'review_requested', 'synchronize']);
  t.same(actionsOf('issues'), ['opened', 'closed', 'reopened', 'labeled', 'assigned', 'milestoned', 'transferred', 'deleted']);
  t.same(actionsOf('comments'), ['created'], 'the same action of several events is named once');
  t.same(actionsOf('repository'), ['created', 'deleted', 'archived', 'unarchived', 'renamed', 'transferred', 'closed']);
  t.same(actionsOf('commits'), [], 'a push has no action to filter on');
  for (const feature of FEATURES) t.equal(new Set(actionsOf(feature)).size, actionsOf(feature).length, `${feature}: no name twice`);
});

t.test('actionNameOf: an event’s action, `merged` for a merged close, null when cards do not depend on it', async (t) => {
  const closed = example('pull_request', (p) => p.action === 'closed');
  t.equal(closed.pull_request.merged, false, 'the examples hold no merged close');
  t.equal(actionNameOf({ name: 'pull_request', payload: closed }), 'closed');
  closed.pull_request.merged = true;
  t.equal(actionNameOf({ name: 'pull_request', payload: closed }), 'merged');
  t.match(renderEvent({ name: 'pull_request', payload: closed }, ALL_ON), { summary: /merged/ }, 'the card says merged too');
  t.equal(actionNameOf({ name: 'pull_request', payload: example('pull_request', (p) => p.action === 'opened') }), 'opened');
  t.equal(actionNameOf({ name: 'issues', payload: { ...example('issues', (p) => p.action === 'reopened'), action: 'closed', pull_request: { merged: true } } }), 'closed', 'only pull requests merge');
  t.equal(actionNameOf({ name: 'push', payload: example('push') }), null);
  t.equal(actionNameOf({ name: 'deployment_status', payload: example('deployment_status') }), null, 'always `created`: not a filter');
  t.equal(actionNameOf({ name: 'ping', payload: { action: 'x' } }), null);
  t.equal(actionNameOf({ name: 'toString', payload: { action: 'x' } }), null);
  for (const payload of [null, undefined, 'closed', 42, [], { action: 7 }, { action: 'closed', pull_request: 'merged' }]) {
    t.doesNotThrow(() => actionNameOf({ name: 'pull_request', payload }), JSON.stringify(payload));
  }
  t.equal(actionNameOf({ name: 'pull_request', payload: { action: 'closed', pull_request: null } }), 'closed');
});

t.test('every card made from an example is named by an action its feature offers to filters', async (t) => {
  let named = 0;
  for (const { name, examples } of exampleGroups) {
    for (const payload of examples) {
      const action = actionNameOf({ name, payload });
      if (action === null || !('message' in renderEvent({ name, payload }, ALL_ON))) continue;
      named += 1;
      t.ok((actionsOf(featureOf(name, payload)!) as readonly string[]).includes(action), `${name}.${payload.action} → ${action}`);
    }
  }
  t.ok(named >= 70, `${named} cards checked`);
});

// Compile-time checks, run by `npx tsc --noEmit -p tsconfig.json`: each marked line must fail to
// compile, or tsc reports the unused @ts-expect-error.
export const misspeltEvent: Partial<Catalog> = {
  // @ts-expect-error GitHub has no `pull_requests` event
  pull_requests: { ignored: 'misspelt' },
};
export const misspeltActions: CatalogEntry<'pull_request'> = {
  // @ts-expect-error `pull` is not a feature
  feature: 'pull',
  actions: {
    // @ts-expect-error pull_request has no `merge` action (a merged close is `closed`)
    merge: () => ({ ignored: 'misspelt' }),
  },
  ignoredActions: {
    // @ts-expect-error pull_request has no `asigned` action
    asigned: 'misspelt',
  },
  doc: {},
};
export const pullActions: readonly FilterAction<'pulls'>[] = [
  'opened',
  'merged',
  // @ts-expect-error `labeled` pull requests make no card, so filters cannot name it
  'labeled',
];
// @ts-expect-error the pull request payload has no `pullrequest` field
export const misspeltField: Renderer<'pull_request', 'opened'> = (p) => ({ ignored: String(p.pullrequest) });
