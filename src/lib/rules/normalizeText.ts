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

/** A text as the rules read it, with the way back to the original. */
export type NormalizedText = {
  /** The original text. */
  original: string;
  /** The normalised text (invisible characters removed, NFKC). */
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
  const expected = original.replace(REMOVED_CHARACTERS_GLOBAL, '').normalize('NFKC').replace(REMOVED_CHARACTERS_GLOBAL, '');
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
    const normalized = piece.normalize('NFKC').replace(REMOVED_CHARACTERS_GLOBAL, '');
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

function withMapping(original: string, text: string, starts: Int32Array, ends: Int32Array): NormalizedText {
  const originalStart = (index: number) => (index >= text.length ? original.length : starts[Math.max(0, index)]!);
  const originalEnd = (index: number) => (index <= 0 ? 0 : ends[Math.min(index, text.length) - 1]!);
  return {
    original,
    text,
    originalStart,
    originalEnd,
    originalSlice: (start, end) => original.slice(originalStart(start), originalEnd(end)),
  };
}
