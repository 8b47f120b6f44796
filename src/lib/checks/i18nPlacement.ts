import {makeProblem, type CodedText, type Problem} from '../problems';
import {DEFAULT_LOCALE, isSiteLocale, LOCALE_CODES} from '../i18n/locales';
import {translationPlacement} from '../i18n/translations';
import type {RuleId} from './ruleIds';
import type {Check} from './check';

/**
 * Where files under `i18n/` may be. Docusaurus reads `i18n/<locale>/` for
 * every locale it builds, the default one included, and a file there
 * silently replaces what the site would publish: an `i18n/en/` copy of a
 * page or of code.json would change the English site without touching the
 * English file a reviewer reads. So:
 * - nothing under `i18n/<default locale>/` (English is written in the original files);
 * - nothing under a folder that is not a published locale (it would never be checked as one);
 * - only files Docusaurus reads: interface JSON, Markdown (placed by the Markdown check), the
 *   blog's authors.yml and tags.yml, the docs' tags.yml, and images beside translated pages.
 *   A `_category_` file is not read from i18n/: labels are translated in current.json.
 * Other file types are refused by the file-type check and left alone here.
 */

/** The result: problems, and the files no other check should read. */
export type I18nPlacement = {problems: Problem[]; refused: Set<string>};

const DOCS = 'docusaurus-plugin-content-docs/current';
const BLOG = 'docusaurus-plugin-content-blog';
const READ_DATA_FILE = new RegExp(`^(?:${BLOG}/(?:authors|tags)\\.yml|${DOCS}/tags\\.yml)$`);
const IMAGE = /\.(png|jpe?g|webp|gif)$/i;

/**
 * Checks the place of every file under `i18n/`.
 * @param files - every contributed file, relative to the site root
 * @returns problems (rules `default-locale-copy`, `i18n-locale`, `i18n-layout`) and the refused files
 */
export function checkI18nPlacement(files: readonly string[]): I18nPlacement {
  const problems: Problem[] = [];
  const refused = new Set<string>();
  const refuse = <R extends RuleId>(file: string, rule: R, text: CodedText<R>) => {
    refused.add(file);
    problems.push(makeProblem({file}, '(file)', rule, text));
  };
  for (const file of files) {
    if (!file.startsWith('i18n/')) continue;
    const [, locale, ...rest] = file.split('/');
    const inLocale = rest.join('/');
    if (!locale || !inLocale) {
      refuse(file, 'i18n-layout', {code: 'i18n-layout.no-locale', values: {}});
    } else if (locale === DEFAULT_LOCALE) {
      const source = englishSourceOf(file);
      refuse(
        file,
        'default-locale-copy',
        source
          ? {code: 'default-locale-copy.file', values: {locale, source}}
          : {code: 'default-locale-copy.interface', values: {locale}},
      );
    } else if (!isSiteLocale(locale)) {
      refuse(file, 'i18n-locale', {
        code: 'i18n-locale.unknown',
        values: {locale, locales: LOCALE_CODES.join(', ')},
      });
    } else if (/(^|\/)_category_\.(json|ya?ml)$/.test(inLocale)) {
      refuse(file, 'i18n-layout', {code: 'i18n-layout.category', values: {locale}});
    } else if (/\.ya?ml$/i.test(inLocale) && !READ_DATA_FILE.test(inLocale)) {
      refuse(file, 'i18n-layout', {code: 'i18n-layout.yaml', values: {locale}});
    } else if (
      IMAGE.test(inLocale) &&
      !inLocale.startsWith(`${DOCS}/`) &&
      !inLocale.startsWith(`${BLOG}/`)
    ) {
      refuse(file, 'i18n-layout', {code: 'i18n-layout.image', values: {locale}});
    }
  }
  return {problems, refused};
}

/** The English file a default-locale copy would replace, for the fix (null for interface files: the site's source). */
function englishSourceOf(file: string): string | null {
  const page = translationPlacement(file);
  if (page) return page.originalFile;
  const data =
    /^i18n\/[^/]+\/docusaurus-plugin-content-(blog|docs\/current)\/(authors|tags)\.yml$/.exec(file);
  if (data) return `${data[1] === 'blog' ? 'blog' : 'docs'}/${data[2]}.yml`;
  return null;
}

/** Files under `i18n/` that Docusaurus would read for the English site, for an unpublished locale, or not at all. */
export const i18nPlacementCheck: Check<'listed'> = {
  id: 'i18n-placement',
  reads: ['listed'],
  run: ({listed}) => checkI18nPlacement(listed).problems,
};
