import * as z from 'zod';
import {issue, plainText} from './common';

/**
 * Front matter of a translated page (playbook, guide or blog post) under
 * `i18n/<locale>/…`. A translation carries only what is written in words;
 * every other field (topics, cities, organisations, dates, licence, authors,
 * tags, sidebar position) is inherited from the English original, so a fact
 * exists in one place and a translation can never contradict it.
 */
export const translationFrontMatterSchema = z.strictObject({
  title: plainText(140).describe('The translated title.'),
  description: z
    .string()
    .trim()
    .min(1)
    .max(300, issue('schema.description-too-long', {max: 300}))
    .optional()
    .describe('The translated one-sentence description.'),
  sidebar_label: plainText(80)
    .optional()
    .describe('Docusaurus: the translated label in the sidebar.'),
  keywords: z
    .array(plainText(60))
    .optional()
    .describe('Docusaurus: translated keywords for search engines.'),
  translation_of: z
    .string()
    .describe(
      'Id of the original: its path under docs/ (or blog/) without .md, e.g. playbooks/rapid-response/verified-hotline.',
    ),
  translated_from_revision: z
    .string()
    .regex(/^[0-9a-f]{40}$/, issue('schema.not-revision-id'))
    .describe(
      'Git blob id (`git hash-object`) of the original file this translation was made from.',
    ),
});

/** Validated translation front matter. */
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;

/** Front matter keys a translation may carry; anything else comes from the original. */
export const TRANSLATION_KEYS = Object.keys(
  translationFrontMatterSchema.shape,
) as (keyof TranslationFrontMatter)[];
