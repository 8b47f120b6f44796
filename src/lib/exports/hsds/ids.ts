import {v5 as uuidv5} from 'uuid';

/**
 * Stable HSDS identifiers: UUID version 5 (RFC 9562, name-based, SHA-1)
 * of a name such as `organization:minneapolis/northside-rapid-response`,
 * so the same entry gets the same id in every export and after a round trip.
 */

/** The namespace of every Sanctuary Commons id (a v5 UUID of the project's URL in the URL namespace). */
export const ID_NAMESPACE = uuidv5('https://sanctuary-commons.example.org/hsds', uuidv5.URL);

/**
 * The id of a record.
 * @param kind - table, e.g. `organization`, `service`
 * @param key - the record's stable key, e.g. `minneapolis/northside-rapid-response#0`
 */
export function hsdsId(kind: string, key: string): string {
  return uuidv5(`${kind}:${key}`, ID_NAMESPACE);
}
