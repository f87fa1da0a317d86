import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import { actor, fact, ignore, refRun, str, titled, type ActionRenderers, type Context, type Draft, type Outcome } from './payload.js';

/** release: published and prereleased. Drafts never reach a channel. */

function releaseCard(p: PayloadView<'release'>, ctx: Context, pre: boolean): Outcome {
  const release = p?.release;
  if (release?.draft) return ignore('draft release');
  // GitHub sends "published" for pre-releases too; only "prereleased" announces them, so each release is announced once.
  if (Boolean(release?.prerelease) !== pre) return ignore(pre ? 'prereleased event for a full release' : 'pre-release (announced by its prereleased event)');
  const url = str(release?.html_url);
  if (!url) return ignore('release payload without html_url');
  const tag = str(release?.tag_name);
  const name = str(release?.name) || tag;
  const verb = pre ? `published a pre-release` : `published a release`;
  const person = actor(release?.author ?? p?.sender, verb, ctx);
  const facts: Fact[] = [];
  if (tag) fact(facts, 'Tag', [refRun(tag, ctx)]);
  const assets = Array.isArray(release?.assets) ? release.assets.length : 0;
  if (assets > 0) fact(facts, 'Assets', String(assets));
  return {
    event: pre ? 'Pre-release published' : 'Release published',
    state: pre ? { label: 'Pre-release', tone: 'warning' } : { label: 'Latest', tone: 'good' },
    title: titled(name, undefined, tag || 'Release'),
    url,
    actor: person,
    body: { markdown: str(release?.body), url },
    facts,
    actions: [
      { title: 'Open release', url },
      { title: 'All releases', url: ctx.repository?.url ? `${ctx.repository.url}/releases` : '' },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}: ${name}`,
  } satisfies Draft;
}

export const releaseActions = {
  published: (p, ctx) => releaseCard(p, ctx, false),
  prereleased: (p, ctx) => releaseCard(p, ctx, true),
} satisfies ActionRenderers<'release'>;
