/**
 * Algolia's per-record size limit and how a record is cut to fit it.
 *
 * A record is measured as the size of its minified JSON; records over the
 * plan's limit are refused with "Record is too big". The limit is 10 KB to
 * 100 KB depending on the plan, 10 KB on the free Build plan, so 10 KB is
 * what every coalition can rely on.
 * Sources: https://www.algolia.com/doc/guides/scaling/algolia-service-limits/ and
 * https://www.algolia.com/doc/guides/sending-and-managing-data/prepare-your-data/how-to/reducing-object-size
 */

/** The limit used here: 10 KB, read as 10,000 bytes so either reading of "KB" is met. */
export const MAX_RECORD_BYTES = 10_000;

const encoder = new TextEncoder();

/**
 * Size of a record as Algolia counts it.
 * @param record - any JSON-serialisable value
 * @returns bytes of `JSON.stringify(record)` in UTF-8
 */
export function recordBytes(record: unknown): number {
  return encoder.encode(JSON.stringify(record)).length;
}

/** What {@link fitRecord} did. */
export type FitResult<T> = {record: T; truncated: boolean};

/**
 * Cuts `record.content` (at a word boundary, marked with `…`) until the whole
 * record fits in `maxBytes`. Other fields are never changed.
 * @param record - a record with a text `content`
 * @param maxBytes - the limit in bytes (default {@link MAX_RECORD_BYTES})
 * @returns the record (a copy when cut) and whether it was cut
 * @throws Error when the record is too big even with an empty `content`
 *   (its title and facets alone exceed the limit)
 */
export function fitRecord<T extends {content: string; objectID: string}>(
  record: T,
  maxBytes: number = MAX_RECORD_BYTES,
): FitResult<T> {
  if (recordBytes(record) <= maxBytes) return {record, truncated: false};
  if (recordBytes({...record, content: '…'}) > maxBytes) {
    throw new Error(
      `The search record ${record.objectID} is larger than ${maxBytes} bytes even without its text.`,
    );
  }
  // Binary search for the longest prefix (in code points) that fits, then back off to a word boundary.
  const chars = Array.from(record.content);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (recordBytes({...record, content: `${chars.slice(0, middle).join('')}…`}) <= maxBytes)
      low = middle;
    else high = middle - 1;
  }
  let cut = chars.slice(0, low).join('');
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > cut.length * 0.8) cut = cut.slice(0, lastSpace);
  return {record: {...record, content: `${cut.trimEnd()}…`}, truncated: true};
}
