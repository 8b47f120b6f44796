/**
 * Invisible and direction-changing characters that contributed text may not
 * contain (DESIGN.md safety rule 10; "Trojan Source", CVE-2021-42574): they
 * can make a name, a number or a link read differently from what it is.
 * The one definition used for YAML fields, front matter and Markdown alike.
 *
 * Refused: every control character (general category Cc) other than tab, line
 * feed and carriage return (attack review 3), and every code point with the
 * Unicode property Default_Ignorable_Code_Point or the general category
 * Format (Cf), except
 * where ordinary writing needs it:
 * - the zero-width non-joiner and joiner (U+200C, U+200D), part of Persian,
 *   Dari and Indic words and of emoji sequences such as 👩‍⚖️, between two
 *   non-ASCII characters. At the start or end of a text, or beside an ASCII
 *   character, they could split a number, an address or a link unseen;
 * - variation selectors (text or emoji style, CJK ideographic variants, the
 *   Mongolian free variation selectors) right after a non-ASCII character,
 *   and in a keycap emoji such as 1️⃣ (digit, U+FE0F, U+20E3);
 * - tag characters inside an emoji tag sequence (a subdivision flag such
 *   as 🏴󠁧󠁢󠁳󠁣󠁴󠁿: U+1F3F4, tags, U+E007F CANCEL TAG);
 * - the Arabic, Syriac and Kaithi number marks (prepended concatenation
 *   marks such as U+0600), which are visible signs.
 */

// Control characters (Cc) other than tab and line ends: a backspace or a bell splits an address or a number for
// the rules and is invisible on the page, and an escape sequence rewrites a maintainer's terminal.
const FORMAT_OR_IGNORABLE =
  /[\p{Default_Ignorable_Code_Point}\p{Cf}\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/u;
const VARIATION_SELECTOR = /\p{Variation_Selector}/u;
const VISIBLE_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const JOINERS = new Set([0x200c, 0x200d]);
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;
const KEYCAP = 0x20e3;
const isTagSpec = (codePoint: number) => codePoint >= 0xe0020 && codePoint <= 0xe007e;
const isAscii = (codePoint: number | undefined) => codePoint !== undefined && codePoint < 0x80;

/** One refused character: where it is and which it is. */
export type HiddenCharacter = {
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  codePoint: number;
  /** Code point and Unicode name, e.g. `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  label: string;
};

/**
 * Finds the invisible and direction-changing characters a text may not
 * contain (see the file comment), in one pass.
 * @param text - any text
 * @param limit - stop after this many (default: all)
 * @returns the refused characters, in order
 */
export function findHiddenCharacters(
  text: string,
  limit = Number.POSITIVE_INFINITY,
): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  // Fast path: nothing outside printable ASCII, tab and newlines.
  if (/^[\t\n\r\x20-\x7E]*$/.test(text)) return found;
  const codePoints: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    codePoints.push(char.codePointAt(0)!);
    offsets.push(offset);
    offset += char.length;
  }
  for (let index = 0; index < codePoints.length && found.length < limit; index += 1) {
    const codePoint = codePoints[index]!;
    if (codePoint === BLACK_FLAG) {
      // An emoji tag sequence: skip its tags when it is well formed.
      let end = index + 1;
      while (end < codePoints.length && isTagSpec(codePoints[end]!)) end += 1;
      if (end > index + 1 && codePoints[end] === CANCEL_TAG) index = end;
      continue;
    }
    const char = String.fromCodePoint(codePoint);
    if (!FORMAT_OR_IGNORABLE.test(char) || VISIBLE_FORMAT.test(char)) continue;
    const previous = codePoints[index - 1];
    const next = codePoints[index + 1];
    const betweenLetters =
      previous !== undefined && next !== undefined && !isAscii(previous) && !isAscii(next);
    if (JOINERS.has(codePoint) && betweenLetters) continue;
    if (VARIATION_SELECTOR.test(char) && previous !== undefined) {
      const keycap =
        codePoint === 0xfe0f && /[#*0-9]/.test(String.fromCodePoint(previous)) && next === KEYCAP;
      const afterCharacter =
        !isAscii(previous) && !FORMAT_OR_IGNORABLE.test(String.fromCodePoint(previous));
      if (keycap || afterCharacter) continue;
    }
    found.push({offset: offsets[index]!, codePoint, label: describeCodePoint(codePoint)});
  }
  return found;
}

/**
 * Whether a text contains a refused invisible or direction-changing character.
 * @param text - any text
 */
export function hasHiddenCharacter(text: string): boolean {
  return findHiddenCharacters(text, 1).length > 0;
}

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0xe0001: 'LANGUAGE TAG',
  0xe0020: 'TAG SPACE',
  0xe007f: 'CANCEL TAG',
};
const MONGOLIAN_SELECTORS = ['ONE', 'TWO', 'THREE', 'FOUR'];
const DIGIT_NAMES = [
  'ZERO',
  'ONE',
  'TWO',
  'THREE',
  'FOUR',
  'FIVE',
  'SIX',
  'SEVEN',
  'EIGHT',
  'NINE',
];

/**
 * The code point and Unicode name of an invisible character, for messages.
 * @param codePoint - e.g. 0x202E
 * @returns e.g. `U+202E RIGHT-TO-LEFT OVERRIDE`; characters outside the table get a generic name
 */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} ${nameOf(codePoint)}`;
}

function nameOf(codePoint: number): string {
  const known = NAMES[codePoint];
  if (known) return known;
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
    return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
    return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  if ((codePoint >= 0x180b && codePoint <= 0x180d) || codePoint === 0x180f) {
    return `MONGOLIAN FREE VARIATION SELECTOR ${MONGOLIAN_SELECTORS[codePoint === 0x180f ? 3 : codePoint - 0x180b]}`;
  }
  if (isTagSpec(codePoint)) {
    const ascii = String.fromCodePoint(codePoint - 0xe0000);
    if (/[a-z]/.test(ascii)) return `TAG LATIN SMALL LETTER ${ascii.toUpperCase()}`;
    if (/[A-Z]/.test(ascii)) return `TAG LATIN CAPITAL LETTER ${ascii}`;
    if (/[0-9]/.test(ascii)) return `TAG DIGIT ${DIGIT_NAMES[Number(ascii)]}`;
    return `TAG CHARACTER "${ascii}"`;
  }
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'CONTROL CHARACTER';
  return 'INVISIBLE FORMAT CHARACTER';
}
