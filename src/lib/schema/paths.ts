import * as z from 'zod';
import {customIssue, issue} from './common';

/**
 * Paths inside the site, for the keys of Docusaurus files that name a page,
 * an image or a doc (`slug`, `image`, `permalink`, `link.id`): they must stay
 * on the site, so a contributed file can neither send readers elsewhere nor
 * make every reader's browser request another host (DESIGN.md safety rules 3, 6).
 */

/** One path segment: lowercase letters and digits, single hyphens between them. */
const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * Whether a value points off the site: it has a URL scheme (`https:`,
 * `data:`, `javascript:`…), starts with `//` (protocol-relative), or has a
 * backslash anywhere (browsers read `/\host` as `//host`, WHATWG URL standard).
 * @param value - a path or URL as written
 */
export function isOffSite(value: string): boolean {
  return /^\s*[a-z][a-z0-9+.-]*:/i.test(value) || /^\s*\/\//.test(value) || value.includes('\\');
}

/**
 * A path on this site, as Docusaurus `slug` and `permalink` keys take it:
 * lowercase slug segments separated by `/`, with an optional leading and
 * trailing slash. No scheme, no host, no `..`, no `//`, no query or fragment.
 */
export const sitePathSchema = z
  .string()
  .regex(new RegExp(`^/?${SEGMENT}(?:/${SEGMENT})*/?$`), issue('schema.not-site-path'));

/** A doc id: its path under docs/ without `.md`, e.g. `guides/start-here`. */
export const docIdSchema = z
  .string()
  .regex(new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`), issue('schema.not-doc-id'));

/**
 * An image stored on this site: a path from the site root (a file under
 * static/) ending in .png, .jpg, .jpeg, .webp or .gif. SVG is refused
 * (it can carry scripts); an image on another host is refused with the rule
 * `remote-image`, the same rule as a remote image in Markdown.
 */
export const localImageSchema = z
  .string()
  .superRefine((value, ctx) => {
    // Reported under the rule of a remote image in Markdown (the code's rule); no other check runs after it.
    if (isOffSite(value))
      ctx.addIssue({
        ...customIssue('remote-image.image-key', {value: JSON.stringify(value).slice(0, 80)}),
        continue: false,
      });
  })
  .regex(
    /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:png|jpe?g|webp|gif)$/i,
    issue('schema.not-local-image'),
  );
