import type {Coalition} from '../coalition';
import {DEFAULT_LOCALE, SITE_LOCALES, type SiteLocale} from './locales';
import {translationFileOf} from './translations';

/**
 * Translation status per locale: the numbers behind `npm run i18n:status`
 * and the site's /translations page (one computation, two views).
 * Pure: the caller loads the coalition and the interface messages.
 */

/** Docusaurus translation messages of one locale: `<file>#<key>` → message (file relative to `i18n/<locale>/`). */
export type InterfaceMessages = Record<string, string>;

/** How much of one kind of content is translated. */
export type Share = {
  translated: number;
  total: number;
  /** Whole percent, rounded down so that 100 means complete (0 items: 100). */
  percent: number;
  /** What is not translated yet (message ids, page ids or organisation slugs). */
  missing: string[];
};

/** A translation whose original changed after it was made. */
export type OutdatedTranslation = {
  file: string;
  originalFile: string;
  translatedFrom: string;
  currentRevision: string;
};

/** The status of one locale. */
export type LocaleStatus = {
  locale: string;
  label: string;
  /** Interface strings (`code.json`, navbar, footer, sidebar, blog options); null when not measured. */
  interface: Share | null;
  guides: Share;
  playbooks: Share;
  posts: Share;
  organizationSummaries: Share;
  citySummaries: Share;
  outdated: OutdatedTranslation[];
};

/** The status of every translated locale, for the report and the page. */
export type TranslationStatus = {locales: LocaleStatus[]};

/**
 * Builds a share; percent is rounded down so that 99.6 % is not shown as complete.
 * @param translated - how many are translated
 * @param missing - the ids of the others
 */
export function share(translated: number, missing: string[]): Share {
  const total = translated + missing.length;
  return {translated, total, percent: total === 0 ? 100 : Math.floor((translated / total) * 100), missing};
}

/**
 * Interface strings translated into a locale. A string counts as translated
 * when the locale's message differs from the English one, or when the
 * locale lists it as the same on purpose (`i18n/<locale>/same-as-english.json`:
 * names like "Signal", words spelled alike such as "Total").
 * @param source - the English messages (from `docusaurus write-translations --locale en`)
 * @param target - the locale's committed messages
 * @param sameOnPurpose - ids that are translated although identical to English
 * @returns the share; `missing` lists message ids
 */
export function interfaceShare(source: InterfaceMessages, target: InterfaceMessages, sameOnPurpose: ReadonlySet<string> = new Set()): Share {
  const missing: string[] = [];
  let translated = 0;
  for (const [id, english] of Object.entries(source)) {
    const message = target[id];
    if (message !== undefined && message.trim() !== '' && (message !== english || sameOnPurpose.has(id))) translated += 1;
    else missing.push(id);
  }
  return share(translated, missing.sort());
}

/**
 * Content of one locale: guides, playbooks and blog posts that have a
 * translation file, organisation and city summaries with a text in the
 * locale, and translations whose original changed since.
 * @param coalition - the loaded coalition (its `files` and `translations`)
 * @param locale - e.g. `es`
 * @returns every share except `interface`, and the outdated list
 */
export function contentStatus(coalition: Coalition, locale: string): Omit<LocaleStatus, 'interface' | 'label' | 'locale'> {
  const files = new Set(coalition.files);
  const pages = (filter: (file: string) => boolean) => {
    const originals = coalition.files.filter(filter);
    const missing = originals.filter((file) => !files.has(translationFileOf(locale, file)!)).map((file) => file.replace(/\.md$/, ''));
    return share(originals.length - missing.length, missing);
  };
  const summaries = <T extends {slug: string; data: {summary: Record<string, string | undefined>}}>(items: T[]) => {
    const missing = items.filter((item) => !item.data.summary[locale]).map((item) => item.slug).sort();
    return share(items.length - missing.length, missing);
  };
  return {
    guides: pages((file) => /^docs\/.+\.md$/.test(file) && !file.startsWith('docs/playbooks/')),
    playbooks: pages((file) => /^docs\/playbooks\/.+\.md$/.test(file)),
    posts: pages((file) => /^blog\/.+\.md$/.test(file)),
    organizationSummaries: summaries(coalition.organizations),
    citySummaries: summaries(coalition.cities),
    outdated: coalition.translations
      .filter((translation) => translation.locale === locale && translation.outdated)
      .map((translation) => ({file: translation.file, originalFile: translation.originalFile, translatedFrom: translation.frontMatter.translated_from_revision, currentRevision: translation.currentRevision}))
      .sort((a, b) => a.file.localeCompare(b.file)),
  };
}

/**
 * The status of every locale except the source language.
 * @param coalition - the loaded coalition
 * @param messages - per locale (and `en`), the interface messages; omit to skip the interface share
 * @param sameOnPurpose - per locale, message ids identical to English on purpose
 * @param locales - the locales to report (default: every published locale)
 * @returns one entry per locale except the source language, in `locales` order
 */
export function translationStatus(
  coalition: Coalition,
  messages?: Record<string, InterfaceMessages>,
  sameOnPurpose: Record<string, ReadonlySet<string>> = {},
  locales: Record<string, SiteLocale> = SITE_LOCALES,
): TranslationStatus {
  return {
    locales: Object.entries(locales)
      .filter(([locale]) => locale !== DEFAULT_LOCALE)
      .map(([locale, config]) => ({
        locale,
        label: config.label,
        interface: messages?.[DEFAULT_LOCALE] ? interfaceShare(messages[DEFAULT_LOCALE], messages[locale] ?? {}, sameOnPurpose[locale]) : null,
        ...contentStatus(coalition, locale),
      })),
  };
}
