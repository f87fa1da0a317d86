import type { PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import { actor, fact, ignore, str, type ActionRenderers, type Context, type Draft, type Outcome } from './payload.js';

/** package and registry_package published: a new version someone can install. */

type PackageView = PayloadView<'package'>['package'] | PayloadView<'registry_package'>['registry_package'];

function packageCard(p: PayloadView<'package' | 'registry_package'>, ctx: Context, pkg: PackageView): Outcome {
  const version = pkg?.package_version;
  const url = str(version?.html_url) || str(pkg?.html_url);
  if (!url) return ignore('package event without html_url');
  const name = str(pkg?.name) || 'package';
  const tag = str(version?.version) || str(version?.name);
  const verb = `published ${name}${tag ? ` ${tag}` : ''}`;
  const person = actor(version?.author ?? p?.sender, verb, ctx);
  const facts: Fact[] = [];
  fact(facts, 'Package', [{ text: name, mono: true }]);
  fact(facts, 'Version', [{ text: tag, mono: true }]);
  fact(facts, 'Registry', str(pkg?.registry?.name) || str(pkg?.ecosystem) || str(pkg?.package_type));
  return {
    event: 'Package published',
    state: { label: 'Published', tone: 'good' },
    title: [{ text: name }, { text: tag ? `  ${tag}` : '', subtle: true, bold: false }],
    url,
    actor: person,
    body: str(version?.summary || pkg?.description) ? { markdown: str(version?.summary || pkg?.description), url } : undefined,
    facts,
    actions: [
      { title: 'Open package', url },
      { title: 'Open repository', url: ctx.repository?.url ?? '' },
    ],
    summary: `${person?.login ?? 'Someone'} ${verb}`,
  } satisfies Draft;
}

export const packageActions = { published: (p, ctx) => packageCard(p, ctx, p?.package) } satisfies ActionRenderers<'package'>;
export const registryPackageActions = { published: (p, ctx) => packageCard(p, ctx, p?.registry_package) } satisfies ActionRenderers<'registry_package'>;
