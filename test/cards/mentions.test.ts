// Teams mentions in cards, on real example payloads and a real people directory: who is
// mentioned when, that every entity matches an <at> text (check-card's mentionProblems), that
// unmapped people stay profile links, and that no name can format the card.
import t from 'tap';
import type { AdaptiveCard, MentionEntity, RenderOptions, RenderResult } from '../../src/cards/card.js';
import { MAX_MENTIONS, mentionName, noreplyLogin } from '../../src/cards/mentions.js';
import { renderEvent } from '../../src/cards/render.js';
import type { Person } from '../../src/people/person.js';
import { openTestPeople } from '../helpers/people.js';
import { mentionProblems, problems, visibleTexts } from './check-card.js';
import { corpus, example } from './synthetic.js';

const ON = { drafts: true, synchronize: true, workflowSuccesses: true, githubUrl: 'https://github.com' };

const MONA: Person = { login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' };
const CODER: Person = { login: 'Codertocat', teams: '87d349ed-44d7-43e1-9a83-5f2406dee5bd', name: 'Coder Tocat' };
const HUBOT: Person = { login: 'hubot', teams: 'hubot@contoso.com', name: 'Hubot' };

function render(name: string, payload: unknown, options: Partial<RenderOptions>): { card: AdaptiveCard; result: RenderResult } {
  const result = renderEvent({ name, payload }, { ...ON, ...options });
  if (!('message' in result)) throw new Error(`ignored: ${result.ignored}`);
  return { card: result.message.attachments[0].content, result };
}
const entitiesOf = (card: AdaptiveCard): MentionEntity[] => card.msteams.entities ?? [];
const mentioned = (card: AdaptiveCard) => entitiesOf(card).map((e) => e.mentioned.id);
const texts = (card: AdaptiveCard) => visibleTexts({ ...card, msteams: undefined }).map((v) => v.text).join('\n');
const clean = (result: RenderResult) => ('message' in result ? problems(result.message) : [result.ignored]);

t.test('a requested reviewer in the directory is mentioned; unmapped, a profile link; mentions: false turns it off', async (t) => {
  const { cache } = await openTestPeople(t, [MONA]);
  const payload = example('pull_request', 'review_requested');
  t.equal(payload.requested_reviewer.login, 'octocat');

  const { card, result } = render('pull_request', payload, { people: cache });
  t.same(entitiesOf(card), [{ type: 'mention', text: '<at>Mona Octocat</at>', mentioned: { id: 'mona@contoso.com', name: 'Mona Octocat' } }]);
  t.match(texts(card), /^<at>Mona Octocat<\/at>$/m, 'the cc row holds the mention');
  t.same(clean(result), []);

  const off = render('pull_request', payload, { people: cache, mentions: false });
  t.same(entitiesOf(off.card), []);
  t.notOk(off.card.msteams.entities, 'no entities key at all');
  t.notMatch(texts(off.card), /<at>/);

  const { cache: empty } = await openTestPeople(t, []);
  const unmapped = render('pull_request', payload, { people: empty });
  t.same(entitiesOf(unmapped.card), []);
  t.notMatch(texts(unmapped.card), /<at>/);
  t.match(JSON.stringify(unmapped.card), /"text":"octocat","selectAction":\{"type":"Action.OpenUrl","url":"https?:\/\/github.com\/octocat"\}/, 'the reviewer stays a profile link');
  t.same(JSON.stringify(render('pull_request', payload, {}).card), JSON.stringify(unmapped.card), 'no directory at all: the same card');
});

t.test('an opened pull request mentions reviewers, assignees and @logins in the shown body, never its author', async (t) => {
  const { cache } = await openTestPeople(t, [MONA, CODER, HUBOT, { login: 'in-code', teams: 'code@contoso.com', name: 'In Code' }]);
  const payload = example('pull_request', 'opened');
  payload.pull_request.draft = false;
  payload.pull_request.requested_reviewers = [{ login: 'octocat' }];
  payload.pull_request.assignees = [{ login: 'Codertocat' }, { login: 'HUBOT' }];
  payload.pull_request.body = 'Fixes the retry loop, thanks @hubot and @Octocat.\n\n```\n@in-code is not a mention in code\n```\n\nAsk @nobody-mapped.';
  const { card, result } = render('pull_request', payload, { people: cache });
  t.equal(payload.pull_request.user.login, 'Codertocat');
  t.same(mentioned(card), ['mona@contoso.com', 'hubot@contoso.com'], 'reviewer, then assignee; each once; the author is not pinged');
  t.same(clean(result), []);
  t.match(texts(card), /@nobody-mapped/, 'an unmapped @login stays as written');

  const { cache: onlyBody } = await openTestPeople(t, [{ login: 'in-code', teams: 'code@contoso.com', name: 'In Code' }, { ...HUBOT }]);
  payload.pull_request.requested_reviewers = [];
  payload.pull_request.assignees = [];
  t.same(mentioned(render('pull_request', payload, { people: onlyBody }).card), ['hubot@contoso.com'], '@logins in code are not mentions');

  const merged = example('pull_request', 'closed');
  merged.pull_request.merged = true;
  t.same(mentioned(render('pull_request', merged, { people: cache }).card), [], 'a merge pings nobody');
});

t.test('a review that approves or requests changes mentions the pull request author', async (t) => {
  const { cache } = await openTestPeople(t, [MONA, CODER]);
  const payload = example('pull_request_review', 'submitted');
  payload.review.user = { ...payload.review.user, login: 'octocat' };
  for (const state of ['approved', 'changes_requested']) {
    payload.review.state = state;
    const { card, result } = render('pull_request_review', payload, { people: cache });
    t.same(mentioned(card), [CODER.teams], `${state}: the author, by object id`);
    t.same(clean(result), []);
  }
  payload.review.state = 'commented';
  payload.review.body = 'A thought.';
  t.same(mentioned(render('pull_request_review', payload, { people: cache }).card), [], 'a comment pings nobody');
  payload.review.state = 'approved';
  payload.review.user = { login: 'Codertocat' };
  t.same(mentioned(render('pull_request_review', payload, { people: cache }).card), [], 'nobody is pinged about their own action');
});

t.test('a failed workflow run mentions its commit author, found by noreply login or by email', async (t) => {
  const noreply = corpus.find((e) => e.name === 'workflow_run')!.examples.find((p) => p.action === 'completed' && /noreply/.test(p.workflow_run.head_commit?.author?.email))!;
  const byNoreply = structuredClone(noreply);
  t.equal(byNoreply.workflow_run.head_commit.author.email, 'matfax@users.noreply.github.com');
  byNoreply.workflow_run.conclusion = 'failure';
  const { cache } = await openTestPeople(t, [{ login: 'MatFax', teams: 'matthias@contoso.com', name: 'Matthias Fax' }, { login: 'mona', teams: 'OctoCat@GitHub.com', name: 'Mona Lisa' }]);
  const failed = render('workflow_run', byNoreply, { people: cache });
  t.same(mentioned(failed.card), ['matthias@contoso.com']);
  t.same(clean(failed.result), []);

  const byEmail = example('workflow_run', 'completed');
  t.equal(byEmail.workflow_run.head_commit.author.email, 'octocat@github.com');
  byEmail.workflow_run.conclusion = 'failure';
  t.same(mentioned(render('workflow_run', byEmail, { people: cache }).card), ['OctoCat@GitHub.com'], 'the email is a UPN in the directory, in any case');

  const succeeded = structuredClone(byNoreply);
  succeeded.workflow_run.conclusion = 'success';
  t.same(mentioned(render('workflow_run', succeeded, { people: cache }).card), [], 'a success pings nobody');
  t.equal(noreplyLogin('12345+Some-One@users.noreply.github.example.com'), 'Some-One', 'numbered and GHES noreply addresses');
  t.equal(noreplyLogin('someone@example.com'), undefined);
});

t.test('issues: an opened issue mentions assignees and body @logins; an assignment, the assignee', async (t) => {
  const { cache } = await openTestPeople(t, [MONA, CODER, HUBOT]);
  const opened = example('issues', 'opened');
  opened.issue.assignees = [{ login: 'Codertocat' }, { login: 'octocat' }];
  opened.issue.body = 'Seen by @hubot too.';
  t.same(mentioned(render('issues', opened, { people: cache }).card), ['mona@contoso.com', 'hubot@contoso.com'], 'not the author who opened it');

  const assigned = example('issues', 'assigned');
  t.same(mentioned(render('issues', assigned, { people: cache }).card), [], 'a self-assignment pings nobody');
  assigned.assignee = { login: 'octocat' };
  const { card, result } = render('issues', assigned, { people: cache });
  t.same(mentioned(card), ['mona@contoso.com']);
  t.same(clean(result), []);
  t.same(mentioned(render('issues', example('issues', 'labeled'), { people: cache }).card), [], 'a label change pings nobody');
});

t.test('a name cannot format the card, add a link or break the mention', async (t) => {
  const evil: Person = { login: 'octocat', teams: 'mona@contoso.com', name: '**Boss** _x_ [click](https://evil.example) `code` # \\ | ~~s~~ &amp;' };
  const { cache } = await openTestPeople(t, [evil]);
  const { card, result } = render('pull_request', example('pull_request', 'review_requested'), { people: cache });
  const [entity] = entitiesOf(card);
  t.equal(entity.text, '<at>Boss x click (https evil.example) code s amp</at>');
  t.equal(entity.mentioned.name, 'Boss x click (https evil.example) code s amp');
  t.same(clean(result), [], 'no raw markdown or HTML reaches the card');
  t.equal(mentionName('   ', 'dependabot[bot]'), 'dependabot bot', 'a name with nothing left falls back to the login');
  t.equal(mentionName('Zoë Ångström-Łukasz (QA)', 'z'), 'Zoë Ångström-Łukasz (QA)', 'names in any script stay as they are');
});

t.test('two people with one display name are told apart', async (t) => {
  const { cache } = await openTestPeople(t, [
    { login: 'alex-a', teams: 'alex.a@contoso.com', name: 'Alex Smith' },
    { login: 'alex-b', teams: 'alex.b@contoso.com', name: 'Alex Smith' },
  ]);
  const payload = example('pull_request', 'opened');
  payload.pull_request.requested_reviewers = [{ login: 'alex-a' }, { login: 'alex-b' }];
  const { card, result } = render('pull_request', payload, { people: cache });
  t.same(entitiesOf(card).map((e) => e.text), ['<at>Alex Smith</at>', '<at>Alex Smith (alex-b)</at>']);
  t.same(clean(result), []);
});

t.test(`at most ${MAX_MENTIONS} people, with long names and a long body, within 20 KB`, async (t) => {
  const people = Array.from({ length: 40 }, (_, i) => ({ login: `dev-${i}`, teams: `dev${i}@contoso.com`, name: `${'Developer With A Very Long Name '.repeat(3)}${i}` }));
  const { cache } = await openTestPeople(t, people);
  const payload = example('pull_request', 'opened');
  payload.pull_request.body = `${people.map((p) => `@${p.login}`).join(' ')}\n\n${'lorem ipsum '.repeat(6000)}`;
  const { card, result } = render('pull_request', payload, { people: cache });
  t.equal(entitiesOf(card).length, MAX_MENTIONS);
  t.same(clean(result), []);
});

t.test('every example payload, with everyone it names in the directory, renders cards whose mentions match', async (t) => {
  const logins = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const login = (node as { login?: unknown }).login;
      if (typeof login === 'string') logins.add(login.toLowerCase());
      Object.values(node).forEach(walk);
    }
  };
  walk(corpus);
  const everyone = [...logins].filter((l) => /^[a-z0-9][a-z0-9-]*(\[bot\])?$/.test(l)).map((login) => ({ login, teams: `${login.replace(/\W/g, '')}@contoso.com`, name: `Person ${login}` }));
  // Commit emails of the examples too, as UPNs, so failing runs mention someone.
  everyone.push({ login: 'mona-lisa', teams: 'octocat@github.com', name: 'Mona Lisa' });
  const { cache } = await openTestPeople(t, everyone);
  let withMentions = 0;
  let cards = 0;
  for (const { name, examples } of corpus) {
    for (const payload of examples) {
      for (const variant of [payload, failing(name, payload)]) {
        if (!variant) continue;
        const result = renderEvent({ name, payload: variant }, { ...ON, people: cache });
        if (!('message' in result)) continue;
        cards += 1;
        const card = result.message.attachments[0].content;
        if (entitiesOf(card).length) withMentions += 1;
        const found = problems(result.message);
        if (found.length) t.fail(`${name}.${variant.action}: ${found.join('; ')}`);
      }
    }
  }
  t.ok(withMentions >= 10, `${withMentions} of ${cards} cards mention someone`);
});

/** The failing form of a run or review, which the examples lack. */
function failing(name: string, payload: any): any {
  if (name === 'workflow_run') return { ...payload, workflow_run: { ...payload.workflow_run, conclusion: 'failure' } };
  if (name === 'pull_request_review') return { ...payload, review: { ...payload.review, state: 'changes_requested', user: { login: 'reviewer-x' } } };
  return undefined;
}

t.test('the card check catches mentions Teams would not resolve', async (t) => {
  const { cache } = await openTestPeople(t, [MONA]);
  const good = () => structuredClone(render('pull_request', example('pull_request', 'review_requested'), { people: cache }).card);
  t.same(mentionProblems(good()), []);
  const defects: Array<[string, (c: AdaptiveCard) => void, RegExp]> = [
    ['an <at> without entity', (c) => c.body.push({ type: 'TextBlock', text: 'cc <at>Somebody</at>' }), /<at>Somebody<\/at> has no entity/],
    ['an entity whose text is nowhere', (c) => (entitiesOf(c)[0].text = '<at>Mona</at>'), /"<at>Mona<\/at>" is not in any TextBlock/],
    ['two entities with one text', (c) => c.msteams.entities!.push(structuredClone(entitiesOf(c)[0])), /two entities/],
    ['an entity without a Teams id', (c) => (entitiesOf(c)[0].mentioned.id = 'octocat'), /neither a UPN nor an object id/],
    ['<at> in rich text', (c) => c.body.push({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '<at>Mona Octocat</at>' }] }), /<at> in a TextRun/],
  ];
  for (const [name, plant, expected] of defects) {
    const card = good();
    plant(card);
    t.match(mentionProblems(card).join('\n'), expected, name);
  }
});
