/**
 * Country and language names → codes, from the runtime's Unicode CLDR data
 * (`Intl.DisplayNames`), so a sheet may say "Mexico", "México", "MX" or
 * "Spanish", "Español", "es" without a hand-kept table.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NAME_LOCALES = ['en', 'es', 'fr'];
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Every two-letter code, e.g. `AA` … `ZZ`. */
function twoLetterCodes(): string[] {
  return [...LETTERS].flatMap((first) => [...LETTERS].map((second) => `${first}${second}`));
}

let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;
let threeLetterNames: Map<string, string> | undefined;

/** English names of the languages CLDR knows by a three-letter code only. */
function threeLetterTable(): Map<string, string> {
  const names = new Intl.DisplayNames('en', {type: 'language', fallback: 'none'});
  const map = new Map<string, string>();
  const letters = LETTERS.toLowerCase();
  for (const a of letters)
    for (const b of letters)
      for (const c of letters) {
        const name = names.of(`${a}${b}${c}`);
        if (name && !map.has(fold(name))) map.set(fold(name), `${a}${b}${c}`);
      }
  return map;
}

/** Name (folded: no accents, lower case) or code → ISO code, built once. */
function table(type: 'region' | 'language'): Map<string, string> {
  const map = new Map<string, string>();
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames(locale, {type, fallback: 'none'});
    for (const upper of twoLetterCodes()) {
      const code = type === 'region' ? upper : upper.toLowerCase();
      const name = names.of(code);
      if (!name) continue;
      map.set(fold(code), code);
      if (!map.has(fold(name))) map.set(fold(name), code);
    }
  }
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as a code or a name in English, Spanish or French.
 * @param text - e.g. `MX`, `Mexico`, `México`, `United States`
 * @returns e.g. `MX`, or undefined when the text names no country CLDR knows
 */
export function countryCode(text: string): string | undefined {
  countries ??= table('region');
  return countries.get(fold(text)) ?? COUNTRY_ABBREVIATIONS[fold(text).replace(/[.\s]/g, '')];
}

/** Abbreviations sheets use that CLDR has no name for (its names are "United States", "Estados Unidos", "Mexico"). */
const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  usa: 'US',
  us: 'US',
  eeuu: 'US',
  eua: 'US',
  mex: 'MX',
  can: 'CA',
};

/**
 * The BCP-47 code of a language written as an ISO 639 code or a name in English, Spanish or French.
 * @param text - e.g. `en`, `English`, `Español`, `spa`
 * @returns e.g. `es`, or undefined when the text names no language CLDR knows
 */
export function languageCode(text: string): string | undefined {
  languages ??= table('language');
  const known = languages.get(fold(text));
  if (known) return known;
  // Names of languages with only a three-letter code (Hmong → hmn, Karen → kar): English names, built on the first miss (about a second).
  threeLetterNames ??= threeLetterTable();
  const rare = threeLetterNames.get(fold(text));
  if (rare) return rare;
  // Three-letter ISO 639-2/3 codes (hmn, kar, spa): canonicalised by Intl (spa → es).
  if (/^[a-z]{3}$/i.test(text.trim())) {
    try {
      return Intl.getCanonicalLocales(text.trim().toLowerCase())[0];
    } catch {
      return undefined;
    }
  }
  return undefined;
}
