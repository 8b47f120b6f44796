import fs from 'node:fs';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {translationPlacement, translationState} from '../../lib/i18n/translations';
import type {TranslationInfo} from '../../lib/i18n/standing';
import {TRANSLATION_KEYS} from '../../lib/schema/translation';

type Parsed = Awaited<ReturnType<ParseFrontMatter>>;

/**
 * Gives a translated page (under `i18n/<locale>/…`) the facts of its English
 * original: everything except the translated words (title, description,
 * sidebar label, keywords) is read from the original, so a translation can
 * never carry other cities, organisations, dates or tags. Adds
 * `sc_translation` ({@link TranslationInfo}); untranslated pages have none,
 * which is how the page knows it shows the English fallback.
 * The validator (src/lib/coalition.ts) reports a translation whose original
 * is missing or that carries facts; here such files are left as they are.
 * @param params - the hook's parameters (file path and content, default parser)
 * @param result - the translation's own parsed front matter
 * @param contentDir - absolute content root
 * @returns the merged result (a new object; `result` is not changed)
 */
export async function inheritFromOriginal(
  params: Parameters<ParseFrontMatter>[0],
  result: Parsed,
  contentDir: string,
): Promise<Parsed> {
  const relative = path.relative(contentDir, params.filePath).split(path.sep).join('/');
  const placement = translationPlacement(relative);
  if (!placement) return result;
  const originalPath = path.join(contentDir, placement.originalFile);
  if (!fs.existsSync(originalPath)) return result;
  const originalText = fs.readFileSync(originalPath, 'utf8');
  const original = await params.defaultParseFrontMatter({
    filePath: originalPath,
    fileContent: originalText,
  });
  const own = Object.fromEntries(
    Object.entries(result.frontMatter).filter(([key]) =>
      (TRANSLATION_KEYS as string[]).includes(key),
    ),
  );
  const revision = result.frontMatter.translated_from_revision;
  const outdated =
    typeof revision === 'string'
      ? translationState({translated_from_revision: revision}, originalText).outdated
      : true;
  const sc_translation: TranslationInfo = {locale: placement.locale, outdated};
  // The original's words (description, sidebar label, keywords) are not inherited: English would
  // show in a translated page's meta and sidebar; Docusaurus derives what a translation leaves out.
  const facts = Object.fromEntries(
    Object.entries(original.frontMatter).filter(
      ([key]) => !(TRANSLATION_KEYS as string[]).includes(key),
    ),
  );
  return {...result, frontMatter: {...facts, ...own, sc_translation}};
}
