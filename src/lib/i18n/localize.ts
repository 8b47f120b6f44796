import type {LocalizedText} from '../schema';

/** A text picked for one locale: the words, their language, and whether English stood in. */
export type LocalizedValue = {text: string; lang: string; fallback: boolean};

/**
 * Picks the text for a locale, falling back to English.
 * @param text - `{en, es?, fr?}`
 * @param locale - the locale being built
 * @returns the locale's text, or the English one with `fallback: true` when the locale has none
 */
export function localize(text: LocalizedText, locale: string): LocalizedValue {
  const translated = (text as Record<string, string | undefined>)[locale];
  return translated ? {text: translated, lang: locale, fallback: false} : {text: text.en, lang: 'en', fallback: locale !== 'en'};
}
