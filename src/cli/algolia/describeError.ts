/**
 * Turns what the Algolia client throws into one message for a maintainer:
 * what went wrong and what to change. Never a stack trace.
 */

/** Names of the environment variables the indexer reads. */
export const INDEXER_VARIABLES = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_ADMIN_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

/**
 * Which of the indexer's variables are missing or blank.
 * @param env - usually `process.env`
 */
export function missingIndexerVariables(env: Record<string, string | undefined>): string[] {
  return INDEXER_VARIABLES.filter((name) => !env[name]?.trim());
}

/**
 * A message for an error thrown while talking to Algolia.
 * @param error - anything thrown by the client (`ApiError` has `status`; `RetryError` means no host answered)
 * @param target - the application and index being written, for the message
 * @returns one or two sentences ending with what to do
 */
export function describeAlgoliaError(
  error: unknown,
  target: {appId: string; indexName: string},
): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message.split('\n')[0]!.trim() : String(error);
  const status =
    typeof (error as {status?: unknown})?.status === 'number'
      ? (error as {status: number}).status
      : undefined;
  if (status === 403 || status === 401) {
    if (/not allowed|acl|right/i.test(message)) {
      return `Algolia accepted the key but it may not write to "${target.indexName}" (HTTP ${status}: ${message}). Fix: give ALGOLIA_ADMIN_API_KEY the addObject, deleteObject, deleteIndex, settings and editSettings rights on "${target.indexName}" and on "${target.indexName}_tmp_*" (replaceAllObjects writes a temporary index), or use the application's Admin API key.`;
    }
    return `Algolia refused the key for application "${target.appId}" (HTTP ${status}: ${message}). Fix: set ALGOLIA_ADMIN_API_KEY to the Admin API key of that application (dashboard → Settings → API Keys), and check that ALGOLIA_APP_ID is the Application ID; the search-only key cannot write.`;
  }
  if (status === 400 && /too big/i.test(message)) {
    return `Algolia refused a record as too big (${message}). Fix: this should not happen, records are cut to 10,000 bytes; report it with the output of --dry-run.`;
  }
  if (status === 404) {
    return `Algolia could not find what was asked for (HTTP 404: ${message}). Fix: check ALGOLIA_APP_ID ("${target.appId}") and ALGOLIA_INDEX_NAME ("${target.indexName}").`;
  }
  if (status !== undefined) {
    return `Algolia answered HTTP ${status}: ${message}. Fix: read the message above; nothing in the live index changed unless the final move had already happened.`;
  }
  if (name === 'RetryError' || /unreachable|ENOTFOUND|ECONN|timed? ?out/i.test(message)) {
    return `No Algolia host for application "${target.appId}" answered (${message}). Fix: check the network connection and that ALGOLIA_APP_ID is right, then run the command again.`;
  }
  return `Indexing failed: ${message}. Fix: run again with --dry-run to check the records; if it persists, report it with this message.`;
}
