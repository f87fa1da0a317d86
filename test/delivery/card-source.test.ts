// The card source renders at send time with mentions from the people cache: a link that turns
// mentions off, and a change to the directory, each get a card of their own, not a cached one.
import t from 'tap';
import { renderEvent } from '../../src/cards/render.js';
import { createCardSource } from '../../src/delivery/card-source.js';
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

t.test('mentions follow the link option and the directory as it is when the card is sent', async (t) => {
  const { store, cache } = await openTestPeople(t, [{ login: 'octocat', teams: 'mona@contoso.com', name: 'Mona Octocat' }]);
  const payload = JSON.stringify(example('pull_request', 'review_requested'));
  // The stored event, as the queue's loadEvent gives it.
  const queue = { loadEvent: async () => ({ name: 'pull_request', payload }) };
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
