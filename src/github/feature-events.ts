import type { Feature } from '../links/features.js';
import { FEATURES } from '../links/features.js';
import { eventsOf } from './event-features.js';

/**
 * The GitHub webhook events a repository hook must send for each feature, derived from the card
 * router's event → feature table so the hook subscribes to exactly what cards are made from.
 */
export const FEATURE_EVENTS = Object.fromEntries(FEATURES.map((feature) => [feature, eventsOf(feature)])) as unknown as Readonly<
  Record<Feature, readonly string[]>
>;

/** Sorted, de-duplicated GitHub event names for a set of feature lists (`*` wins). */
export function githubEventsFor(featureLists: Array<readonly string[]>): string[] {
  const events = new Set<string>();
  for (const list of featureLists) {
    for (const feature of list) {
      if (feature === '*') return ['*'];
      if ((FEATURES as readonly string[]).includes(feature)) for (const e of FEATURE_EVENTS[feature as Feature]) events.add(e);
    }
  }
  return [...events].sort();
}
