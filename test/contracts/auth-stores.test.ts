/**
 * The sign-in stores' contract against every implementation. To add one, add a line to
 * IMPLEMENTATIONS: a name and a factory (see harness.ts).
 */
import t from 'tap';
import { createMemoryAuthStores } from '../../src/auth/memory-auth-stores.js';
import { postgresAuthStores } from '../../src/auth/postgres-auth-stores.js';
import { authStoresContract, type AuthStoresFactory } from './auth-stores.contract.js';
import { inProcess, onPostgres } from './harness.js';

const IMPLEMENTATIONS: Array<[string, AuthStoresFactory]> = [
  ['memory', inProcess(() => createMemoryAuthStores())],
  ['postgres', (t) => onPostgres(t, async (db) => postgresAuthStores(db))],
];

for (const [name, factory] of IMPLEMENTATIONS) authStoresContract(t, name, factory);
