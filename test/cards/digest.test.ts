import fc from 'fast-check';
import t from 'tap';
import type { AdaptiveCard } from '../../src/cards/card.js';
import { digestEntryOf, renderDigestCards, type DigestEntry, type DigestEvent, type DigestOptions, type DigestSubjectKind } from '../../src/cards/digest.js';
import { EVENT_CATALOG, EVENT_NAMES } from '../../src/github/event-catalog.js';
import { exampleGroups, examplesOf } from '../helpers/github-examples.js';
import { MAX_BYTES, problems, sdkProblems, visibleTexts } from './check-card.js';
import { busyEvents } from './digest-samples.js';
import { synthetic } from './synthetic.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 12, 8, 0); // 09:00 in Berlin (CET)
const REPO = 'Codertocat/Hello-World';

const bytesOf = (message: unknown) => Buffer.byteLength(JSON.stringify(message), 'utf8');
const cardOf = (message: { attachments: [{ content: AdaptiveCard }] }) => message.attachments[0].content;

/** The text of each body element in order: what a reader scans, top to bottom. */
function outline(card: AdaptiveCard): string[] {
  return card.body.slice(1).map((element) => visibleTexts(element).map((v) => v.text).join(''));
}

function event(name: string, payload: object, i = 0): DigestEvent {
  return { delivery: `delivery-${name}-${i}`, name, payload, receivedAt: T0 + i * 1000 };
}

/** Every example payload of every event the bridge announces; the corpus lacks three, which synthetic.ts derives from real ones. */
function announcedExamples(): Array<{ name: string; payload: any }> {
  const out: Array<{ name: string; payload: any }> = [];
  for (const name of EVENT_NAMES) {
    if (!('feature' in EVENT_CATALOG[name])) continue;
    const group = exampleGroups.find((g) => g.name === name);
    if (group) for (const payload of group.examples) out.push({ name, payload });
    else for (const s of synthetic().filter((s) => s.name === name)) out.push({ name, payload: s.payload });
  }
  return out;
}

const KINDS: Record<string, DigestSubjectKind[]> = {
  // GitHub sends some issues events (milestoned) for pull requests too.
  issues: ['issue', 'pull'],
  issue_comment: ['issue', 'pull'],
  pull_request: ['pull'],
  pull_request_review: ['pull'],
  pull_request_review_comment: ['pull'],
  push: ['branch', 'tag'],
  create: ['branch', 'tag'],
  delete: ['branch', 'tag'],
  release: ['release'],
  workflow_run: ['workflow'],
  check_suite: ['workflow'],
  discussion: ['discussion'],
  discussion_comment: ['discussion'],
  watch: ['repository'],
  fork: ['repository'],
  repository: ['repository'],
  public: ['repository'],
  member: ['repository'],
  // Ignored by the catalog, but a digest of a link that is sent them still reads them well.
  star: ['repository'],
  pull_request_review_thread: ['pull'],
};

t.test('every announced event of the catalog, on real payloads, gives an entry of its family', async (t) => {
  const examples = announcedExamples();
  const covered = new Set(examples.map((e) => e.name));
  t.same(EVENT_NAMES.filter((name) => 'feature' in EVENT_CATALOG[name] && !covered.has(name)), [], 'a payload for every announced event');
  for (const [i, { name, payload }] of examples.entries()) {
    const entry = digestEntryOf({ delivery: `d${i}`, name, payload, receivedAt: T0 + i });
    const where = `${name}.${payload.action ?? ''} #${i}`;
    t.ok((KINDS[name] ?? ['other']).includes(entry.subject.kind), `${where}: kind ${entry.subject.kind}`);
    t.notOk(entry.subject.key.startsWith('event:'), `${where}: a family entry, not the generic one`);
    t.ok(entry.line.length > 0 && entry.line.length <= 200, `${where}: line "${entry.line}"`);
    t.notMatch(entry.line + entry.subject.title, /undefined|null|\[object/, `${where}: no placeholder`);
    t.ok(entry.url === undefined || /^https?:\/\//.test(entry.url), `${where}: http(s) link`);
    t.equal(entry.delivery, `d${i}`);
    t.equal(entry.at, T0 + i);
  }
  // The same events render as cards Teams takes.
  const entries = examples.map(({ name, payload }, i) => digestEntryOf({ delivery: `d${i}`, name, payload, receivedAt: T0 + i * 1000 }));
  const cards = renderDigestCards(entries, { repository: REPO, reason: 'busy' });
  for (const [i, card] of cards.entries()) t.same(problems(card.message), [], `card ${i + 1} of ${cards.length}`);
  t.same(cards.flatMap((c) => c.deliveries).sort(), entries.map((e) => e.delivery).sort(), 'every event in some card');
});

t.test('entries read the payload: who did what to which subject, and where to see it', async (t) => {
  const opened = examplesOf('issues').find((p) => p.action === 'opened');
  let entry = digestEntryOf(event('issues', opened));
  t.same(entry.subject, { kind: 'issue', key: `issue:${opened.issue.number}`, title: `${opened.issue.title} #${opened.issue.number}`, url: opened.issue.html_url });
  t.equal(entry.line, `@${opened.sender.login} opened`);
  t.equal(entry.url, opened.issue.html_url);

  const onPull = structuredClone(examplesOf('issue_comment').find((p) => p.action === 'created'));
  onPull.issue.pull_request = { url: onPull.issue.url.replace('/issues/', '/pulls/'), html_url: onPull.issue.html_url.replace('/issues/', '/pull/') };
  entry = digestEntryOf(event('issue_comment', onPull));
  t.equal(entry.subject.kind, 'pull', 'a comment on a pull request files under the pull request');
  t.equal(entry.subject.key, `pull:${onPull.issue.number}`);
  t.equal(entry.url, onPull.comment.html_url, 'links the comment');

  const merged = structuredClone(examplesOf('pull_request').find((p) => p.action === 'closed'));
  merged.pull_request.merged = true;
  entry = digestEntryOf(event('pull_request', merged));
  t.equal(entry.line, `@${merged.sender.login} merged into ${merged.pull_request.base.ref}`);
  merged.pull_request.merged = false;
  t.equal(digestEntryOf(event('pull_request', merged)).line, `@${merged.sender.login} closed without merge`);

  const review = structuredClone(examplesOf('pull_request_review').find((p) => p.action === 'submitted'));
  review.review.state = 'changes_requested';
  entry = digestEntryOf(event('pull_request_review', review));
  t.equal(entry.line, `@${review.review.user.login} requested changes`);
  t.equal(entry.url, review.review.html_url);

  const push = examplesOf('push').find((p) => p.ref.startsWith('refs/heads/') && p.commits.length > 0);
  entry = digestEntryOf(event('push', push));
  t.equal(entry.subject.kind, 'branch');
  t.equal(entry.subject.title, push.ref.replace('refs/heads/', ''));
  t.match(entry.line, new RegExp(`^${push.commits.length} commits? by @`));
  t.equal(entry.url, push.compare, 'links the compare view');

  const tag = examplesOf('create').find((p) => p.ref_type === 'tag');
  entry = digestEntryOf(event('create', tag));
  t.same([entry.subject.kind, entry.subject.key, entry.line], ['tag', `tag:${tag.ref}`, `@${tag.sender.login} created the tag`]);

  const run = structuredClone(examplesOf('workflow_run').find((p) => p.action === 'completed'));
  run.workflow_run.conclusion = 'failure';
  entry = digestEntryOf(event('workflow_run', run));
  t.equal(entry.line, `${run.workflow.name} failed on ${run.workflow_run.head_branch}`);
  t.equal(entry.url, run.workflow_run.html_url, 'links the run');

  const release = examplesOf('release').find((p) => p.action === 'published');
  entry = digestEntryOf(event('release', release));
  t.same([entry.subject.kind, entry.line, entry.url], ['release', `@${release.sender.login} published`, release.release.html_url]);

  const answered = examplesOf('discussion').find((p) => p.action === 'answered');
  entry = digestEntryOf(event('discussion', answered));
  t.same([entry.subject.kind, entry.subject.key, entry.line], ['discussion', `discussion:${answered.discussion.number}`, `@${answered.sender.login} marked an answer`]);

  const star = examplesOf('watch')[0];
  entry = digestEntryOf(event('watch', star));
  t.same([entry.subject.kind, entry.subject.title, entry.line], ['repository', star.repository.full_name, `@${star.sender.login} starred`]);

  const alert = examplesOf('dependabot_alert').find((p) => p.action === 'created');
  entry = digestEntryOf(event('dependabot_alert', alert));
  t.match(entry.subject.title, `Dependabot alert #${alert.alert.number}`);
  t.equal(entry.url, alert.alert.html_url);
});

t.test('ignored, unknown and broken events still give an entry, never a throw', async (t) => {
  for (const name of EVENT_NAMES.filter((n) => 'ignored' in EVENT_CATALOG[n])) {
    const payload = exampleGroups.find((g) => g.name === name)?.examples[0] ?? {};
    const entry = digestEntryOf(event(name, payload));
    t.ok((KINDS[name] ?? ['other']).includes(entry.subject.kind), `${name}: kind ${entry.subject.kind}`);
    t.ok(entry.line.length > 0, `${name}: "${entry.line}"`);
  }
  const stored = examplesOf('issues').find((p) => p.action === 'opened');
  t.same(digestEntryOf({ ...event('issues', {}), payload: JSON.stringify(stored) }), digestEntryOf(event('issues', stored)), 'payload stored as JSON text reads the same');
  const broken = digestEntryOf({ delivery: 'x', name: 'issues', payload: '{not json', receivedAt: T0 });
  t.same([broken.subject.kind, broken.delivery, broken.at], ['issue', 'x', T0]);
  t.ok(broken.line && broken.subject.title);
  fc.assert(
    fc.property(fc.constantFrom(...EVENT_NAMES, 'no_such_event', '', '__proto__', 'constructor'), fc.anything(), fc.anything(), (name, payload, receivedAt) => {
      const entry = digestEntryOf({ delivery: 'd', name, payload: payload as object, receivedAt: receivedAt as number });
      if (!entry.line || !entry.subject.title || !entry.subject.key) throw new Error(`empty part in ${JSON.stringify(entry)}`);
      if (!Number.isFinite(entry.at)) throw new Error('at is not a number');
    }),
    { numRuns: 500 },
  );
});

function entry(kind: DigestSubjectKind, key: string, title: string, line: string, minute: number, delivery: string): DigestEntry {
  return { subject: { kind, key, title, url: `https://github.com/${REPO}/${key}` }, line, url: `https://github.com/${REPO}/${delivery}`, at: T0 + minute * MINUTE, delivery };
}

t.test('subjects newest first, each with its events in order, under the newest title', async (t) => {
  const entries = [
    entry('pull', 'pull:7', 'Old title #7', '@a opened', 1, 'p1'),
    entry('issue', 'issue:3', 'Cards are late #3', '@b opened', 2, 'i1'),
    entry('branch', 'branch:main', 'main', '3 commits by @c', 3, 'b1'),
    entry('issue', 'issue:3', 'Cards are late #3', '@a commented', 4, 'i2'),
    entry('pull', 'pull:7', 'New title #7', '@d merged into main', 6, 'p2'),
    entry('pull', 'pull:7', 'Old title #7', '@b approved', 5, 'p3'),
    // Same key, other kind: another subject.
    entry('issue', 'pull:7', 'Not the pull request', '@e opened', 0, 'x1'),
    // Same newest time as the branch: the earlier one in the input comes first.
    entry('tag', 'tag:v1', 'v1', '@c pushed the tag', 3, 't1'),
  ];
  const [card, ...more] = renderDigestCards(entries, { repository: REPO, reason: 'busy', timeZone: 'Europe/Berlin' });
  t.equal(more.length, 0, 'one card');
  t.same(card.deliveries, ['p1', 'p3', 'p2', 'i1', 'i2', 'b1', 't1', 'x1']);
  t.same(outline(cardOf(card.message)), [
    '8 events in the last 6 minutes',
    'Teams allows this channel 100 cards an hour, so these came as one digest.',
    'Pull request  New title #7  ·  3 events',
    '09:01  @a opened',
    '09:05  @b approved',
    '09:06  @d merged into main',
    'Issue  Cards are late #3  ·  2 events',
    '09:02  @b opened',
    '09:04  @a commented',
    'Branch  main',
    '09:03  3 commits by @c',
    'Tag  v1',
    '09:03  @c pushed the tag',
    'Issue  Not the pull request',
    '09:00  @e opened',
  ]);
  t.same(problems(card.message), []);
  const links = JSON.stringify(card.message);
  for (const e of entries) t.ok(links.includes(`"${e.url}"`), `${e.delivery} links its event`);
  t.same(renderDigestCards([], { repository: REPO, reason: 'scheduled' }), [], 'nothing happened, nothing to post');
});

t.test('the header says how many events, for which repository, and why or for when', async (t) => {
  const entries = busyEvents(T0).map(digestEntryOf);
  const busy = cardOf(renderDigestCards(entries, { repository: REPO, reason: 'busy', since: T0, until: T0 + 3 * MINUTE })[0].message);
  const header = visibleTexts(busy.body[0]).map((v) => v.text);
  t.ok(header.includes(REPO) && header.includes('12 events'), header.join(' '));
  t.same(outline(busy).slice(0, 2), ['12 events in the last 3 minutes', 'Teams allows this channel 100 cards an hour, so these came as one digest.']);
  t.match(busy.fallbackText, `Digest of ${REPO}: 12 events in the last 3 minutes`);
  t.match(JSON.stringify(busy.body[0]), '"url":"https://github.com/Codertocat/Hello-World"', 'the repository links to its page, read off the events');

  const hour = { repository: REPO, reason: 'scheduled', since: T0, until: T0 + 60 * MINUTE } as const;
  t.equal(outline(cardOf(renderDigestCards(entries, { ...hour, timeZone: 'Europe/Berlin' })[0].message))[0], 'Digest for 09:00–10:00 Europe/Berlin');
  t.equal(outline(cardOf(renderDigestCards(entries, hour)[0].message))[0], 'Digest for 08:00–09:00 UTC', 'UTC without a time zone');
  t.equal(outline(cardOf(renderDigestCards(entries, { ...hour, timeZone: 'Mars/Olympus' })[0].message))[0], 'Digest for 08:00–09:00 UTC', 'UTC for an unknown one');
  const day = cardOf(renderDigestCards(entries, { ...hour, until: T0 + 24 * 60 * MINUTE, timeZone: 'Europe/Berlin' })[0].message);
  t.equal(outline(day)[0], 'Digest for 12 Mar 09:00 – 13 Mar 09:00 Europe/Berlin');
  t.match(outline(day)[2], /^12 Mar 09:0\d {2}/, 'times carry the day when the period spans days');
});

t.test('user text stays text: cut to one line, no markdown or links it did not ask for', async (t) => {
  const title = `**Bold** <b>tag</b> [x](https://evil.example) ${'long words '.repeat(40)}`;
  const entries = [
    { subject: { kind: 'issue' as const, key: 'issue:1', title, url: 'javascript:alert(1)' }, line: `@a ${'said '.repeat(60)}`, url: 'javascript:alert(2)', at: T0, delivery: 'd1' },
  ];
  const card = cardOf(renderDigestCards(entries, { repository: '<b>repo</b>', reason: 'busy' })[0].message);
  const texts = visibleTexts(card.body);
  t.same(texts.filter((v) => v.element !== 'TextRun'), [], 'all text is in TextRuns, which Teams never reads as markdown');
  const heading = outline(card)[2];
  t.ok(heading.startsWith('Issue  **Bold** <b>tag</b> [x](https://evil.example) long words'), heading);
  t.ok(heading.length <= 'Issue  '.length + 80 && heading.endsWith('…'), `title cut: ${heading.length} characters`);
  const line = outline(card)[3];
  t.ok(line.length <= '08:00  '.length + 90 && line.endsWith('…'), `line cut: ${line.length} characters`);
  t.notMatch(JSON.stringify(card), /javascript:/, 'no non-http link');
  t.same(sdkProblems(card), []);
});

t.test('a digest too large for one card goes into parts, each under 20 KB, none dropped', async (t) => {
  const entries = Array.from({ length: 700 }, (_, i) => entry(i % 3 === 0 ? 'pull' : 'branch', `k${i % 40}`, `Subject ${i % 40}`, `@user${i} did thing ${i}`, i / 10, `d${i}`));
  for (const e of entries) e.url = `https://github.com/${REPO}/compare/${'a'.repeat(120)}...${e.delivery}`;
  const cards = renderDigestCards(entries, { repository: REPO, reason: 'busy' });
  t.ok(cards.length >= 3, `${cards.length} cards`);
  let from = 1;
  for (const [i, { message, deliveries }] of cards.entries()) {
    const card = cardOf(message);
    t.ok(bytesOf(message) < MAX_BYTES, `part ${i + 1}: ${bytesOf(message)} bytes`);
    t.match(visibleTexts(card.body[0]).map((v) => v.text).join(''), `Digest  ·  part ${i + 1} of ${cards.length}`);
    t.match(message.summary, `(part ${i + 1} of ${cards.length})`);
    t.equal(outline(card)[1], `Teams allows this channel 100 cards an hour, so these came as one digest. This part: events ${from}–${from + deliveries.length - 1}.`);
    from += deliveries.length;
    // A subject that goes on from the previous part says so instead of counting again.
    if (i > 0) t.match(outline(card)[2], /\(continued\)$|events?$|^\S+  Subject \d+$/);
    t.same(problems(message), [], `part ${i + 1} is a good card`);
  }
  t.same(cards.flatMap((c) => c.deliveries).sort(), entries.map((e) => e.delivery).sort());
  t.ok(cards.slice(0, -1).every((c) => bytesOf(c.message) > MAX_BYTES * 0.85), 'parts are filled, not split early');
});

t.test('splitting serialises each entry a bounded number of times, not the card per entry', async (t) => {
  const entries = Array.from({ length: 2000 }, (_, i) => entry('pull', `pull:${i % 300}`, `Title ${i % 300}`, `@u${i} commented`, i / 100, `d${i}`));
  const stringify = JSON.stringify;
  let serialised = 0;
  JSON.stringify = ((...args: Parameters<typeof stringify>) => {
    const out = stringify(...args);
    serialised += out?.length ?? 0;
    return out;
  }) as typeof JSON.stringify;
  let cards;
  try {
    cards = renderDigestCards(entries, { repository: REPO, reason: 'busy' });
  } finally {
    JSON.stringify = stringify;
  }
  const posted = cards.reduce((n, c) => n + stringify(c.message).length, 0);
  t.ok(serialised < 3 * posted, `serialised ${serialised} characters for ${posted} posted in ${cards.length} cards`);
});

const TITLE = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', minLength: 100, maxLength: 600 }), fc.string({ maxLength: 30 }));
const KIND = fc.constantFrom<DigestSubjectKind>('issue', 'pull', 'branch', 'tag', 'release', 'discussion', 'workflow', 'repository', 'other');
const URL_ARB = fc.option(fc.webUrl({ withQueryParameters: true, withFragments: true }), { nil: undefined });

t.test('property: every delivery in exactly one card, each card under 20 KB and valid Adaptive Card 1.4', async (t) => {
  let most = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2000 }).chain((n) =>
        fc.tuple(
          fc.array(fc.record({ kind: KIND, key: fc.integer({ min: 0, max: Math.max(1, Math.floor(n / 4)) }), title: TITLE, url: URL_ARB }), { minLength: 1, maxLength: 50 }),
          fc.array(fc.record({ subject: fc.nat(), line: TITLE, url: URL_ARB, at: fc.integer({ min: T0, max: T0 + 86_400_000 }) }), { minLength: n, maxLength: n }),
        ),
      ),
      fc.record({ reason: fc.constantFrom<DigestOptions['reason']>('busy', 'scheduled'), timeZone: fc.constantFrom(undefined, 'Europe/Berlin', 'Asia/Kolkata', 'nowhere') }),
      ([subjects, events], options) => {
        const entries: DigestEntry[] = events.map((e, i) => {
          const s = subjects[e.subject % subjects.length];
          return { subject: { kind: s.kind, key: String(s.key), title: s.title, url: s.url }, line: `#${i}# ${e.line}`, url: e.url, at: e.at, delivery: `delivery-${i}` };
        });
        const cards = renderDigestCards(entries, { repository: 'octo-org/ünïcødé-repo', ...options });
        most = Math.max(most, cards.length);
        const seen = new Map<string, number>();
        cards.forEach(({ message, deliveries }, index) => {
          const bytes = bytesOf(message);
          if (bytes >= MAX_BYTES) throw new Error(`card ${index + 1} is ${bytes} bytes`);
          const problems = sdkProblems(cardOf(message));
          if (problems.length > 0) throw new Error(`card ${index + 1}: ${problems.join('; ')}`);
          // The card shows exactly the events it claims to carry.
          const shown = visibleTexts(cardOf(message).body).flatMap((v) => [...v.text.matchAll(/^#(\d+)#/g)].map((m) => `delivery-${m[1]}`));
          if (shown.join() !== deliveries.join()) throw new Error(`card ${index + 1} shows other events than it lists`);
          for (const d of deliveries) seen.set(d, (seen.get(d) ?? 0) + 1);
        });
        for (const e of entries) if (seen.get(e.delivery) !== 1) throw new Error(`${e.delivery} appears ${seen.get(e.delivery) ?? 0} times`);
        if (seen.size !== entries.length) throw new Error('a card carries an unknown delivery');
      },
    ),
    // Each run renders up to 2,000 entries and parses every card with the SDK: 20 runs take seconds.
    { numRuns: 20 },
  );
  t.ok(most > 1, `some runs needed several cards (up to ${most})`);
});
