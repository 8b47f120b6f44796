/**
 * Sends the records and settings to Algolia with the official v5 client.
 * Batching, retries across hosts and waiting for tasks are the client's.
 */
import {algoliasearch, type Algoliasearch, type IndexSettings} from 'algoliasearch';
import type {AlgoliaRecord} from './records';

/** The client's HTTP requester interface (`send(request) → {status, content, isTimedOut}`). */
export type Requester = NonNullable<NonNullable<Parameters<typeof algoliasearch>[2]>['requester']>;

/** Where and with which key to write. The key must be able to edit settings, add and delete records, and copy/move indices. */
export type AlgoliaTarget = {appId: string; adminApiKey: string; indexName: string};

/** Records per `batch` request (the client's default; a 10 KB record makes at most about 10 MB per request). */
export const BATCH_SIZE = 1000;

/**
 * Creates the admin client.
 * @param target - application, admin key and index
 * @param requester - HTTP requester; tests pass one that records requests instead of using the network
 */
export function createAdminClient(target: AlgoliaTarget, requester?: Requester): Algoliasearch {
  return algoliasearch(target.appId, target.adminApiKey, requester ? {requester} : undefined);
}

/** What {@link pushIndex} did. */
export type PushSummary = {indexName: string; records: number; batches: number};

/**
 * Applies the settings to the index, then replaces all its records.
 *
 * Settings go first so that `replaceAllObjects`, which copies the live
 * index's settings to a temporary index, fills that index and then moves it
 * over the live one, leaves the new settings in place; readers see the old
 * records until the move, then the new ones (a removed entry disappears in
 * the same instant).
 * @param client - an admin client ({@link createAdminClient})
 * @throws the client's `ApiError` (wrong key, missing rights, record too big…) or `RetryError` (no host reachable)
 */
export async function pushIndex(
  client: Algoliasearch,
  {
    indexName,
    records,
    settings,
  }: {indexName: string; records: readonly AlgoliaRecord[]; settings: IndexSettings},
): Promise<PushSummary> {
  const settingsTask = await client.setSettings({indexName, indexSettings: settings});
  await client.waitForTask({indexName, taskID: settingsTask.taskID});
  const result = await client.replaceAllObjects({
    indexName,
    objects: [...records] as unknown as Record<string, unknown>[],
    batchSize: BATCH_SIZE,
  });
  return {indexName, records: records.length, batches: result.batchResponses.length};
}
