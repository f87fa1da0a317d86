import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface ExampleGroup {
  name: string;
  examples: any[];
}

/** The real example payloads GitHub documents, from @octokit/webhooks-examples. */
export const exampleGroups: ExampleGroup[] = require('@octokit/webhooks-examples/api.github.com/index.json');

export function examplesOf(name: string): any[] {
  const group = exampleGroups.find((g) => g.name === name);
  if (!group) throw new Error(`no examples for ${name}`);
  return group.examples;
}

/** A deep copy of the first example of `name` matching `predicate`. */
export function example(name: string, predicate: (payload: any) => boolean = () => true): any {
  const found = examplesOf(name).find(predicate);
  if (!found) throw new Error(`no ${name} example matches`);
  return structuredClone(found);
}
