import punycode from 'punycode/punycode.js';

/**
 * Look-alike host names (IDN homographs): `аpple.com` with a Cyrillic "а"
 * is another host than `apple.com`, and a reader cannot tell them apart.
 * A host name is refused when its letters and digits mix writing systems:
 *
 * 1. Within a label, the "Highly Restrictive" level of Unicode Technical
 *    Standard #39 (Unicode Security Mechanisms, §5.2): every letter and
 *    digit belongs to one script (characters of every script, such as ASCII
 *    digits and the hyphen, and combining marks, do not count), or to Latin
 *    plus the scripts written together in Japanese (Han, Hiragana,
 *    Katakana), Chinese (Han, Bopomofo) or Korean (Han, Hangul).
 * 2. Across labels, a whole-script look-alike: a label written only with
 *    Cyrillic, Greek or Armenian letters that look like Latin ones, in a
 *    host under a Latin top-level domain (`аррӏе.com`: all Cyrillic, read
 *    as "apple"), as browsers refuse to show it (Chromium's IDN spoof
 *    checker does the same). A label in such a script that is a word of
 *    its language (`ελλάδα.gr`, `пример.com`) has letters no Latin one
 *    resembles, and is accepted.
 *
 * Scripts are the Unicode Script_Extensions property, read through the
 * JavaScript engine's regular expressions (`\p{scx=…}`), so a character
 * shared by several scripts (e.g. the katakana-hiragana prolonged sound
 * mark) fits each of them.
 */

// Script names (Unicode PropertyValueAliases, long form) other than Common, Inherited and Unknown.
// Names an engine does not know (a newer Unicode version) are skipped: their letters then match no script
// and count as a script of their own.
const SCRIPT_NAMES = [
  'Adlam',
  'Ahom',
  'Anatolian_Hieroglyphs',
  'Arabic',
  'Armenian',
  'Avestan',
  'Balinese',
  'Bamum',
  'Bassa_Vah',
  'Batak',
  'Bengali',
  'Beria_Erfe',
  'Bhaiksuki',
  'Bopomofo',
  'Brahmi',
  'Braille',
  'Buginese',
  'Buhid',
  'Canadian_Aboriginal',
  'Carian',
  'Caucasian_Albanian',
  'Chakma',
  'Cham',
  'Cherokee',
  'Chorasmian',
  'Coptic',
  'Cuneiform',
  'Cypriot',
  'Cypro_Minoan',
  'Cyrillic',
  'Deseret',
  'Devanagari',
  'Dives_Akuru',
  'Dogra',
  'Duployan',
  'Egyptian_Hieroglyphs',
  'Elbasan',
  'Elymaic',
  'Ethiopic',
  'Garay',
  'Georgian',
  'Glagolitic',
  'Gothic',
  'Grantha',
  'Greek',
  'Gujarati',
  'Gunjala_Gondi',
  'Gurmukhi',
  'Gurung_Khema',
  'Han',
  'Hangul',
  'Hanifi_Rohingya',
  'Hanunoo',
  'Hatran',
  'Hebrew',
  'Hiragana',
  'Imperial_Aramaic',
  'Inscriptional_Pahlavi',
  'Inscriptional_Parthian',
  'Javanese',
  'Jurchen',
  'Kaithi',
  'Kannada',
  'Katakana',
  'Kawi',
  'Kayah_Li',
  'Kharoshthi',
  'Khitan_Small_Script',
  'Khmer',
  'Khojki',
  'Khudawadi',
  'Kirat_Rai',
  'Lao',
  'Latin',
  'Lepcha',
  'Limbu',
  'Linear_A',
  'Linear_B',
  'Lisu',
  'Lycian',
  'Lydian',
  'Mahajani',
  'Makasar',
  'Malayalam',
  'Mandaic',
  'Manichaean',
  'Marchen',
  'Masaram_Gondi',
  'Medefaidrin',
  'Meetei_Mayek',
  'Mende_Kikakui',
  'Meroitic_Cursive',
  'Meroitic_Hieroglyphs',
  'Miao',
  'Modi',
  'Mongolian',
  'Mro',
  'Multani',
  'Myanmar',
  'Nabataean',
  'Nag_Mundari',
  'Nandinagari',
  'New_Tai_Lue',
  'Newa',
  'Nko',
  'Nushu',
  'Nyiakeng_Puachue_Hmong',
  'Ogham',
  'Ol_Chiki',
  'Ol_Onal',
  'Old_Hungarian',
  'Old_Italic',
  'Old_North_Arabian',
  'Old_Permic',
  'Old_Persian',
  'Old_Sogdian',
  'Old_South_Arabian',
  'Old_Turkic',
  'Old_Uyghur',
  'Oriya',
  'Osage',
  'Osmanya',
  'Pahawh_Hmong',
  'Palmyrene',
  'Pau_Cin_Hau',
  'Phags_Pa',
  'Phoenician',
  'Proto_Cuneiform',
  'Psalter_Pahlavi',
  'Rejang',
  'Runic',
  'Samaritan',
  'Saurashtra',
  'Seal',
  'Sharada',
  'Shavian',
  'Siddham',
  'Sidetic',
  'SignWriting',
  'Sinhala',
  'Sogdian',
  'Sora_Sompeng',
  'Soyombo',
  'Sundanese',
  'Sunuwar',
  'Syloti_Nagri',
  'Syriac',
  'Tagalog',
  'Tagbanwa',
  'Tai_Le',
  'Tai_Tham',
  'Tai_Viet',
  'Tai_Yo',
  'Takri',
  'Tamil',
  'Tangsa',
  'Tangut',
  'Telugu',
  'Thaana',
  'Thai',
  'Tibetan',
  'Tifinagh',
  'Tirhuta',
  'Todhri',
  'Tolong_Siki',
  'Toto',
  'Tulu_Tigalari',
  'Ugaritic',
  'Vai',
  'Vithkuqi',
  'Wancho',
  'Warang_Citi',
  'Yezidi',
  'Yi',
  'Zanabazar_Square',
];

/** The script combinations UTS #39 "Highly Restrictive" allows besides a single script. */
const ALLOWED_COMBINATIONS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

let scriptPatterns: {name: string; pattern: RegExp}[] | undefined;
const scriptsByCodePoint = new Map<number, readonly string[]>();
const COUNTED = /[\p{L}\p{N}]/u;
const SHARED = /[\p{scx=Common}\p{scx=Inherited}]/u;

/** Scripts of one letter or digit (its Script_Extensions), or null for a character every script shares. */
function scriptsOf(char: string): readonly string[] | null {
  if (!COUNTED.test(char) || SHARED.test(char)) return null;
  const codePoint = char.codePointAt(0)!;
  let scripts = scriptsByCodePoint.get(codePoint);
  if (!scripts) {
    scriptPatterns ??= SCRIPT_NAMES.flatMap((name) => {
      try {
        return [{name, pattern: new RegExp(`\\p{scx=${name}}`, 'u')}];
      } catch {
        return [];
      }
    });
    const matched = scriptPatterns.filter(({pattern}) => pattern.test(char)).map(({name}) => name);
    scripts = matched.length > 0 ? matched : [`Unknown U+${codePoint.toString(16).toUpperCase()}`];
    scriptsByCodePoint.set(codePoint, scripts);
  }
  return scripts;
}

/**
 * Decodes the Punycode (`xn--`) labels of a host name. Labels longer than
 * DNS allows (63 characters) are left as they are: such a host cannot exist,
 * and decoding is not linear in a label's length.
 * @param host - an ASCII host name, as `new URL(…).hostname` gives it
 * @returns the host as its owner would write it, e.g. `аpple.com` for `xn--pple-43d.com`
 */
export function hostToUnicode(host: string): string {
  if (!host.toLowerCase().includes('xn--')) return host;
  return host
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label) || label.length > 63) return label;
      try {
        return punycode.decode(label.slice(4).toLowerCase());
      } catch {
        return label;
      }
    })
    .join('.');
}

/**
 * Lowercase letters that look like Latin letters (after the URL parser has
 * lowercased the host), per script: the basis of rule 2 in the file comment.
 */
const LATIN_LOOK_ALIKES: Record<string, RegExp> = {
  Cyrillic: /^[авгеёкмнопрстухъыьѕіїјӏԁԛԝһԍҽѵѡүɡ]+$/u,
  Greek: /^[αβγεικνορτυχωϲϳς]+$/u,
  Armenian: /^[օսոհցզաւ]+$/u,
};

/**
 * The scripts a host name mixes, when the mix is refused (see the file comment).
 * @param host - a host name, in Unicode or as Punycode (`xn--…` labels are decoded first)
 * @returns the scripts in order of first appearance (e.g. `['Cyrillic', 'Latin']`), or null when the host is fine
 */
export function mixedScriptsOf(host: string): string[] | null {
  const unicodeHost = hostToUnicode(host);
  if (/^[\x00-\x7F]*$/.test(unicodeHost)) return null;
  const labels = unicodeHost.split('.').filter(Boolean);
  for (const label of labels) {
    const mixed = mixedScriptsOfLabel(label);
    if (mixed) return mixed;
  }
  const topLevel = labels.at(-1) ?? '';
  if (!/^[a-z0-9-]+$/i.test(topLevel)) return null;
  for (const label of labels.slice(0, -1)) {
    // Digits and hyphens are every script's: раура1 is as much a look-alike as раура.
    const letters = label.replace(/[0-9-]/g, '');
    if (!letters) continue;
    for (const [script, lookAlikes] of Object.entries(LATIN_LOOK_ALIKES)) {
      if (lookAlikes.test(letters)) return [script, 'Latin'];
    }
  }
  return null;
}

/** The scripts one label mixes, when UTS #39 "Highly Restrictive" refuses the mix. */
function mixedScriptsOfLabel(label: string): string[] | null {
  const seen: string[] = [];
  const letters: (readonly string[])[] = [];
  for (const char of label) {
    const scripts = scriptsOf(char);
    if (!scripts) continue;
    letters.push(scripts);
    if (!seen.includes(scripts[0]!)) seen.push(scripts[0]!);
  }
  if (letters.length === 0) return null;
  // One script that every letter and digit has.
  const common = letters.reduce<readonly string[]>(
    (shared, scripts) => shared.filter((name) => scripts.includes(name)),
    letters[0]!,
  );
  if (common.length > 0) return null;
  const fits = (allowed: readonly string[]) =>
    letters.every((scripts) => scripts.some((name) => allowed.includes(name)));
  if (ALLOWED_COMBINATIONS.some(fits)) return null;
  return seen;
}

/**
 * Latin letters outside ASCII that are letters of their own in the languages that write them (German
 * ß, Danish and Norwegian æ ø, French œ, Icelandic þ ð, Croatian and Vietnamese đ, Maltese ħ, Polish
 * ł, Sami ŋ, Catalan ŀ), accepted in host names like accented letters.
 */
const DISTINCT_LATIN_LETTERS = new Set([...'ßæœøþðđħłŋŀ']);
/** Characters that join the words of a host label in some languages and look like nothing else (the katakana middle dot). */
const LABEL_PUNCTUATION = new Set(['\u30FB']);

/** A character of a host name that imitates another, and what it is. */
export type HostLookAlike = {char: string; kind: 'letter' | 'punctuation'};

/**
 * Finds a character of a host name that imitates a character of another host (UTS #39 confusables,
 * at the level browsers apply):
 * - a Latin letter outside ASCII that is neither an ASCII letter with accents (é, ü, ñ) nor one of the
 *   distinct letters of a European language (ß, æ, ø, ł…): the dotless ı of `mınneapolismn.gov`, the
 *   IPA ɡ of `ɡoogle.com`, the small capitals of `ᴘaypal.com`, the Latin alpha ɑ, the dotless ȷ;
 * - anything in a label that is not a letter, a mark, a digit or a hyphen: the fraction slash ⁄ and the
 *   division slash ∕ of `https://minneapolismn.gov⁄hotline.evil.example/`, which a reader takes for the
 *   end of the host while the browser reads them as part of it, middle dots, one-dot leaders, symbols.
 * @param host - a host name, in Unicode or as Punycode (`xn--…` labels are decoded first)
 * @returns the first such character, or null
 */
export function lookAlikeInHost(host: string): HostLookAlike | null {
  const unicodeHost = hostToUnicode(host);
  if (/^[\x00-\x7F]*$/.test(unicodeHost)) return null;
  for (const label of unicodeHost.split('.')) {
    for (const char of label) {
      if (char.charCodeAt(0) < 0x80) continue;
      if (!/[\p{L}\p{M}\p{N}]/u.test(char)) {
        if (!LABEL_PUNCTUATION.has(char)) return {char, kind: 'punctuation'};
        continue;
      }
      if (!/\p{scx=Latin}/u.test(char) || !/\p{L}/u.test(char)) continue;
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (/^[a-z]$/i.test(base) || DISTINCT_LATIN_LETTERS.has(char.toLowerCase())) continue;
      return {char, kind: 'letter'};
    }
  }
  return null;
}
