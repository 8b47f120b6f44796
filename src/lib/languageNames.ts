/**
 * Names of BCP-47 languages in a reader's locale, from the runtime's ICU
 * data (`Intl.DisplayNames`), with endonyms for languages some ICU builds do
 * not name. Pure: used by pages and, at build time, by plugins.
 */

const languageNamesCache = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of a BCP-47 language in the reader's locale, e.g. `so` → "Somali";
 * the code itself when the runtime has no name for it.
 * Node (build) and browsers may ship different ICU data, so render the
 * result inside an element with `suppressHydrationWarning`.
 */
export function languageName(code: string, locale: string): string {
  let names = languageNamesCache.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], {type: 'language', fallback: 'code'});
    } catch {
      names = null;
    }
    languageNamesCache.set(locale, names);
  }
  let name: string | undefined;
  try {
    name = names?.of(code);
  } catch {
    name = undefined;
  }
  // Languages the runtime's ICU data does not name.
  return name && name !== code ? name : (ENDONYMS[code] ?? code);
}

/**
 * Names for languages spoken in the coalition that some ICU builds do not
 * know (ISO 639-3 names). Shown in every interface language until a
 * translation exists.
 */
const ENDONYMS: Record<string, string> = {
  kar: 'Karen',
  ksw: 'S’gaw Karen',
  quc: 'Kʼicheʼ',
  mam: 'Mam',
  cnh: 'Hakha Chin',
  ctd: 'Tedim Chin',
};
