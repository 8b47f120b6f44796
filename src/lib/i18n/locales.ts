import type {PlaybookSectionKey} from '../taxonomy';

/**
 * The site's locales, in one place: the Docusaurus config, the content
 * schema (per-locale text maps), the validator (translated section headings)
 * and `npm run i18n:status` all read this file. Adding a language is one
 * entry here plus its translations (docs/guides/translating.md).
 *
 * Codes are BCP-47 language tags (RFC 5646), as Docusaurus and `lang` expect.
 */

/** How a locale's playbook section headings are written, per section key (`sources` included). */
export type SectionHeadings = Record<PlaybookSectionKey, string>;

/** One published locale. */
export type SiteLocale = {
  /** The language's name in itself, shown in the language menu. */
  label: string;
  /** The `lang` attribute of its pages (BCP-47). */
  htmlLang: string;
  /** Writing direction: `rtl` for Arabic, Persian, Hebrew, Urdu… */
  direction: 'ltr' | 'rtl';
  /**
   * Translated playbook headings (required: a translated playbook must use
   * them). The validator maps them to the same section keys as the English
   * ones, so the comparison lines up in every language.
   */
  sectionHeadings: SectionHeadings;
};

/** The source language: every text exists in it; translations fall back to it. */
export const DEFAULT_LOCALE = 'en';

/** Every published locale; `en` first. */
export const SITE_LOCALES = {
  en: {
    label: 'English', htmlLang: 'en', direction: 'ltr',
    sectionHeadings: {when: 'When to use', steps: 'Steps', roles: 'Roles and resources', risks: 'Risks and safeguards', learned: 'What we learned', sources: 'Sources'},
  },
  es: {
    label: 'Español', htmlLang: 'es', direction: 'ltr',
    sectionHeadings: {when: 'Cuándo usarlo', steps: 'Pasos', roles: 'Funciones y recursos', risks: 'Riesgos y salvaguardas', learned: 'Lo que aprendimos', sources: 'Fuentes'},
  },
  fr: {
    label: 'Français', htmlLang: 'fr', direction: 'ltr',
    sectionHeadings: {when: "Quand l'utiliser", steps: 'Étapes', roles: 'Rôles et ressources', risks: 'Risques et précautions', learned: 'Ce que nous avons appris', sources: 'Sources'},
  },
} as const satisfies Record<string, SiteLocale>;

/** A published locale code such as `es`. */
export type LocaleCode = keyof typeof SITE_LOCALES;

/** Published locale codes, default first. */
export const LOCALE_CODES = Object.keys(SITE_LOCALES) as [LocaleCode, ...LocaleCode[]];

/**
 * A right-to-left locale that is built only for the RTL smoke test
 * (`SANCTUARY_RTL_SMOKE=1`), never published: it proves the layout and the
 * checks work right to left without committing a translation.
 */
export const RTL_SMOKE_LOCALE = {code: 'ar', locale: {label: 'العربية', htmlLang: 'ar', direction: 'rtl'} satisfies Omit<SiteLocale, 'sectionHeadings'>};

/** A locale the site is configured with: a published one, or the RTL smoke locale. */
export type ConfiguredLocale = Omit<SiteLocale, 'sectionHeadings'>;

/**
 * The locales `docusaurus.config.ts` builds, the default first: every published locale, plus the
 * right-to-left smoke locale when `SANCTUARY_RTL_SMOKE=1`. `npm run build` reads the same list to
 * build each locale in its own process.
 * @param env - the environment (`process.env`)
 * @returns locale code → label, `htmlLang` and direction, in build order
 */
export function configuredLocales(env: NodeJS.ProcessEnv): Record<string, ConfiguredLocale> {
  return {
    ...SITE_LOCALES,
    ...(env.SANCTUARY_RTL_SMOKE === '1' ? {[RTL_SMOKE_LOCALE.code]: RTL_SMOKE_LOCALE.locale} : {}),
  };
}

/**
 * Normalises a heading for matching: trims, lowercases, drops an explicit
 * Docusaurus heading id (`{#file-layout}`) and turns typographic apostrophes
 * into ASCII ones, so "Quand l’utiliser" matches "Quand l'utiliser".
 * @param heading - heading text as written
 * @returns the comparable form
 */
export function normalizeHeading(heading: string): string {
  return heading.replace(/\s*\{#[^}]*\}\s*$/, '').replace(/[\u2018\u2019\u02BC]/g, "'").trim().toLowerCase();
}

/**
 * Heading text → section key for one locale's playbooks.
 * @param locale - a locale code; unknown locales or locales without headings get the English ones
 * @returns normalised heading (see {@link normalizeHeading}) → key
 */
export function sectionHeadingsFor(locale: string): Record<string, PlaybookSectionKey> {
  const headings = sectionHeadingsOf(locale);
  return Object.fromEntries(Object.entries(headings).map(([key, heading]) => [normalizeHeading(heading), key as PlaybookSectionKey]));
}

/**
 * The section headings a locale's playbooks use, per key.
 * @param locale - a locale code
 * @returns that locale's headings, or the English ones for a locale the site does not publish
 */
export function sectionHeadingsOf(locale: string): SectionHeadings {
  // Unknown locales are refused by the validator before their headings matter.
  const entry = (SITE_LOCALES as Record<string, SiteLocale>)[locale];
  return entry?.sectionHeadings ?? SITE_LOCALES.en.sectionHeadings;
}

/**
 * Whether a locale code is published.
 * @param locale - any string
 */
export function isSiteLocale(locale: string): locale is LocaleCode {
  return Object.hasOwn(SITE_LOCALES, locale);
}
