import * as z from 'zod';
import {plainText, slugSchema} from './common';
import {docIdSchema, localImageSchema, sitePathSchema} from './paths';
import {descriptionText, keywordsSchema, labelText, titleText} from './pageFrontMatter';
import {strictObject} from './strict';

/**
 * A sidebar category file, `docs/**\/_category_.{json,yml,yaml}`. The keys
 * are those of Docusaurus 3.10's category metadata schema
 * (`@docusaurus/plugin-content-docs`, lib/sidebars/validation.js:
 * categoryMetadataFileSchema). The label goes into every page's breadcrumbs
 * structured data (a `<script>`), the title and description onto the
 * generated index page, so each is plain text. Refused on purpose:
 * `className` and `customProps` (they change the theme's markup, which is
 * the site's code), and a link anywhere but a page of this site.
 */
const generatedIndexLink = strictObject(
  {
    type: z.literal('generated-index'),
    title: titleText.optional().describe('Title of the generated index page (default: the label).'),
    description: descriptionText
      .optional()
      .describe('Text at the top of the generated index page.'),
    slug: sitePathSchema
      .optional()
      .describe('Path of the generated index page under /docs/, e.g. /category/playbooks.'),
    keywords: z.union([plainText(60), keywordsSchema]).optional(),
    image: localImageSchema
      .optional()
      .describe('Link-preview image of the index page, a PNG/JPEG/WebP/GIF under static/.'),
  },
  'a generated-index link',
);

const docLink = strictObject(
  {
    type: z.literal('doc'),
    id: docIdSchema.describe('Id of the doc the category opens: its path under docs/ without .md.'),
  },
  'a doc link',
);

export const categoryFileSchema = strictObject(
  {
    label: labelText.optional().describe('Name of the category in the sidebar and breadcrumbs.'),
    position: z.number().optional().describe('Position in the sidebar.'),
    collapsible: z.boolean().optional().describe('Whether the category can be collapsed.'),
    collapsed: z.boolean().optional().describe('Whether the category starts collapsed.'),
    description: descriptionText
      .optional()
      .describe('Text of the category card on a generated index page.'),
    key: slugSchema
      .optional()
      .describe(
        'Stable translation key of the category (i18n/<locale>/docusaurus-plugin-content-docs/current.json).',
      ),
    link: z
      .discriminatedUnion('type', [generatedIndexLink, docLink])
      .nullable()
      .optional()
      .describe('What the category opens: a generated index page, a doc, or nothing (null).'),
  },
  'a _category_ file',
);
