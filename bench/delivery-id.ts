/**
 * An `X-GitHub-Delivery` value as GitHub makes it: a time-based (version 1) UUID. The example
 * in GitHub's REST description of a hook delivery, `58474f00-b361-11eb-836d-0e4f3503ccbe`, carries
 * the time 2021-05-12T20:33:43.92Z, one second before that delivery's `delivered_at`.
 *
 * The format matters to a store: ids made close in time sort close together, so the deliveries
 * of one group commit land on one or two pages of the unique index on delivery ids, where
 * random (version 4) ids put each on a page of its own. On SQLite's 16 KB pages the random ids
 * cost about 13 KB more WAL per webhook and 14 µs more main-thread CPU in the commit, in
 * alternating runs of the ingest bench (README, "Performance").
 */
export { v1 as gitHubDeliveryId } from 'uuid';
