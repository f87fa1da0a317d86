// The card source renders at send time with mentions from the people cache: a link that turns
// mentions off, and a change to the directory, each get a card of their own, not a cached one.
import t from 'tap';
import { renderEvent } from '../../src/cards/render.js';
import { createCardSource } from '../../src/delivery/card-source.js';
import type { StoredEvent } from '../../src/queue/job-queue.js';
import { DEFAULT_LINK_OPTIONS, type Link } from '../../src/links/link.js';
import { example } from '../cards/synthetic.js';
import { openTestPeople } from '../helpers/people.js';

const link = (id: string, mentions: boolean): Link => ({
  id,
  repository: 'Codertocat/Hello-World',
  webhookUrl: 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d',
  events: ['pulls'],
  branches: [],
  options: { ...DEFAULT_LINK_OPTIONS, mentions },
  health: 'active',
  consecutiveFailures: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'admin',
});

/** A queue's event reads over `eventOf`, each read noted in `reads` (ids, in the order asked). */
const eventsOf = (eventOf: (id: number) => StoredEvent, reads: number[][] = []) => ({
  loadEvents: async (ids: readonly number[]) => (reads.push([...ids]), new Map(ids.map((id) => [id, eventOf(id)]))),
});

t.test('mentions follow the link option and the directory as it is when the card is sent', async (t) => {
  const { store, cache } = await openTestPeople(t, [{ login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' }]);
  const payload = JSON.stringify(example('pull_request', 'review_requested'));
  // The stored event, as the queue's loadEvents gives it.
  const queue = eventsOf(() => ({ name: 'pull_request', payload }));
  const cards = createCardSource({ queue, render: renderEvent, githubUrl: 'https://github.com', people: cache });
  const job = { id: 1, eventId: 7 } as Parameters<typeof cards.messageFor>[0];
  const text = async (l: Link) => {
    const outcome = await cards.messageFor(job, l);
    if (!('message' in outcome)) throw new Error(outcome.ignored);
    return outcome.message;
  };

  t.match(await text(link('on', true)), /"text":"<at>Mona Octocat<\/at>"/);
  t.notMatch(await text(link('off', false)), /<at>/, 'a link with mentions off is not served the cached card with them');

  await store.put({ login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Lisa' });
  await cache.settled();
  t.match(await text(link('on', true)), /"text":"<at>Mona Lisa<\/at>"/, 'a directory change reaches the next card');

  const without = createCardSource({ queue, render: renderEvent, githubUrl: 'https://github.com' });
  const outcome = await without.messageFor(job, link('on', true));
  t.notMatch('message' in outcome ? outcome.message : '', /<at>/, 'no directory, no mentions');
});

t.test('digests over a sliding backlog load each event once, and fold as a fresh source would', async (t) => {
  const payloadOf = (n: number) => {
    const p = example('issues', 'opened');
    p.issue.number = n;
    p.issue.title = `Issue number ${n} with a title long enough to fill the card sooner`;
    p.issue.html_url = `https://github.com/Codertocat/Hello-World/issues/${n}`;
    return JSON.stringify(p);
  };
  const reads: number[][] = [];
  const counted = eventsOf((id) => ({ name: 'issues', payload: payloadOf(id) }), reads);
  const uncounted = eventsOf((id) => ({ name: 'issues', payload: payloadOf(id) }));
  const jobs = Array.from({ length: 400 }, (_, i) => ({ eventId: i + 1, delivery: `d-${i + 1}`, createdAt: 1_700_000_000_000 + i * 1000 }));
  const kept = createCardSource({ queue: counted, render: renderEvent, githubUrl: 'https://github.com' });
  const options = { reason: 'busy' as const };

  let head = 0;
  let end = 0;
  let expectedReads = 0;
  for (let round = 1; round <= 3; round++) {
    const window = jobs.slice(head, head + 200);
    // What came into view since the last digest is read in reads of 50.
    expectedReads += Math.ceil((head + window.length - end) / 50);
    end = head + window.length;
    const outcome = await kept.digestFor(window, link('digest', false), options);
    const fresh = await createCardSource({ queue: uncounted, render: renderEvent, githubUrl: 'https://github.com' }).digestFor(window, link('digest', false), options);
    if (!('message' in outcome) || !('message' in fresh)) throw new Error('no digest');
    t.equal(outcome.message.toString(), fresh.message.toString(), `digest ${round} is the card a source without kept entries folds`);
    t.same(outcome.jobs, fresh.jobs);
    t.ok(outcome.jobs.length > 0 && outcome.jobs.length < window.length, `digest ${round} carries ${outcome.jobs.length} of ${window.length}`);
    head += outcome.jobs.length;
  }
  t.same(reads.flat(), jobs.slice(0, end).map((j) => j.eventId), 'each event loaded once, as it first came into a digest\'s view');
  t.ok(reads.every((ids) => ids.length <= 50), 'at most 50 events a read');
  t.equal(reads.length, expectedReads, `${reads.length} reads for ${end} events`);
});
