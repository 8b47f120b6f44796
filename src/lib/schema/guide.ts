import * as z from 'zod';
import {issue, plainText} from './common';
import {docIdSchema, localImageSchema, sitePathSchema} from './paths';
import {labelText, refineSharedPageKeys, sharedPageKeys, switchedOff} from './pageFrontMatter';
import {strictObject} from './strict';

/**
 * Front matter of a guide (any doc under `docs/` outside `docs/playbooks/`).
 * The keys are those of Docusaurus 3.10's DocFrontMatterSchema
 * (`@docusaurus/plugin-content-docs`, lib/frontMatter.js) that a guide
 * needs, in forms that stay on the site. Refused on purpose:
 * `id` (the file name is the id, and collections.yml and links rely on it),
 * `sidebar_class_name`, `sidebar_custom_props`, `sidebar_key` and
 * `displayed_sidebar` (they change the theme's markup or navigation, which
 * is the site's code), object tags (their permalink could be any address),
 * `last_update.author` (a person's name), and any `custom_edit_url` but null.
 */
export const guideFrontMatterSchema = strictObject(
  {
    ...sharedPageKeys,
    sidebar_label: labelText.optional().describe('Docusaurus: label in the sidebar.'),
    sidebar_position: z.number().optional().describe('Docusaurus: position in the sidebar.'),
    pagination_label: labelText
      .optional()
      .describe('Docusaurus: label in the previous/next links of other pages.'),
    pagination_next: z
      .union([docIdSchema, switchedOff])
      .optional()
      .describe('Docusaurus: id of the next doc (null: none).'),
    pagination_prev: z
      .union([docIdSchema, switchedOff])
      .optional()
      .describe('Docusaurus: id of the previous doc (null: none).'),
    hide_title: z
      .boolean()
      .optional()
      .describe('Docusaurus: hide the title at the top of the page.'),
    parse_number_prefixes: z
      .boolean()
      .optional()
      .describe('Docusaurus: whether a number prefix of the file name sets the position.'),
    slug: sitePathSchema
      .optional()
      .describe('Docusaurus: the page path under /docs/ instead of the file path.'),
    image: localImageSchema
      .optional()
      .describe(
        'Docusaurus: the link-preview image, a PNG/JPEG/WebP/GIF under static/, e.g. /img/guide.png.',
      ),
    tags: z.array(plainText(60)).optional().describe('Docusaurus: tags, as plain labels.'),
    // Docusaurus builds every page's edit link to its own file in this repository (editUrl); a custom one could only send contributors elsewhere.
    custom_edit_url: z
      .null(issue('schema.custom-edit-url'))
      .optional()
      .describe('Docusaurus: null hides the "Edit this page" link; no other value is allowed.'),
  },
  "a guide's front matter",
).superRefine(refineSharedPageKeys);
