import * as z from 'zod';
import {customIssue, isoDateSchema, plainText} from './common';
import {strictObject} from './strict';

/**
 * Front matter keys that Docusaurus 3.10 reads on both docs and blog posts
 * (`@docusaurus/utils-validation`: FrontMatterTOCHeadingLevels,
 * FrontMatterLastUpdateSchema, ContentVisibilitySchema), restricted to the
 * harmless forms. Guides (`guide.ts`) and posts (`post.ts`) build on them.
 */

/** The short text of a front matter field: one line, no invisible characters. */
export const titleText = plainText(140);
/** A one-sentence description, as in playbooks. */
export const descriptionText = plainText(300);
/** Keywords for search engines (meta keywords): short plain texts. */
export const keywordsSchema = z.array(plainText(60)).describe('Keywords for search engines.');

const headingLevel = z.int().min(2).max(6);

/** Keys shared by docs and posts; every one is optional. */
export const sharedPageKeys = {
  title: titleText.optional().describe('Title of the page (otherwise its first heading).'),
  description: descriptionText
    .optional()
    .describe('One-sentence description, shown by search engines and link previews.'),
  keywords: keywordsSchema.optional(),
  hide_table_of_contents: z
    .boolean()
    .optional()
    .describe('Docusaurus: hide the table of contents.'),
  toc_min_heading_level: headingLevel
    .optional()
    .describe('Docusaurus: the smallest heading level in the table of contents (2–6).'),
  toc_max_heading_level: headingLevel
    .optional()
    .describe('Docusaurus: the largest heading level in the table of contents (2–6).'),
  // The author of an update would be a person's name (DESIGN.md: no volunteer names), and the site does not show it.
  last_update: strictObject(
    {
      date: z
        .union([isoDateSchema, z.iso.datetime({offset: true})])
        .describe('ISO 8601 date of the last real change.'),
    },
    'last_update',
  )
    .optional()
    .describe('Docusaurus: the date of the last update, when Git history is not the right one.'),
  draft: z
    .boolean()
    .optional()
    .describe('Docusaurus: true to leave the page out of the production build.'),
  unlisted: z
    .boolean()
    .optional()
    .describe(
      'Docusaurus: true to publish the page without listing it or letting search engines index it.',
    ),
};

/**
 * The checks of {@link sharedPageKeys} that span two keys.
 * @param value - validated front matter
 * @param ctx - zod refinement context
 */
export function refineSharedPageKeys(
  value: {
    draft?: boolean;
    unlisted?: boolean;
    toc_min_heading_level?: number;
    toc_max_heading_level?: number;
  },
  ctx: z.RefinementCtx,
): void {
  if (value.draft && value.unlisted) {
    ctx.addIssue({
      ...customIssue('schema.unlisted-draft'),
      path: ['unlisted'],
    });
  }
  const {toc_min_heading_level: min, toc_max_heading_level: max} = value;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.addIssue({
      ...customIssue('schema.toc-levels'),
      path: ['toc_min_heading_level'],
    });
  }
}

/** A sidebar or pagination label: short plain text. */
export const labelText = plainText(80);

/** `null`, Docusaurus's way of switching an automatic link off. */
export const switchedOff = z.null().describe('null switches the automatic value off.');
