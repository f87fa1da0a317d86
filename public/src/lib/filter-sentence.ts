/**
 * What a link posts, read back as one sentence ("Pull requests into main or release/*, without
 * label dependencies, not from bots, as a daily digest at 09:00 Europe/Berlin"), so the person at
 * the configuration page can check the filters and delivery say what they meant. Pure: the page
 * and its unit test call it alike.
 */

/** The filters as DESIGN §2 names them. */
export interface LinkFilters {
  labels: { include: string[]; exclude: string[] };
  authors: { include: string[]; exclude: string[]; bots: boolean };
  paths: string[];
  actions: Record<string, string[]>;
}

/** DESIGN §2 "Delivery modes". */
export type LinkDelivery = { mode: 'immediate' } | { mode: 'digest'; everyMinutes: number } | { mode: 'daily'; at: string; timeZone: string };

export interface FilterChoice {
  /** The features chosen, in the page's order; every feature (or `*`) reads as "All events". */
  features: string[];
  allFeatures: string[];
  branches: string[];
  filters: LinkFilters;
  /** Immediate (the default) adds nothing to the sentence. */
  delivery?: LinkDelivery;
}

/** Features whose events are matched by base branch: a sentence of only these says "into". */
const INTO = new Set(['pulls', 'reviews', 'comments']);

function list(items: string[], last: 'or' | 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const orList = (items: string[]) => list(items, 'or');
const split = (globs: string[]) => ({ include: globs.filter((g) => !g.startsWith('!')), exclude: globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)) });

function subject(choice: FilterChoice, names: Record<string, string>): string {
  const { features, allFeatures, branches, filters } = choice;
  const everything = features.includes('*') || allFeatures.every((f) => features.includes(f));
  const actionsOf = (feature: string) => (filters.actions[feature]?.length ? ` (${orList(filters.actions[feature].map((a) => a.replace(/_/g, ' ')))})` : '');
  if (everything) {
    const limited = allFeatures.filter((f) => filters.actions[f]?.length).map((f) => `${names[f]?.toLowerCase() ?? f}${actionsOf(f)}`);
    return `All events${limited.length ? `, ${list(limited, 'and')} only` : ''}`;
  }
  const phrases = features.map((f) => {
    const name = (names[f] ?? f).toLowerCase();
    return f === 'commits' && branches.length === 0 ? 'commits to the default branch' : `${name}${actionsOf(f)}`;
  });
  const text = list(phrases, 'and');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function branchesPart({ features, branches }: FilterChoice): string | undefined {
  if (branches.length === 0) return undefined;
  const { include, exclude } = split(branches);
  const preposition = features.length > 0 && features.every((f) => INTO.has(f)) ? 'into' : 'on';
  const except = exclude.length ? ` except ${orList(exclude)}` : '';
  return include.length ? `${preposition} ${orList(include)}${except}` : `${preposition} every branch${except}`;
}

function labelsPart({ include, exclude }: LinkFilters['labels']): string[] {
  const parts: string[] = [];
  if (include.length) parts.push(`labelled ${orList(include)}`);
  if (exclude.length) parts.push(`without label${exclude.length > 1 ? 's' : ''} ${orList(exclude)}`);
  return parts;
}

function authorsPart({ include, exclude, bots }: LinkFilters['authors']): string[] {
  const parts: string[] = [];
  if (include.length) parts.push(`from ${orList(include)}`);
  const not = [...(bots ? [] : ['bots']), ...exclude];
  if (not.length) parts.push(`not from ${orList(not)}`);
  return parts;
}

function pathsPart(paths: string[]): string | undefined {
  if (paths.length === 0) return undefined;
  const { include, exclude } = split(paths);
  if (!include.length) return `touching files other than ${orList(exclude)}`;
  return `touching ${orList(include)}${exclude.length ? ` (not ${orList(exclude)})` : ''}`;
}

function deliveryPart(delivery: LinkDelivery | undefined): string | undefined {
  if (delivery?.mode === 'digest') return `as a digest every ${delivery.everyMinutes} minutes`;
  if (delivery?.mode === 'daily') return `as a daily digest at ${delivery.at} ${delivery.timeZone}`;
  return undefined;
}

/** One sentence, without a final full stop, as a summary line reads. */
export function filterSentence(choice: FilterChoice, names: Record<string, string>): string {
  if (choice.features.length === 0) return 'Nothing: choose at least one kind of event';
  const head = [subject(choice, names), branchesPart(choice)].filter(Boolean).join(' ');
  const { filters } = choice;
  const rest = [...labelsPart(filters.labels), ...authorsPart(filters.authors), pathsPart(filters.paths)].filter((p): p is string => Boolean(p));
  const sentence = [head, ...rest].join(', ');
  const delivery = deliveryPart(choice.delivery);
  // After a list of filters a comma keeps "as a digest" from reading as part of the last one.
  return delivery ? `${sentence}${rest.length ? ',' : ''} ${delivery}` : sentence;
}
