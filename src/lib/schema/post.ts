import * as z from 'zod';
import {isoDateSchema, issue} from './common';
import {localImageSchema, sitePathSchema} from './paths';
import {labelText, refineSharedPageKeys, sharedPageKeys, titleText} from './pageFrontMatter';
import {strictObject} from './strict';

/**
 * Front matter of a blog post (`blog/YYYY-MM-DD-slug.md` or
 * `blog/YYYY-MM-DD-slug/index.md`). The keys are those of Docusaurus 3.10's
 * blog front matter schema (`@docusaurus/plugin-content-blog`,
 * lib/frontMatter.js) that a post needs, in forms that stay on the site.
 * Refused on purpose: authors written inline and the legacy `author`,
 * `author_title`, `author_url`, `author_image_url`, `authorURL`, `authorTitle`
 * and `authorImageURL` keys (they publish a person's details and a remote
 * image; authors are keys of blog/authors.yml), `id`, and
 * `last_update.author` (a person's name).
 */

/** A key of blog/authors.yml (whether it exists is checked with the other files). */
const authorKey = z.string(issue('schema.inline-author'));

/** A key of blog/tags.yml (whether it exists is checked with the other files). */
const tagKey = z.string(issue('schema.inline-tag'));

export const postFrontMatterSchema = strictObject(
  {
    ...sharedPageKeys,
    title_meta: titleText
      .optional()
      .describe('Docusaurus: the title for search engines and link previews, when it differs.'),
    sidebar_label: labelText.optional().describe('Docusaurus: label in the blog sidebar.'),
    authors: z
      .union([authorKey, z.array(authorKey)])
      .optional()
      .describe('Keys of blog/authors.yml.'),
    tags: z.array(tagKey).optional().describe('Keys of blog/tags.yml.'),
    date: z
      .union([isoDateSchema, z.iso.datetime({offset: true, local: true})])
      .optional()
      .describe('ISO 8601 date of the post (default: the date in the file name).'),
    slug: sitePathSchema
      .optional()
      .describe(
        'Docusaurus: the post path under /blog/ instead of the one made from the file name.',
      ),
    image: localImageSchema
      .optional()
      .describe(
        'Docusaurus: the link-preview image, a PNG/JPEG/WebP/GIF under static/, e.g. /img/report.png.',
      ),
  },
  "a blog post's front matter",
).superRefine(refineSharedPageKeys);
