import path from 'node:path';
import type {MarkdownContentJob} from '../markdownFile';
import {translationPlacement} from '../i18n/translations';
import {classifyMarkdown} from './listing';

/**
 * What checking one contributed Markdown file needs (`checkMarkdownContent`): its kind and the
 * folder its links must stay in (listing.ts), and its locale when it is a translation. One place
 * for it, so that the checks on every core (src/lib/validation/parallel.ts) remember the results
 * `loadSiteFiles` then asks for.
 * @param siteDir - absolute site root
 * @param file - path relative to the site root, with forward slashes
 * @param text - the file's text as read (UTF-8)
 * @returns the job, or null for a file that is not contributed Markdown
 */
export function markdownJob(
  siteDir: string,
  file: string,
  text: string,
): MarkdownContentJob | null {
  const placement = classifyMarkdown(file);
  if (!placement) return null;
  const locale = translationPlacement(file)?.locale;
  return {
    file,
    text,
    siteDir,
    kind: placement.kind,
    contentRoot: path.join(siteDir, placement.root),
    ...(locale === undefined ? {} : {translationLocale: locale}),
  };
}
