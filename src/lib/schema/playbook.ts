import * as z from 'zod';
import {DEFAULT_PLAYBOOK_LICENSE, MATURITY_LEVELS, PLAYBOOK_AUDIENCES, TAXONOMY_SLUGS} from '../taxonomy';
import {isoDateSchema, issue, plainText, slugSchema} from './common';

/**
 * Front matter of a playbook, `docs/playbooks/<topic>/<slug>.md`
 * (DESIGN.md "Content model"). Docusaurus keys that only affect navigation
 * are allowed; anything else is refused so that typos (and `mdx`) surface.
 */
export const playbookFrontMatterSchema = z.strictObject({
  title: plainText(140),
  description: z.string().trim().min(1).max(300, issue('is longer than 300 characters.', 'Keep the description to one sentence.')),
  topics: z.array(z.enum(TAXONOMY_SLUGS)).min(1),
  audience: z.array(z.enum(PLAYBOOK_AUDIENCES)).min(1),
  cities: z.array(slugSchema).min(1, issue('needs at least one city.', 'List the slug of the city (or cities) where this practice runs, e.g. [minneapolis].')),
  organizations: z.array(slugSchema).default([]),
  maturity: z.enum(MATURITY_LEVELS),
  last_reviewed: isoDateSchema,
  license: z.string().default(DEFAULT_PLAYBOOK_LICENSE),
  related: z.array(z.string().regex(/^playbooks\/[a-z0-9-]+\/[a-z0-9-]+$/, issue('is not a playbook id.', 'Write the id as playbooks/<topic>/<slug>.'))).optional(),
  translation_of: z.string().optional(),
  translated_from_revision: z.string().optional(),
  review_every_months: z.number().int().min(1).max(36).optional(),
  sidebar_position: z.number().optional(),
  sidebar_label: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

/** Validated playbook front matter (defaults applied). */
export type PlaybookFrontMatter = z.infer<typeof playbookFrontMatterSchema>;
