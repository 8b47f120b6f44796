import fc from 'fast-check';
import {findChatInvite, findChatInvites} from '../chatInvites';
import {foldForRules, normalizeText, REMOVED_CHARACTERS} from '../normalizeText';
import {findPersonalData} from '../personalData';

const stripAll = (text: string) => text.replace(new RegExp(REMOVED_CHARACTERS.source, 'gu'), '');

describe('normalizeText (issue 13: one normalisation before the rules read a text)', () => {
  it('removes invisible and format characters and applies NFKC', () => {
    expect(
      normalizeText('a\u00ADb\u200Bc\u200Dd\u2060e\uFEFFf\u202Eg\u180Eh\uFE0Fi\u{E0041}j').text,
    ).toBe('abcdefghij');
    expect(normalizeText('\uFF16\uFF11\uFF12 \uFB01 x\u00B2 \u00A0').text).toBe('612 fi x2  ');
    expect(normalizeText('e\u0301').text).toBe('\u00E9');
    // Removal comes first, so a hidden character between a letter and its accent does not stop composition.
    expect(normalizeText('e\u200B\u0301').text).toBe('\u00E9');
  });

  it('maps every character back to what the contributor wrote', () => {
    const original = 'Call \uFF16\u200D12 now';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('Call 612 now');
    expect(normalized.originalStart(5)).toBe(5);
    expect(normalized.originalStart(6)).toBe(7); // the "1" after the joiner
    expect(normalized.originalSlice(5, 8)).toBe('\uFF16\u200D12');
    expect(normalized.originalStart(normalized.text.length)).toBe(original.length);
  });

  it('gives the true NFKC form of any text, with offsets that only grow (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), (text) => {
        const normalized = normalizeText(text);
        expect(normalized.text).toBe(foldForRules(stripAll(stripAll(text).normalize('NFKC'))));
        for (let index = 1; index < normalized.text.length; index += 1) {
          expect(normalized.originalStart(index)).toBeGreaterThanOrEqual(
            normalized.originalStart(index - 1),
          );
          expect(normalized.originalEnd(index)).toBeLessThanOrEqual(text.length);
        }
      }),
      {numRuns: 300, seed: 13},
    );
  });
});

describe('digits of every script, blanks and host dots are folded (attack findings F2, F7)', () => {
  it.each([
    ['Arabic-Indic', '+\u0661 \u0668\u0667\u0666 \u0665\u0665\u0665 \u0661\u0662\u0663\u0664'],
    ['Persian', '+\u06F1 \u06F8\u06F7\u06F6 \u06F5\u06F5\u06F5 \u06F1\u06F2\u06F3\u06F4'],
    ['Devanagari', '+\u0967 \u096E\u096D\u096C \u096B\u096B\u096B \u0967\u0968\u0969\u096A'],
    ['Bengali', '+\u09E7 \u09EE\u09ED\u09EC \u09EB\u09EB\u09EB \u09E7\u09E8\u09E9\u09EA'],
    ['Thai', '+\u0E51 \u0E58\u0E57\u0E56 \u0E55\u0E55\u0E55 \u0E51\u0E52\u0E53\u0E54'],
    [
      'mathematical double-struck',
      '+\u{1D7D9} \u{1D7E0}\u{1D7DF}\u{1D7DE} \u{1D7DD}\u{1D7DD}\u{1D7DD} \u{1D7D9}\u{1D7DA}\u{1D7DB}\u{1D7DC}',
    ],
    [
      'dingbat negative circled',
      '+\u278A \u2791\u2790\u278F \u278E\u278E\u278E \u278A\u278B\u278C\u278D',
    ],
    [
      'dingbat circled and double circled',
      '+\u2776 \u277D\u277C\u277B \u24F9\u24F9\u24F9 \u2780\u2781\u2782\u2783',
    ],
    ['Chinese numerals', '+\u4E00 \u516B\u4E03\u516D \u4E94\u4E94\u4E94 \u4E00\u4E8C\u4E09\u56DB'],
    ['Braille blanks', '+1\u2800876\u2800555\u28001234'],
    ['Ogham space marks', '+1\u1680876\u1680555\u16801234'],
    ['line and paragraph separators', '+1\u2028876\u2029555\u20281234'],
    ['narrow and ideographic spaces', '+1\u202F876\u3000555\u205F1234'],
  ])('%s', (_script, written) => {
    const normalized = normalizeText(`Call ${written} now`);
    expect(normalized.text).toBe('Call +1 876 555 1234 now');
    // Each folded character maps back to the one written.
    expect(normalized.originalSlice(5, normalized.text.length - 4)).toBe(written);
    expect(findPersonalData(`Call ${written} now`)).toEqual([
      expect.objectContaining({kind: 'phone', text: '+1 876 555 1234', offset: 5}),
    ]);
  });

  it('reads the ideographic full stops as the dots of a host name, and a circled ten as 10', () => {
    expect(normalizeText('help@evil\u3002example\uFF61com').text).toBe('help@evil.example.com');
    expect(normalizeText('\u277F\u24EB\u24FF').text).toBe('10110');
    expect(foldForRules('plain ASCII 123')).toBe('plain ASCII 123');
  });
});

describe('phones, e-mail addresses and invites hidden by invisible or look-alike characters are found', () => {
  const HIDERS: [string, string][] = [
    ['zero-width joiner', '\u200D'],
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['soft hyphen', '\u00AD'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['right-to-left override', '\u202E'],
    ['left-to-right isolate', '\u2066'],
    ['Mongolian vowel separator', '\u180E'],
    ['variation selector', '\uFE0F'],
    ['tag character', '\u{E0020}'],
  ];

  it.each(HIDERS)('a %s inside a number, an address or an invite', (_name, hider) => {
    expect(findPersonalData(`Call 612-55${hider}5-0142 tonight`)).toEqual([
      expect.objectContaining({kind: 'phone', text: '612-555-0142', offset: 5}),
    ]);
    expect(findPersonalData(`Write to some${hider}one@gma${hider}il.com`)).toEqual([
      expect.objectContaining({kind: 'email', text: 'someone@gmail.com', offset: 9}),
    ]);
    expect(findChatInvite(`join chat.whats${hider}app.com/AbC`)).toBe('WhatsApp');
    expect(findChatInvite(`join t.${hider}me/+AbC`)).toBe('Telegram');
    expect(findChatInvite(`https://signal.gr${hider}oup/#CjQK`)).toBe('Signal');
  });

  it('full-width digits and letters', () => {
    expect(
      findPersonalData('Call \uFF16\uFF11\uFF12-\uFF15\uFF15\uFF15-\uFF10\uFF11\uFF14\uFF12'),
    ).toEqual([expect.objectContaining({kind: 'phone', text: '612-555-0142', offset: 5, end: 17})]);
    expect(findChatInvite('\uFF54\uFF0E\uFF4D\uFF45\uFF0F\uFF0B\uFF41\uFF42\uFF43')).toBe(
      'Telegram',
    );
    expect(findPersonalData('someone\uFF20gmail.com')).toEqual([
      expect.objectContaining({kind: 'email', text: 'someone@gmail.com'}),
    ]);
  });

  it('places what it finds in the text as written', () => {
    const text = 'A\u200B\u200B\u200B: call 612\u00AD555\u00AD0142 or join t.me/+AbC.';
    const [phone] = findPersonalData(text);
    expect(text.slice(phone!.offset, phone!.end)).toBe('612\u00AD555\u00AD0142');
    const [invite] = findChatInvites(text);
    expect(text.slice(invite!.offset)).toMatch(/^t\.me\/\+AbC/);
  });
});
