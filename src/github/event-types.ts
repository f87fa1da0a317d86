import type { EmitterWebhookEvent, EmitterWebhookEventName, WebhookEventName } from '@octokit/webhooks/types';

/**
 * GitHub's webhook events as types, taken from @octokit/webhooks (GitHub's OpenAPI description)
 * rather than written by hand: a misspelt event or action name fails to compile.
 */

/** `X-GitHub-Event` values, e.g. `pull_request`. */
export type EventName = WebhookEventName;

/**
 * Actions in GitHub's current OpenAPI description (`webhook-code-scanning-alert-updated-assignment`)
 * that the installed @octokit/webhooks does not list yet; drop each once the package knows it.
 */
interface UnlistedActions {
  code_scanning_alert: 'updated_assignment';
}

/** The `action` values of an event, e.g. `opened` for `pull_request`. */
export type ActionOf<E extends EventName> =
  | (EmitterWebhookEventName extends infer N ? (N extends `${E}.${infer A}` ? A : never) : never)
  | (E extends keyof UnlistedActions ? UnlistedActions[E] : never);

/** The payload of an event, narrowed to one action when one is given. */
export type PayloadOf<E extends EventName, A extends string = string> = string extends A
  ? EmitterWebhookEvent<E>['payload']
  : Extract<EmitterWebhookEvent<E>['payload'], { action: A }>;

type Primitive = string | number | boolean | bigint | symbol | null | undefined;
type KeysOf<O> = O extends unknown ? keyof O : never;
// An index signature (`{[key: string]: …}`) says nothing about a field, so what it holds is unknown.
type ValueAt<O, K extends PropertyKey> = string extends K ? unknown : O extends unknown ? (K extends keyof O ? O[K] : undefined) : never;

/**
 * How a renderer sees a payload: every field may be missing (payloads come from the network,
 * and the fuzz tests feed broken ones), and a field of any variant of a union may be read.
 * The types still say what GitHub sends, so a misspelt field fails to compile.
 */
export type Loose<T> = unknown extends T ? unknown : Extract<T, Primitive> | LooseObject<Exclude<T, Primitive>>;

type LooseObject<O> = [O] extends [never]
  ? never
  : [O] extends [readonly (infer U)[]]
    ? readonly Loose<U>[]
    : { readonly [K in KeysOf<O>]?: Loose<ValueAt<O, K>> };

/** The payload a renderer of one event (and action) is given. */
export type PayloadView<E extends EventName, A extends string = string> = Loose<PayloadOf<E, A>>;
