/**
 * Storage of links, asynchronous so a PostgreSQL implementation fits; routing reads a
 * `LinkCache` kept current through `watch`, never the store itself. Defaults and patch rules
 * live in link-rules.ts, not in implementations.
 */
import type { Link, LinkInput, LinkPatch } from './link.js';

/** A second link from the same webhook to the same repository (case-insensitive). */
export class LinkConflictError extends Error {
  readonly statusCode = 409;
  constructor(readonly existingId: string) {
    super('this channel is already linked to this repository');
    this.name = 'LinkConflictError';
  }
}

/**
 * What one delivery tells about its link. `refused`: Teams answered that the webhook no longer
 * exists (deleted or disabled), so the link is dead at once rather than failing after a count.
 */
export type DeliveryOutcomeForHealth = { ok: true } | { ok: false; error: string; refused?: boolean };

export interface LinkStore {
  list(): Promise<Link[]>;
  get(id: string): Promise<Link | undefined>;
  /** Case-insensitive. */
  byRepository(repository: string): Promise<Link[]>;
  /** The link whose capability token hashes to `hash`. */
  byCapability(hash: string): Promise<Link | undefined>;
  /** Rejects with LinkConflictError when (repository, webhook target) is taken, atomically. */
  create(input: LinkInput): Promise<Link>;
  /** Undefined when no such link; LinkConflictError as create. */
  update(id: string, patch: LinkPatch): Promise<Link | undefined>;
  /**
   * Applies one delivery's outcome to the link's health in one atomic step (no read-modify-write
   * across replicas): success resets it, the `failingAfter`-th failure in a row marks it failing,
   * a refusal for good marks it dead (link-rules' healthAfter says it exactly).
   */
  recordDelivery(id: string, outcome: DeliveryOutcomeForHealth, failingAfter: number): Promise<Link | undefined>;
  delete(id: string): Promise<boolean>;
  /** Calls `changed` with the id of every link created, updated or deleted, by any replica. */
  watch(changed: (id: string) => void): () => void;
  close(): Promise<void>;
}
