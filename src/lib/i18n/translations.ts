import {makeProblem, type Problem} from '../problems';
import type {TranslationFrontMatter} from '../schema/translation';
import {gitBlobId} from './revision';

/**
 * Where translated Markdown lives and how it relates to its original.
 * Docusaurus reads a locale's docs from
 * `i18n/<locale>/docusaurus-plugin-content-docs/current/<path>` and its blog
 * posts from `i18n/<locale>/docusaurus-plugin-content-blog/<file>`
 * (https://docusaurus.io/docs/i18n/introduction#translation-files-location).
 */

/** The place of a translated file: its locale, the original's id and file. */
export type TranslationPlacement = {
  locale: string;
  /** `docs` or `blog`: which content plugin publishes it. */
  plugin: 'docs' | 'blog';
  /** The original's id: its path under docs/ or blog/ without `.md`, e.g. `playbooks/rapid-response/verified-hotline`. */
  id: string;
  /** The original, relative to the content root, e.g. `docs/playbooks/rapid-response/verified-hotline.md`. */
  originalFile: string;
};

const TRANSLATED_FILE = /^i18n\/([^/]+)\/docusaurus-plugin-content-(docs\/current|blog)\/(.+)\.md$/;

/**
 * Reads the placement of a translated Markdown file from its path.
 * @param file - path relative to the content root, forward slashes
 * @returns its locale and original, or null when the file is not a translation
 */
export function translationPlacement(file: string): TranslationPlacement | null {
  const match = TRANSLATED_FILE.exec(file);
  if (!match) return null;
  const [, locale, folder, id] = match as unknown as [string, string, string, string];
  const plugin = folder === 'blog' ? 'blog' : 'docs';
  return {locale, plugin, id, originalFile: `${plugin}/${id}.md`};
}

/**
 * The path of a page's translation into a locale.
 * @param locale - e.g. `es`
 * @param originalFile - the original, e.g. `docs/guides/start-here.md` or `blog/2026-10-14-x.md`
 * @returns e.g. `i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md`; null for other files
 */
export function translationFileOf(locale: string, originalFile: string): string | null {
  const docs = /^docs\/(.+\.md)$/.exec(originalFile);
  if (docs) return `i18n/${locale}/docusaurus-plugin-content-docs/current/${docs[1]}`;
  const blog = /^blog\/(.+\.md)$/.exec(originalFile);
  if (blog) return `i18n/${locale}/docusaurus-plugin-content-blog/${blog[1]}`;
  return null;
}

/** A translation compared with its original. */
export type TranslationState = {
  /** The original's current revision (`git hash-object`). */
  currentRevision: string;
  /** True when the original changed after the translation was made. */
  outdated: boolean;
};

/**
 * Compares a translation with the current original.
 * @param frontMatter - the translation's validated front matter
 * @param originalText - the original file's current content
 * @returns the original's revision and whether the translation is behind it
 */
export function translationState(frontMatter: Pick<TranslationFrontMatter, 'translated_from_revision'>, originalText: string): TranslationState {
  const currentRevision = gitBlobId(originalText);
  return {currentRevision, outdated: frontMatter.translated_from_revision !== currentRevision};
}

/**
 * Checks a translation against its original: the original exists,
 * `translation_of` names it, and the original has not changed since
 * (a warning, "translation may be outdated": the page stays published
 * with a notice, and the status report lists it).
 * @param params.file - the translation, relative to the content root
 * @param params.placement - from {@link translationPlacement}
 * @param params.frontMatter - the translation's validated front matter
 * @param params.originalText - the original's content, or undefined when it does not exist
 * @param params.locate - line and column of a front matter field in the translation
 * @returns problems (errors and warnings), and the state when the original exists
 */
export function checkTranslation(params: {
  file: string;
  placement: TranslationPlacement;
  frontMatter: TranslationFrontMatter;
  originalText: string | undefined;
  locate: (path: readonly PropertyKey[]) => {line: number; column: number};
}): {problems: Problem[]; state?: TranslationState} {
  const {file, placement, frontMatter, originalText, locate} = params;
  const problems: Problem[] = [];
  if (originalText === undefined) {
    problems.push(makeProblem(
      {file}, '(file)', 'translation-orphan',
      {
        code: 'translation-orphan.no-original',
        values: {original: placement.originalFile, plugin: placement.plugin},
      },
    ));
    return {problems};
  }
  if (frontMatter.translation_of !== placement.id) {
    problems.push(makeProblem(
      {file, ...locate(['translation_of'])}, 'front matter.translation_of', 'translation-of',
      {
        code: 'translation-of.mismatch',
        values: {
          written: frontMatter.translation_of,
          original: placement.originalFile,
          id: placement.id,
        },
      },
    ));
  }
  const state = translationState(frontMatter, originalText);
  if (state.outdated) {
    problems.push(makeProblem(
      {file, ...locate(['translated_from_revision'])}, 'front matter.translated_from_revision', 'translation-outdated',
      {
        code: 'translation-outdated.changed',
        values: {
          original: placement.originalFile,
          from: frontMatter.translated_from_revision.slice(0, 10),
          now: state.currentRevision.slice(0, 10),
          fromRevision: frontMatter.translated_from_revision,
          nowRevision: state.currentRevision,
        },
      },
      'warning',
    ));
  }
  return {problems, state};
}

/** What {@link translationOf} needs of a translation: `LoadedTranslation` of src/lib/coalition.ts has both. */
type Placed = Pick<TranslationPlacement, 'locale' | 'originalFile'>;

// Keyed by the coalition's `translations` array; typed by structure, not by importing coalition.ts, which imports this
// file (a cycle would make the load order of the two modules matter).
const byOriginal = new WeakMap<readonly Placed[], Map<string, Placed>>();

/**
 * The translation of a page into a locale, if there is one. Indexed once per
 * loaded coalition: pages look this up for every playbook they list.
 * @param coalition - the loaded coalition
 * @param locale - e.g. `es`
 * @param originalFile - the original, e.g. `docs/playbooks/rapid-response/verified-hotline.md`
 * @returns the loaded translation, or undefined when the page is not translated into that locale
 */
export function translationOf<T extends Placed>(coalition: {translations: readonly T[]}, locale: string, originalFile: string): T | undefined {
  let index = byOriginal.get(coalition.translations);
  if (!index) {
    index = new Map(coalition.translations.map((translation) => [`${translation.locale}:${translation.originalFile}`, translation]));
    byOriginal.set(coalition.translations, index);
  }
  // Every value in the index came from this same array, so it is a T.
  return index.get(`${locale}:${originalFile}`) as T | undefined;
}
