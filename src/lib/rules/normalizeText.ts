/**
 * The one normalisation that the phone, e-mail, invite and web-address rules
 * read text through (DESIGN.md safety rule 10), so that a disguise which
 * does not change what a reader sees does not change what the rules see:
 *
 * 1. Invisible and format characters are removed: every code point with the
 *    Unicode property Default_Ignorable_Code_Point or the general category
 *    Format (Cf): soft hyphen, zero-width space, joiner and non-joiner, word
 *    joiner, byte order mark, bidirectional controls, the Mongolian vowel
 *    separator, variation selectors, tag characters and the rest.
 * 2. What is left is put in Unicode Normalization Form KC (UAX #15), which
 *    folds compatibility look-alikes onto the plain character: full-width
 *    digits and letters, ligatures, superscripts, no-break and other spaces.
 * 3. What NFKC leaves but a reader still reads as a digit, a space or a dot
 *    is folded too (`foldForRules`): every decimal digit of every script
 *    (general category Nd: Arabic-Indic ٣, Persian ۳, Devanagari ३, Bengali,
 *    Thai…) and the Chinese numerals 〇 to 九 become 0–9; the circled and
 *    dingbat digits NFKC keeps (❶ ➊ ➀ ⓵ ⓫ ⓿) become their number; every
 *    blank-looking separator (any space separator Zs, such as U+1680 OGHAM
 *    SPACE MARK, the line and paragraph separators U+2028/U+2029, and
 *    U+2800 BRAILLE PATTERN BLANK) becomes a space; the ideographic full
 *    stops U+3002 and U+FF61, which browsers read as the dot of a host name
 *    (UTS #46), become ".". So `+۱ ۸۷۶ ۵۵۵ ۱۲۳۴`, `➏➊➋⠀555⠀0142` and
 *    `help@evil。com` read as the number and the address they are.
 * 4. Combining marks (general category M) that NFKC left on a character
 *    that reads as ASCII or as a number are removed (`foldForRules`): the
 *    keycap of `6️⃣1️⃣2️⃣` (U+20E3), the underline of `6̲1̲2̲` or `h̲e̲l̲p̲@̲e̲v̲i̲l̲.̲c̲o̲m̲`
 *    (U+0332), strike-through (U+0336) and every other mark a reader looks
 *    through to the digit or letter under it. Marks on the letters of other
 *    scripts (Devanagari vowel signs, Arabic harakat…) are kept: they are
 *    part of the word, and no number or address is written with them.
 *
 * Every character of the result remembers the span of the original it came
 * from, so a problem found in the normalised text is reported at the right
 * line and column of what the contributor wrote.
 */

/**
 * Characters removed before the rules read a text (Unicode properties, so the
 * set follows the Unicode version of the JavaScript engine).
 */
export const REMOVED_CHARACTERS = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const REMOVED_CHARACTERS_GLOBAL = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * Whether a code point can combine with the character before it under NFKC:
 * its compatibility decomposition starts with a combining mark (canonical
 * combining class > 0, all of which are marks) or with a Hangul vowel or
 * trailing consonant jamo, the only starters that compose with a preceding
 * starter.
 */
const JOINS_PREVIOUS = /^(?:\p{M}|[\u1160-\u11FF\uD7B0-\uD7FF])/u;
const ASCII = /^[\x00-\x7F]*$/;
const MARK = /\p{M}/u;
/** A character and the combining marks on it. */
const MARKED_GLOBAL = /(\P{M})(\p{M}+)/gu;
/** Drops the marks of a MARKED_GLOBAL match when the character under them reads as ASCII or a number. */
const dropMarks = (whole: string, base: string) => (readsAsAscii(base) ? base : whole);
const NUMBER_OR_ASCII = /^[\x00-\x7F\p{N}]$/u;
const readsAsAsciiCache = new Map<string, boolean>();

/**
 * Whether a character reads as ASCII or as a number (so a mark on it hides nothing a reader needs): its
 * compatibility decomposition starts with an ASCII character (`é`, `６`), or it is a number of any script.
 */
function readsAsAscii(char: string): boolean {
  if (NUMBER_OR_ASCII.test(char)) return true;
  let reads = readsAsAsciiCache.get(char);
  if (reads === undefined) {
    reads = ASCII.test(foldForRules(String.fromCodePoint(char.normalize('NFKD').codePointAt(0)!)));
    readsAsAsciiCache.set(char, reads);
  }
  return reads;
}

/** Characters `foldForRules` changes (step 3 of the file comment). */
const FOLDED =
  /[\p{Nd}\p{No}\p{Zs}\u2028\u2029\u2800\u3002\uFF61\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]/u;
const FOLDED_GLOBAL = new RegExp(FOLDED.source, 'gu');
const DECIMAL_DIGIT = /\p{Nd}/u;
const BLANK = /[\p{Zs}\u2028\u2029\u2800]/u;
/** Chinese numerals 〇 to 九, read as digits in a number written with them. */
const HAN_DIGITS = '\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D';

/**
 * Digit-like characters of the general category No that NFKC does not fold, with their number:
 * dingbat negative circled digits ❶–❿, dingbat circled sans-serif ➀–➉ and negative ➊–➓, double
 * circled ⓵–⓾, negative circled ⓫–⓴ and ⓿, and the circled sans-serif zeros 🄋 🄌.
 */
const CIRCLED_RUNS: readonly [first: number, last: number, firstValue: number][] = [
  [0x2776, 0x277f, 1],
  [0x2780, 0x2789, 1],
  [0x278a, 0x2793, 1],
  [0x24f5, 0x24fe, 1],
  [0x24eb, 0x24f4, 11],
  [0x24ff, 0x24ff, 0],
  [0x1f10b, 0x1f10c, 0],
];

const folded = new Map<string, string>();

/**
 * Folds what NFKC leaves but a reader reads as a digit, a space or a host-name dot (step 3 of the
 * file comment). Every other character is kept as it is.
 * @param text - text already in NFKC (ASCII text is returned as it is)
 * @returns the folded text (a circled ten or twenty becomes two digits; everything else keeps its length in code points)
 */
export function foldForRules(text: string): string {
  if (ASCII.test(text)) return text;
  const unmarked = MARK.test(text) ? text.replace(MARKED_GLOBAL, dropMarks) : text;
  if (!FOLDED.test(unmarked)) return unmarked;
  return unmarked.replace(FOLDED_GLOBAL, (char) => {
    let out = folded.get(char);
    if (out === undefined) {
      out = foldCharacter(char);
      folded.set(char, out);
    }
    return out;
  });
}

function foldCharacter(char: string): string {
  if (char >= '0' && char <= '9') return char;
  const codePoint = char.codePointAt(0)!;
  if (DECIMAL_DIGIT.test(char)) {
    // Decimal digits come in runs of ten starting at zero (Unicode's stability policy): count back to the run's start.
    let start = codePoint;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    return String((codePoint - start) % 10);
  }
  if (BLANK.test(char)) return ' ';
  if (char === '\u3002' || char === '\uFF61') return '.';
  const han = HAN_DIGITS.indexOf(char);
  if (han >= 0) return String(han);
  for (const [first, last, value] of CIRCLED_RUNS) {
    if (codePoint >= first && codePoint <= last) return String(value + codePoint - first);
  }
  return char;
}

/** A text as the rules read it, with the way back to the original. */
export type NormalizedText = {
  /** The original text. */
  original: string;
  /** The normalised text (invisible characters removed, NFKC, digits, blanks and host dots folded). */
  text: string;
  /**
   * Offset in the original (UTF-16 code units) where the character at `index`
   * of `text` comes from; `index === text.length` gives the original's length.
   */
  originalStart(index: number): number;
  /** Offset in the original just after the character at `index - 1` of `text` (an exclusive end). */
  originalEnd(index: number): number;
  /** The part of the original behind `text.slice(start, end)`, hidden characters and all. */
  originalSlice(start: number, end: number): string;
};

/**
 * Normalises a text for the rules (see the file comment) in time linear in its length.
 * @param original - any text
 * @returns the normalised text and the mapping of its offsets back to `original`
 */
export function normalizeText(original: string): NormalizedText {
  // Most texts are plain ASCII (which has no format characters): nothing to do.
  if (ASCII.test(original)) return identity(original);
  // Several rules read the same text one after the other.
  if (lastNormalized?.original === original) return lastNormalized;
  lastNormalized = normalizeOnce(original);
  return lastNormalized;
}

let lastNormalized: NormalizedText | undefined;

function normalizeOnce(original: string): NormalizedText {
  const expected = foldForRules(
    original
      .replace(REMOVED_CHARACTERS_GLOBAL, '')
      .normalize('NFKC')
      .replace(REMOVED_CHARACTERS_GLOBAL, ''),
  );
  // Normalising piece by piece keeps the mapping exact; a text whose pieces
  // compose across the cut (which the property tests have not found) falls
  // back to coarser pieces, so the text read is always the true NFKC form.
  const fine = normalizeByPieces(original, (decomposed) => !JOINS_PREVIOUS.test(decomposed));
  if (fine.text === expected) return fine;
  const coarse = normalizeByPieces(
    original,
    (decomposed, previous) => /\s/.test(previous) && !JOINS_PREVIOUS.test(decomposed),
  );
  if (coarse.text === expected) return coarse;
  const ends = new Int32Array(expected.length).fill(original.length);
  return withMapping(original, expected, new Int32Array(expected.length), ends);
}

function identity(original: string): NormalizedText {
  return {
    original,
    text: original,
    originalStart: (index) => index,
    originalEnd: (index) => index,
    originalSlice: (start, end) => original.slice(start, end),
  };
}

/**
 * Splits the original into pieces that start where `startsPiece` says,
 * drops removed characters, normalises each piece and records, for every
 * character of the output, the original span of its piece (or the exact
 * character when the piece keeps its length).
 */
function normalizeByPieces(
  original: string,
  startsPiece: (decomposed: string, previous: string) => boolean,
): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pieceStart = -1;
  let piece = '';
  let pieceOffsets: number[] = [];
  let previous = ' ';
  const flush = (end: number) => {
    if (pieceStart < 0) return;
    const normalized = foldForRules(piece.normalize('NFKC').replace(REMOVED_CHARACTERS_GLOBAL, ''));
    if (normalized === piece) {
      // Same characters: map each one to its own place (the original may have had hidden characters in between).
      for (let index = 0; index < piece.length; index += 1) {
        starts.push(pieceOffsets[index]!);
        ends.push(index + 1 < piece.length ? pieceOffsets[index + 1]! : end);
      }
    } else {
      for (let index = 0; index < normalized.length; index += 1) {
        starts.push(pieceStart);
        ends.push(end);
      }
    }
    out.push(normalized);
    pieceStart = -1;
    piece = '';
    pieceOffsets = [];
  };
  let offset = 0;
  let lastKeptEnd = 0;
  for (const char of original) {
    if (!REMOVED_CHARACTERS.test(char)) {
      if (pieceStart < 0 || startsPiece(char.normalize('NFKD'), previous)) {
        flush(lastKeptEnd);
        pieceStart = offset;
      }
      for (let unit = 0; unit < char.length; unit += 1) pieceOffsets.push(offset + unit);
      piece += char;
      previous = char;
      lastKeptEnd = offset + char.length;
    }
    offset += char.length;
  }
  flush(lastKeptEnd);
  return withMapping(original, out.join(''), Int32Array.from(starts), Int32Array.from(ends));
}

function withMapping(
  original: string,
  text: string,
  starts: Int32Array,
  ends: Int32Array,
): NormalizedText {
  const originalStart = (index: number) =>
    index >= text.length ? original.length : starts[Math.max(0, index)]!;
  const originalEnd = (index: number) => (index <= 0 ? 0 : ends[Math.min(index, text.length) - 1]!);
  return {
    original,
    text,
    originalStart,
    originalEnd,
    originalSlice: (start, end) => original.slice(originalStart(start), originalEnd(end)),
  };
}
