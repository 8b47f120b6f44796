import {findPhoneNumbersInText, isSupportedCountry, type CountryCode} from 'libphonenumber-js/max';
import {findUrlCandidates} from './urlCandidates';

/**
 * Phone numbers written in prose (safety rule 5), in any country's format,
 * in a text already normalised by normalizeText.ts (so every script's digits
 * are ASCII digits and every blank is a space). Three finders, whose
 * findings are merged:
 *
 * 1. libphonenumber's text matcher (Google's metadata, `libphonenumber-js/max`),
 *    once for each country the site serves (`setProsePhoneRegions`: the
 *    countries of the coalition's cities, and the United States): a national
 *    number such as `020 7946 0958` is only a number for the country whose
 *    format it follows.
 * 2. A country-independent heuristic: seven or more digits in groups
 *    separated by at most three characters of spacing or punctuation
 *    (`876~555~1234`, `876·555·1234`, `+1_876_555_1234`, `020 7946 0958`),
 *    with the letters O and l read as 0 and 1 inside a group of digits
 *    (`8O0 555 l234`). Letters that look like a dash (tatweel, modifier
 *    letters, Hangul eu) separate groups (`876ـ555ـ1234`), and a number glued
 *    to letters still counts (`612 555 1234a`, `x6125551234`). A run of groups is not a number when every group
 *    belongs to something else a text often holds: a date (2026-10-02,
 *    10/02/2026, 02.10.2026, with a time), a time (09:00), a year (1800–2199)
 *    or a range of them, an amount with thousands separators (1,000,000),
 *    a decimal number, an IPv4 address, a US ZIP+4 code, or the seven-digit
 *    NANP fictitious number 555-0100…0199 (which reaches no one in any area
 *    code). A comma or semicolon followed by a space, a square or curly bracket, a blank line, a letter,
 *    a year in brackets (`457 U.S. 202 (1982)`) or more than three other
 *    characters end a run, so lists of numbers and citations are not one
 *    number. Digits inside a web address are the address's (the address
 *    rules judge it).
 * 3. North American vanity numbers (`1-800-FLOWERS`, `1 800 HELP NOW`,
 *    `(612) GOT-HELP`): a 1 or an area code in brackets, or a toll-free
 *    code, then seven to ten keypad letters and digits.
 *
 * 4. SMS short codes with a keyword (`Text HELP to 55512`).
 *
 * Runs in time linear in the text's length: each finder reads each
 * character a bounded number of times.
 */

/** A phone number found in a text: where it starts and ends (offsets in the text given). */
export type PhoneSpan = {start: number; end: number};

/** The countries whose national formats are read when no others are set. */
export const DEFAULT_PROSE_PHONE_REGIONS: readonly CountryCode[] = ['US'];

let regions: readonly CountryCode[] = DEFAULT_PROSE_PHONE_REGIONS;

/**
 * Sets the countries whose national number formats libphonenumber reads in prose, for the rest of
 * the process: the countries of the coalition's cities (loadCoalition sets them), always with the
 * United States. Unknown codes are ignored.
 * @param countries - ISO 3166-1 alpha-2 codes, e.g. `['US', 'MX']`
 * @returns the countries now in use, sorted
 */
export function setProsePhoneRegions(countries: Iterable<string>): readonly CountryCode[] {
  const known = new Set<CountryCode>(DEFAULT_PROSE_PHONE_REGIONS);
  for (const country of countries)
    if (/^[A-Z]{2}$/.test(country) && isSupportedCountry(country))
      known.add(country as CountryCode);
  regions = [...known].sort();
  return regions;
}

/** The countries whose national formats are read in prose (see {@link setProsePhoneRegions}). */
export function prosePhoneRegions(): readonly CountryCode[] {
  return regions;
}

/** Fewest digits in a run that the heuristic reports (the shortest subscriber numbers in use have 7). */
export const MIN_DIGITS = 7;
/** Most characters between two groups of digits of one number. */
const MAX_SEPARATOR = 3;

/**
 * Finds the phone numbers in a normalised text.
 * @param text - text as normalizeText.ts gives it
 * @returns the spans, in order, overlapping findings merged
 */
export function findPhoneNumbersInProse(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  let digits = 0;
  for (let index = 0; index < text.length && digits < 4; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += 1;
  }
  // libphonenumber reads national numbers of four digits and more in some countries; the heuristic needs seven.
  if (digits >= 4) {
    for (const country of regions) {
      for (const found of findPhoneNumbersInText(text, {defaultCountry: country}))
        spans.push({start: found.startsAt, end: found.endsAt});
    }
    // Digits inside a web address are part of the address (an article id), not a number to call.
    const addresses = findUrlCandidates(text).map((candidate) => ({
      start: candidate.index,
      end: candidate.index + candidate.text.length,
    }));
    spans.push(
      ...findDigitRuns(text).filter(
        (span) =>
          !addresses.some((address) => span.start >= address.start && span.end <= address.end),
      ),
    );
  }
  spans.push(...findVanityNumbers(text));
  spans.push(...findShortCodes(text));
  return mergeSpans(spans);
}

function mergeSpans(spans: PhoneSpan[]): PhoneSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhoneSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({...span});
  }
  return merged;
}

/**
 * Letters that draw a line and are written between groups of digits as a dash: every modifier letter (Lm: Arabic
 * tatweel ـ, macron ˉ, low line ˍ, the Japanese long-vowel mark ー…) and the Hangul vowels eu (ㅡ U+3161, ᅳ U+1173,
 * ﾡ U+FFDA), which look like a dash. They split words, so `876ـ555ـ1234` is three groups.
 */
const DASH_LIKE_LETTER = /[\p{Lm}\u3161\u1173\uFFDA]/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const isWordCharacter = (char: string) => WORD_CHARACTER.test(char) && !DASH_LIKE_LETTER.test(char);
/** Letters read as digits inside a group of digits: O and o as 0, l and I as 1. */
const DIGIT_LOOK_ALIKES: Readonly<Record<string, string>> = {O: '0', o: '0', l: '1', I: '1'};

/** A group of digits: where it is, its digits (look-alike letters read as digits), and the separator before it. */
type Group = {start: number; end: number; digits: string; before: string};

/**
 * The heuristic (finder 2 of the file comment): splits the text into words and the characters between them,
 * strings groups of digits into runs, and reports each run of at least MIN_DIGITS digits that is not wholly
 * made of dates, times, years, amounts and the like.
 */
export function findDigitRuns(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  let run: Group[] = [];
  let gapStart = 0;
  const close = () => {
    if (run.length > 0 && isPhoneLike(run)) {
      const first = run[0]!;
      // A leading + or opening bracket belongs to the number.
      const lead = /[+(]*$/.exec(first.before)![0].length;
      const last = run.at(-1)!;
      spans.push({
        start: first.start - lead,
        end:
          last.end +
          (text[last.end] === ')' && first.before.endsWith('(') && run.length === 1 ? 1 : 0),
      });
    }
    run = [];
  };
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    if (!isWordCharacter(char)) {
      index += char.length;
      continue;
    }
    // A word: letters, digits and marks up to the next other character.
    let end = index + char.length;
    while (end < text.length) {
      const next = String.fromCodePoint(text.codePointAt(end)!);
      if (!isWordCharacter(next)) break;
      end += next.length;
    }
    const separator = text.slice(gapStart, index);
    const digits = groupDigits(text, index, end);
    // A number glued to letters still counts: alone when it has 7 to 15 digits (`x6125551234`,
    // `6125551234abc`; not a hexadecimal commit id), or as the last group of a number written with one separator
    // (`612 555 1234a`, `612.555.1234a`; not `00:00.000Z` or `1328.064ms`). The letters end the number.
    const glued = digits === null ? gluedDigits(text, index, end) : null;
    const before = separator.slice(-MAX_SEPARATOR);
    const endsRun =
      glued !== null &&
      !glued.lettersFirst &&
      glued.digits.length >= 2 &&
      run.length >= 2 &&
      joinsGroups(separator) &&
      run.at(-1)!.before === before &&
      run.slice(1).every((group) => group.before === before);
    if (glued && endsRun) {
      run.push({start: glued.start, end: glued.end, digits: glued.digits, before});
      close();
    } else if (
      glued &&
      glued.digits.length >= MIN_DIGITS &&
      glued.digits.length <= MAX_GLUED_DIGITS &&
      !COMMIT_ID.test(text.slice(index, end))
    ) {
      close();
      run.push({start: glued.start, end: glued.end, digits: glued.digits, before: ''});
      close();
    } else if (digits === null) {
      close();
    } else if (isYearInBrackets(text, separator, digits, end)) {
      // "457 U.S. 202 (1982)": a citation's year stands alone.
      close();
    } else {
      if (run.length > 0 && !joinsGroups(separator)) close();
      run.push({start: index, end, digits, before: separator.slice(-MAX_SEPARATOR)});
    }
    gapStart = end;
    index = end;
  }
  close();
  return spans;
}

/** The digits of a word that is a group of digits (with at most as many look-alike letters as digits), or null. */
function groupDigits(text: string, start: number, end: number): string | null {
  let digits = '';
  let lookAlikes = 0;
  for (let index = start; index < end; index += 1) {
    const char = text[index]!;
    if (char >= '0' && char <= '9') digits += char;
    else if (DIGIT_LOOK_ALIKES[char]) {
      digits += DIGIT_LOOK_ALIKES[char];
      lookAlikes += 1;
    } else return null;
  }
  return lookAlikes < digits.length - lookAlikes ? digits : null;
}

/** Most digits of a number glued to letters: E.164 numbers have at most 15 (`9007199254740992n` is a BigInt). */
const MAX_GLUED_DIGITS = 15;
/** A hexadecimal commit id, short (7–8 characters) or whole (40): `0604793f` is not a number glued to letters. */
const COMMIT_ID = /^(?:[0-9a-f]{7,8}|[0-9a-f]{40})$/;

/**
 * The digits of a word made of ASCII digits and then ASCII letters (`1234a`), or letters and then digits
 * (`x6125551234`), with where the digits are; null for any other word.
 */
function gluedDigits(
  text: string,
  start: number,
  end: number,
): {start: number; end: number; digits: string; lettersFirst: boolean} | null {
  const match = /^(?:(\d+)[A-Za-z]+|[A-Za-z]+(\d+))$/.exec(text.slice(start, end));
  if (!match) return null;
  if (match[1] !== undefined)
    return {start, end: start + match[1].length, digits: match[1], lettersFirst: false};
  return {start: end - match[2]!.length, end, digits: match[2]!, lettersFirst: true};
}

function isYearInBrackets(text: string, separator: string, digits: string, end: number): boolean {
  return (
    separator.endsWith('(') &&
    text[end] === ')' &&
    digits.length === 4 &&
    Number(digits) >= 1800 &&
    Number(digits) <= 2199
  );
}

/** Whether the characters between two groups keep them in one number. */
function joinsGroups(separator: string): boolean {
  if (separator.length === 0 || separator.length > MAX_SEPARATOR) return false;
  if (/[,;]\s/.test(separator)) return false;
  // No number is written with square or curly brackets: `We[2] 18:00-20:00` (opening_hours) is a week and a time.
  if (/[[\]{}]/.test(separator)) return false;
  return (separator.match(/\n/g) ?? []).length <= 1;
}

/** Whether a run of groups is a phone number rather than dates, amounts and the like. */
function isPhoneLike(groups: Group[]): boolean {
  // An IPv4 address (with its port) ends the number before it and starts another: `80 127.0.0.1:8080` in a
  // server configuration is a port, an address and a port, not a ten-digit number. One pass from the start
  // (iterative, so `1.1.1.1.` repeated over 100 KB is linear and does not overflow the stack).
  let segmentStart = 0;
  let index = 0;
  while (index + 4 <= groups.length) {
    if (!isIpv4(groups, index)) {
      index += 1;
      continue;
    }
    if (isPhoneLikeWithoutAddress(groups.slice(segmentStart, index))) return true;
    let after = index + 4;
    if (groups[after]?.before === ':' && lengthOf(groups, after) <= 5) after += 1;
    segmentStart = after;
    index = after;
  }
  return isPhoneLikeWithoutAddress(groups.slice(segmentStart));
}

/** {@link isPhoneLike} for a run that holds no IPv4 address. */
function isPhoneLikeWithoutAddress(groups: Group[]): boolean {
  const total = groups.reduce((sum, group) => sum + group.digits.length, 0);
  if (total < MIN_DIGITS) return false;
  // 555-0100…0199 without an area code: the fictitious range of every area code.
  if (groups.length === 2 && groups[0]!.digits === '555' && /^01\d\d$/.test(groups[1]!.digits))
    return false;
  // Can the run be cut, from the start, into pieces that are each something else? (Linear: a piece has at most 6 groups.)
  const explained = new Array<boolean>(groups.length + 1).fill(false);
  explained[0] = true;
  for (let from = 0; from < groups.length; from += 1) {
    if (!explained[from]) continue;
    for (const length of PIECE_LENGTHS) {
      if (from + length <= groups.length && isOtherNumber(groups, from, length))
        explained[from + length] = true;
    }
  }
  return !explained[groups.length];
}

const PIECE_LENGTHS = [1, 2, 3, 4, 5, 6];

/** The separator before group `index` of a run, without surrounding spaces (what joins it to the group before). */
const joiner = (groups: Group[], index: number) => groups[index]!.before.trim();
const lengthOf = (groups: Group[], index: number) => groups[index]!.digits.length;
const valueOf = (groups: Group[], index: number) => Number(groups[index]!.digits);

/** Whether groups[from, from + length) are a date, a time, a year, an amount, a decimal, an IPv4 address or a ZIP+4. */
function isOtherNumber(groups: Group[], from: number, length: number): boolean {
  const sep = (offset: number) => groups[from + offset]!.before;
  const len = (offset: number) => lengthOf(groups, from + offset);
  const value = (offset: number) => valueOf(groups, from + offset);
  switch (length) {
    case 1:
      // A year, 1800–2199 (also in a range: 2019–2024).
      return len(0) === 4 && value(0) >= 1800 && value(0) <= 2199;
    case 2: {
      const between = sep(1);
      // A time (09:00), a ZIP+4 code (55411-1234).
      if (between === ':' && len(0) <= 2 && len(1) === 2) return true;
      if (between === '-' && len(0) === 5 && len(1) === 4) return true;
      // A decimal or a thousand (44.9778, 3,5, 12,000), unless the same mark goes on (612.555.2020 is no decimal and year).
      const continues =
        groups[from + 2]?.before === between || (from > 0 && groups[from]!.before === between);
      return (between === '.' || between === ',') && len(0) <= 3 && !continues;
    }
    case 3:
      return isDate(groups, from) || isTime(groups, from, 3) || isThousands(groups, from, 3);
    case 4:
      return isIpv4(groups, from) || isThousands(groups, from, 4);
    case 5:
      // A date and a time (2026-10-02 09:00).
      return isDate(groups, from) && /^\s$/.test(sep(3)) && isTime(groups, from + 3, 2);
    case 6:
      return isDate(groups, from) && /^\s$/.test(sep(3)) && isTime(groups, from + 3, 3);
    default:
      return false;
  }
}

function isDate(groups: Group[], from: number): boolean {
  if (from + 3 > groups.length) return false;
  const [a, b, c] = [0, 1, 2].map((offset) => lengthOf(groups, from + offset));
  const [first, second] = [joiner(groups, from + 1), joiner(groups, from + 2)];
  if (
    first !== second ||
    !/^[-/.]$/.test(first) ||
    groups[from + 1]!.before.length !== 1 ||
    groups[from + 2]!.before.length !== 1
  )
    return false;
  // 2026-10-02, or 02.10.2026, 10/2/26.
  return (a === 4 && b! <= 2 && c! <= 2) || (a! <= 2 && b! <= 2 && (c === 2 || c === 4));
}

function isTime(groups: Group[], from: number, count: number): boolean {
  if (from + count > groups.length) return false;
  if (lengthOf(groups, from) > 2) return false;
  for (let offset = 1; offset < count; offset += 1) {
    if (groups[from + offset]!.before !== ':' || lengthOf(groups, from + offset) !== 2)
      return false;
  }
  return true;
}

/** 1,000,000 or 1.000.000 or 1'000'000 (never with spaces: numbers are written 612 345 678). */
function isThousands(groups: Group[], from: number, count: number): boolean {
  if (from + count > groups.length) return false;
  const first = groups[from]!;
  if (first.digits.length > 3 || first.digits.startsWith('0')) return false;
  const mark = groups[from + 1]!.before;
  if (![',', '.', "'"].includes(mark)) return false;
  for (let offset = 1; offset < count; offset += 1) {
    if (groups[from + offset]!.before !== mark || lengthOf(groups, from + offset) !== 3)
      return false;
  }
  return true;
}

function isIpv4(groups: Group[], from: number): boolean {
  if (from + 4 > groups.length) return false;
  for (let offset = 0; offset < 4; offset += 1) {
    const group = groups[from + offset]!;
    if (
      group.digits.length > 3 ||
      Number(group.digits) > 255 ||
      (offset > 0 && group.before !== '.')
    )
      return false;
  }
  return true;
}

/**
 * North American vanity numbers (finder 3 of the file comment). Letters in upper case, or joined to the
 * number by a hyphen (1-800-Flowers); every repetition is bounded, so the work per position is constant.
 */
const VANITY =
  /(?<![\p{L}\p{N}])(?:(?:\+?1[ .-]{1,2})\(?[2-9]\d{2}\)?|\([2-9]\d{2}\)|8(?:00|33|44|55|66|77|88))(?:[ .]{1,2}([A-Z0-9](?:[ .-]?[A-Z0-9]){6,9})|-([A-Za-z0-9](?:[.-]?[A-Za-z0-9]){6,9}))(?![\p{L}\p{N}])/gu;

function findVanityNumbers(text: string): PhoneSpan[] {
  if (!/[A-Za-z]/.test(text) || !/\d{3}/.test(text)) return [];
  const spans: PhoneSpan[] = [];
  for (const match of text.matchAll(VANITY)) {
    // At least one letter (all digits is the heuristic's to judge).
    if (!/[A-Za-z]/.test(match[1] ?? match[2]!)) continue;
    spans.push({start: match.index, end: match.index + match[0].length});
  }
  return spans;
}

/**
 * SMS short codes with a keyword (finder 4 of the file comment): `Text HELP to 55512`, `SMS STOP to 555-12`,
 * `Envía AYUDA al 55512`, `Envoyez AIDE au 55512`. Only this shape (a texting verb, one keyword, "to" and four to
 * six digits) is read, so amounts and counts in prose are not short codes.
 */
const SHORT_CODE =
  /(?<![\p{L}\p{N}])(?:text|txt|sms|envía|envia|textea|envoyez|envoie)\s{1,3}["'“«]?[\p{L}\p{N}]{1,20}["'”»]?\s{1,3}(?:to|al|a|au)\s{1,3}(\d(?:[ .-]?\d){3,5})(?![\p{L}\p{N}])/giu;

function findShortCodes(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  for (const match of text.matchAll(SHORT_CODE)) {
    const end = match.index + match[0].length;
    // "Text messages to 2026": a year, not a short code.
    if (/^(?:18|19|20|21)\d\d$/.test(match[1]!)) continue;
    spans.push({start: end - match[1]!.length, end});
  }
  return spans;
}
