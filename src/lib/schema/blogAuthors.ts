import * as z from 'zod';
import {customIssue, httpsUrlSchema, issue, plainText, slugSchema} from './common';
import {localImageSchema, sitePathSchema} from './paths';
import {strictObject} from './strict';

/**
 * `blog/authors.yml` (and its translations): the keys of Docusaurus 3.10's
 * authors map (`@docusaurus/plugin-content-blog`, lib/authorsMap.js and
 * lib/authorsSocials.js). Authors are teams and organisations, never
 * individual volunteers. Refused on purpose: an e-mail address in any
 * spelling (checked before this schema, rule `personal-data`), an image on
 * another site in either spelling Docusaurus reads (`image_url`, `imageURL`),
 * a link that is not https:, and social platforms Docusaurus has no
 * profile address for (any other key would publish an arbitrary link).
 */

/** Social platforms whose handle Docusaurus turns into a profile link (email excluded). */
export const SOCIAL_PLATFORMS = [
  'x',
  'twitter',
  'github',
  'linkedin',
  'stackoverflow',
  'bluesky',
  'instagram',
  'threads',
  'mastodon',
  'twitch',
  'youtube',
] as const;

/** A handle as Docusaurus accepts it (no `/`, no scheme), or a full https: link. */
const socialValue = z.union([
  z.int().positive(),
  z
    .string()
    .refine(
      (value) =>
        /^@?[\p{L}\p{N}._@-]{1,100}$/u.test(value) || httpsUrlSchema.safeParse(value).success,
      issue('schema.not-handle-or-link'),
    ),
]);

type SocialsShape = Record<(typeof SOCIAL_PLATFORMS)[number], z.ZodOptional<typeof socialValue>>;
const socialsSchema = strictObject(
  Object.fromEntries(
    SOCIAL_PLATFORMS.map((platform) => [platform, socialValue.optional()]),
  ) as SocialsShape,
  'socials',
);

export const blogAuthorSchema = strictObject(
  {
    name: plainText(80)
      .optional()
      .describe("Name of the team or organisation (never a volunteer's name)."),
    title: plainText(140).optional().describe('What the team is, e.g. Coalition editorial team.'),
    description: plainText(300)
      .optional()
      .describe('A sentence about the team, on its author page.'),
    url: httpsUrlSchema.optional().describe("https: link to the team's site."),
    image_url: localImageSchema
      .optional()
      .describe('Image under static/, e.g. /img/editors.png (never an image on another site).'),
    imageURL: localImageSchema
      .optional()
      .describe('The same as image_url (Docusaurus reads both spellings).'),
    page: z
      .union([z.boolean(), strictObject({permalink: sitePathSchema}, 'page')])
      .optional()
      .describe('Whether the team has an author page (or its path).'),
    socials: socialsSchema
      .optional()
      .describe('Accounts on social platforms: handle or https: link.'),
  },
  'an author',
).superRefine((author, ctx) => {
  if (author.image_url !== undefined && author.imageURL !== undefined) {
    ctx.addIssue({
      ...customIssue('schema.image-url-twice'),
      path: ['imageURL'],
    });
  }
  if (
    author.name === undefined &&
    author.image_url === undefined &&
    author.imageURL === undefined
  ) {
    ctx.addIssue({
      ...customIssue('schema.author-needs-name'),
      path: ['name'],
    });
  }
});

export const blogAuthorsFileSchema = z.record(slugSchema, blogAuthorSchema);
