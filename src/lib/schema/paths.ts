import * as z from 'zod';
import {FIX_SEPARATOR, issue} from './common';

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
  .regex(
    new RegExp(`^/?${SEGMENT}(?:/${SEGMENT})*/?$`),
    issue(
      'is not a path on this site.',
      'Write lowercase words joined by hyphens and separated by /, e.g. /guides/start-here (no https://, no //, no ..).',
    ),
  );

/** A doc id: its path under docs/ without `.md`, e.g. `guides/start-here`. */
export const docIdSchema = z
  .string()
  .regex(
    new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`),
    issue(
      'is not a doc id.',
      'Write the path of the doc under docs/ without .md, e.g. guides/start-here.',
    ),
  );

/**
 * An image stored on this site: a path from the site root (a file under
 * static/) ending in .png, .jpg, .jpeg, .webp or .gif. SVG is refused
 * (it can carry scripts); an image on another host is refused with the rule
 * `remote-image`, the same rule as a remote image in Markdown.
 */
export const localImageSchema = z
  .string()
  .refine((value) => !isOffSite(value), {
    abort: true,
    params: {rule: 'remote-image'},
    error: (found) =>
      `${JSON.stringify(String(found.input)).slice(0, 80)} is an image on another site: every reader's browser would request it.` +
      `${FIX_SEPARATOR}Store the image under static/img/ and write its path from the site root, e.g. /img/team.png, or remove the key.`,
  })
  .regex(
    /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:png|jpe?g|webp|gif)$/i,
    issue(
      'is not the path of an image on this site.',
      'Write the path from the site root of a PNG, JPEG, WebP or GIF file under static/, e.g. /img/team.png (no .., no SVG).',
    ),
  );
