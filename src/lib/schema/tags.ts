import * as z from 'zod';
import {plainText, slugSchema} from './common';
import {sitePathSchema} from './paths';
import {strictObject} from './strict';

/**
 * A tags file: `blog/tags.yml`, `docs/tags.yml` and their translations.
 * The keys are those of Docusaurus 3.10's tags file schema
 * (`@docusaurus/utils-validation`, lib/tagsFile.js). The key is the tag's
 * id in front matter; label and description are shown on tag pages.
 */
export const tagSchema = strictObject(
  {
    label: plainText(60)
      .optional()
      .describe('Name of the tag on pages (default: the key, capitalised).'),
    description: plainText(300).optional().describe("A sentence shown on the tag's page."),
    permalink: sitePathSchema
      .optional()
      .describe(
        "Path of the tag's page under the tags page, e.g. /rapid-response (default: the key).",
      ),
  },
  'a tag',
);

export const tagsFileSchema = z.record(slugSchema, tagSchema.nullable());
