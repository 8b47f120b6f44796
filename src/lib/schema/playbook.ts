import * as z from 'zod';
import {
  DEFAULT_PLAYBOOK_LICENSE,
  MATURITY_LEVELS,
  PLAYBOOK_AUDIENCES,
  TAXONOMY_SLUGS,
} from '../taxonomy';
import {isoDateSchema, issue, plainText, slugSchema} from './common';

/**
 * Front matter of a playbook, `docs/playbooks/<topic>/<slug>.md`
 * (DESIGN.md "Content model"). Docusaurus keys that only affect navigation
 * are allowed; anything else is refused so that typos (and `mdx`) surface.
 */
export const playbookFrontMatterSchema = z.strictObject({
  title: plainText(140).describe('Title of the playbook.'),
  description: z
    .string()
    .trim()
    .min(1)
    .max(300, issue('schema.description-too-long', {max: 300}))
    .describe('One-sentence snapshot of the practice.'),
  topics: z
    .array(z.enum(TAXONOMY_SLUGS))
    .min(1)
    .describe('Taxonomy topics; the folder the file lives in is one of them.'),
  audience: z.array(z.enum(PLAYBOOK_AUDIENCES)).min(1).describe('Who the playbook is written for.'),
  cities: z
    .array(slugSchema)
    .min(1, issue('schema.needs-city'))
    .describe('Slugs of the cities where the practice runs.'),
  organizations: z
    .array(slugSchema)
    .default([])
    .describe('Slugs of the organisations that run the practice and contributed the playbook.'),
  maturity: z
    .enum(MATURITY_LEVELS)
    .describe('How mature the practice is: idea, piloted or proven.'),
  last_reviewed: isoDateSchema.describe('ISO 8601 date on which the playbook was last reviewed.'),
  license: z
    .string()
    .default(DEFAULT_PLAYBOOK_LICENSE)
    .describe('SPDX identifier of the licence of the playbook text (default CC-BY-SA-4.0).'),
  related: z
    .array(z.string().regex(/^playbooks\/[a-z0-9-]+\/[a-z0-9-]+$/, issue('schema.not-playbook-id')))
    .optional()
    .describe('Ids (playbooks/<topic>/<slug>) of related playbooks.'),
  translation_of: z
    .string()
    .optional()
    .describe('For a translation: the id of the original playbook.'),
  translated_from_revision: z
    .string()
    .optional()
    .describe('For a translation: the Git commit of the original it was translated from.'),
  review_every_months: z
    .number()
    .int()
    .min(1)
    .max(36)
    .optional()
    .describe('Months after last_reviewed before the playbook is flagged for review.'),
  sidebar_position: z.number().optional().describe('Docusaurus: position in the sidebar.'),
  sidebar_label: z.string().optional().describe('Docusaurus: label in the sidebar.'),
  keywords: z.array(z.string()).optional().describe('Docusaurus: keywords for search engines.'),
});

/** Validated playbook front matter (defaults applied). */
export type PlaybookFrontMatter = z.infer<typeof playbookFrontMatterSchema>;
