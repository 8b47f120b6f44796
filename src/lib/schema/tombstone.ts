import * as z from 'zod';
import {isoDateSchema, slugSchema} from './common';

/**
 * Why an entry was removed. A closed list rather than free text, so a
 * tombstone can never carry a person's name, contact or story.
 */
export const TOMBSTONE_REASONS = ['removal-requested', 'safety', 'closed', 'duplicate'] as const;

/**
 * One removed organisation, in `directory/_tombstones.yml`. The slug stays
 * reserved so that the entry is not re-added by someone else after the
 * organisation asked to be removed (issue 3, "request removal").
 */
export const tombstoneSchema = z.strictObject({
  slug: slugSchema,
  removed: isoDateSchema,
  reason: z.enum(TOMBSTONE_REASONS),
});

/** `directory/_tombstones.yml`: a list of tombstones (may be empty). */
export const tombstonesFileSchema = z.array(tombstoneSchema);

/** One tombstone as written in YAML. */
export type Tombstone = z.infer<typeof tombstoneSchema>;
