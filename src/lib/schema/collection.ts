import * as z from 'zod';
import {issue, localizedText, slugSchema} from './common';

/**
 * "Start here" collections, `docs/collections.yml` (one reviewed file):
 * ordered paths through the playbooks and guides for a new group, each step
 * saying why it matters. Steps name docs by id (`playbooks/<topic>/<slug>`
 * or `guides/<slug>`); `loadCoalition` checks that each id exists.
 */
export const collectionStepSchema = z.strictObject({
  doc: z
    .string()
    .regex(/^(playbooks\/[a-z0-9-]+|guides)\/[a-z0-9-]+$/, issue('schema.not-step-id')),
  why: localizedText(400),
});

export const collectionSchema = z.strictObject({
  id: slugSchema,
  title: localizedText(120),
  summary: localizedText(400),
  steps: z.array(collectionStepSchema).min(2, issue('schema.needs-two-steps')),
});

/** The whole file. */
export const collectionsFileSchema = z.strictObject({
  collections: z.array(collectionSchema).min(1),
});

/** One start-here path. */
export type Collection = z.infer<typeof collectionSchema>;
