import {findPersonalData} from '../personalData';
import {findDigitRuns} from '../phoneInText';
import {checkPlainText} from '../plainText';

/**
 * Second attack review, A1 and A8: a number or an address hidden by combining marks (keycaps,
 * underlines, strike-through), split by letters that look like a dash, glued to letters, spelt out
 * with "at" and "dot", or written as an SMS short code with a keyword, is refused in prose.
 */

const kindsOf = (text: string) => findPersonalData(text).map((hit) => hit.kind);
const place = {file: 'x.yml', line: 1, column: 1, field: 'label'};
const errorRules = (text: string) =>
  checkPlainText(text, place)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => problem.rule);

describe('digits under combining marks are read as digits (A1)', () => {
  it.each([
    ['keycap digits with U+FE0F', 'Call 6️⃣1️⃣2️⃣ 5️⃣5️⃣5️⃣ 1️⃣2️⃣3️⃣4️⃣'],
    [
      'keycap digits without U+FE0F',
      'Call 6\u20E31\u20E32\u20E3 5\u20E35\u20E35\u20E3 1\u20E32\u20E33\u20E34\u20E3',
    ],
    ['full-width keycap digits', 'Call \uFF16\u20E3\uFF11\u20E3\uFF12\u20E3 555 1234'],
    ['underlined digits', 'Call 6̲1̲2̲ 5̲5̲5̲ 1̲2̲3̲4̲'],
    ['struck-through separator', 'Call +1 876\u0336555\u03361234'],
    ['underline as separator', 'Call 612\u0332555\u03321234'],
    ['double underline and overline', 'Call 6\u03331\u03052\u0333 555 1234'],
    ['several marks on one digit', 'Call 6\u0332\u0336\u030312 555 1234'],
    ['marks on Arabic-Indic digits', 'Call \u0666\u0332\u0661\u0332\u0662 555 1234'],
  ])('%s', (_name, text) => {
    expect(kindsOf(text)).toContain('phone');
    expect(errorRules(text)).toContain('phone-in-prose');
  });

  it('reports the number at the place the contributor wrote it', () => {
    const text = 'Call 6\u20E31\u20E32\u20E3 555 1234 now';
    const [hit] = findPersonalData(text);
    expect(hit!.text).toBe('612 555 1234');
    expect(text.slice(hit!.offset, hit!.end)).toBe('6\u20E31\u20E32\u20E3 555 1234');
  });
});

describe('letters that look like a dash separate groups of digits (A1)', () => {
  it.each([
    ['Arabic tatweel', 'Call +1 876\u0640555\u06401234 now'],
    ['Hangul letter eu', 'Call 612\u3161555\u31611234'],
    ['Hangul jungseong eu', 'Call 612\u1173555\u11731234'],
    ['half-width Hangul eu', 'Call 612\uFFDA555\uFFDA1234'],
    ['modifier letter macron', 'Call 612\u02C9555\u02C91234'],
    ['modifier letter low macron', 'Call 612\u02CD555\u02CD1234'],
    ['katakana long-vowel mark', 'Call 612\u30FC555\u30FC1234'],
  ])('%s', (_name, text) => {
    expect(kindsOf(text)).toContain('phone');
  });
});

describe('a number glued to letters is still a number (A1)', () => {
  it.each(['Call 612 555 1234a', 'Call 6125551234abc', 'Call +18765551234abc', 'Call x6125551234'])(
    '%s',
    (text) => {
      expect(kindsOf(text)).toContain('phone');
    },
  );

  it.each([
    'Chapters 1a 2b 3c 4d 5e 6f 7g',
    'the 2nd, 3rd and 4th floors',
    'Open 9am to 5pm, rooms 12b and 14c',
    'Form I-130 and form G28 and 1040EZ',
    'Doors open at 10am 2026-10-02',
    'v0.10.0 (2017-01-28) and v1.2.3 - 2013-06-25',
    'at 00:00.000Z and 12:20.003537Z',
    'took 1328.064ms, 0.06 (1264ms)',
    'fixed in commit 0604793f',
    'the BigInt 9007199254740992n',
  ])('is not misled by ordinal numbers and codes: %s', (text) => {
    expect(kindsOf(text)).not.toContain('phone');
  });

  it('reads a glued group as the last (or first) group of a run only', () => {
    expect(findDigitRuns('1a 2b 3c 4d 5e 6f 7g 8h')).toEqual([]);
  });
});

describe('e-mail addresses under combining marks or spelt out with words (A1, A8)', () => {
  it.each([
    ['one underlined letter', 'Write to help@e̲vil.com now'],
    ['every character underlined', 'Write to h̲e̲l̲p̲@̲e̲v̲i̲l̲.̲c̲o̲m̲ now'],
    ['an accented letter underlined', 'Write to h\u00E9\u0332lp@evil.com now'],
    ['at and dot as words', 'write to help at evil dot com'],
    ['at and dots as words, subdomain', 'write to help at mail dot evil dot org please'],
    ['upper case words', 'write to HELP AT EVIL DOT NET'],
  ])('%s', (_name, text) => {
    expect(kindsOf(text)).toContain('email');
    expect(errorRules(text)).toContain('email-in-prose');
  });

  it.each([
    'We meet at the park dot com',
    'Meet at noon. Dot the i.',
    'Look at it dot by dot',
    'We arrive at Central Station',
  ])('leaves prose with "at" and "dot" alone: %s', (text) => {
    expect(kindsOf(text)).not.toContain('email');
  });
});

describe('SMS short codes with a keyword (A8)', () => {
  it.each([
    'Text HELP to 55512',
    'Text HELP to 555-12',
    'txt "STOP" to 5551',
    'SMS JOIN to 555 123',
    'Envía AYUDA al 55512',
    'Envoyez AIDE au 55512',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('phone');
  });

  it.each([
    'Text your friends to 3 people',
    'Send 5 dollars to 2000 families',
    'Text us between 9 and 17',
    'Text messages to 2026 were kept',
  ])('leaves other prose alone: %s', (text) => {
    expect(kindsOf(text)).not.toContain('phone');
  });
});

describe('marks the rules keep', () => {
  it('keeps the marks of other scripts, so their words are read as written', () => {
    expect(findPersonalData('हिन्दी में सहायता, ১২৩ টাকা')).toEqual([]);
  });
});

describe('IPv4-like runs of any length (A5)', () => {
  it.each([
    ['dotted digits', '1.'],
    ['IPv4-like quads', '1.1.1.1 '],
    ['IPv4-like quads with ports', '1.1.1.1:80 '],
  ])('reads 100 KB of %s without overflowing the stack', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    expect(() => findDigitRuns(text)).not.toThrow();
    expect(findDigitRuns(text)).toEqual([]);
  });

  it('still finds a number between addresses', () => {
    const text = 'listen 127.0.0.1:8080 call 612 555 1234 or 10.0.0.1 and 10.0.0.2';
    const spans = findDigitRuns(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['612 555 1234']);
    expect(findDigitRuns('1.1.1.1 612 555 1234 2.2.2.2')).toHaveLength(1);
  });
});
