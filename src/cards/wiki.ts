import type { PayloadView } from '../github/event-types.js';
import { oneLine, safeUrl, type Line } from './inline.js';
import { actor, ignore, plural, str, words, type Context, type Draft, type Outcome } from './payload.js';

/** gollum: wiki pages created or edited, listed one per line. */

type GollumPage = NonNullable<PayloadView<'gollum'>['pages']>[number];

export function gollum(p: PayloadView<'gollum'>, ctx: Context): Outcome {
  const pages: GollumPage[] = Array.isArray(p?.pages) ? p.pages.filter((page) => safeUrl(page?.html_url)) : [];
  if (pages.length === 0) return ignore('wiki event without pages');
  const first = pages[0];
  const url = str(first.html_url);
  const created = pages.every((page) => page?.action === 'created');
  const verb = pages.length === 1 ? `${words(first.action) || 'updated'} a wiki page` : `updated ${plural(pages.length, 'wiki page')}`;
  const person = actor(p?.sender, verb, ctx);
  const lines: Line[] = pages.map((page) => [
    { text: words(page?.action) || 'edited', subtle: true },
    { text: '  ' },
    { text: oneLine(page?.title) || oneLine(page?.page_name) || 'Untitled page', url: str(page?.html_url) },
  ]);
  return {
    event: created ? 'Wiki page created' : 'Wiki updated',
    title: [{ text: oneLine(first.title) || oneLine(first.page_name) || 'Wiki' }],
    url,
    actor: person,
    body: first.summary ? { markdown: str(first.summary), url } : undefined,
    lines: pages.length > 1 ? lines : undefined,
    actions: [
      { title: 'Open page', url },
      { title: 'Open wiki', url: ctx.repository?.url ? `${ctx.repository.url}/wiki` : '' },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}`,
  } satisfies Draft;
}
