import type {RuleId} from '../ruleIds';

/** The languages every catalogue text is written in. */
export const CATALOGUE_LOCALES = ['en', 'es', 'fr'] as const;
/** A language of the catalogue. */
export type CatalogueLocale = (typeof CATALOGUE_LOCALES)[number];

/** One text in every catalogue language. */
export type CatalogueText = Record<CatalogueLocale, string>;

/** One entry: the rule it belongs to, and its message and fix in every language. */
export type CatalogueEntry = {rule: RuleId; message: CatalogueText; fix: CatalogueText};
