import fc from 'fast-check';
import {findChatInvite, findChatInvites} from '../chatInvites';
import {normalizeText, REMOVED_CHARACTERS} from '../normalizeText';
import {findPersonalData} from '../personalData';

const stripAll = (text: string) => text.replace(new RegExp(REMOVED_CHARACTERS.source, 'gu'), '');

describe('normalizeText (issue 13: one normalisation before the rules read a text)', () => {
  it('removes invisible and format characters and applies NFKC', () => {
    expect(normalizeText('a\u00ADb\u200Bc\u200Dd\u2060e\uFEFFf\u202Eg\u180Eh\uFE0Fi\u{E0041}j').text).toBe('abcdefghij');
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
        expect(normalized.text).toBe(stripAll(stripAll(text).normalize('NFKC')));
        for (let index = 1; index < normalized.text.length; index += 1) {
          expect(normalized.originalStart(index)).toBeGreaterThanOrEqual(normalized.originalStart(index - 1));
          expect(normalized.originalEnd(index)).toBeLessThanOrEqual(text.length);
        }
      }),
      {numRuns: 300, seed: 13},
    );
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
    expect(findPersonalData('Call \uFF16\uFF11\uFF12-\uFF15\uFF15\uFF15-\uFF10\uFF11\uFF14\uFF12')).toEqual([
      expect.objectContaining({kind: 'phone', text: '612-555-0142', offset: 5, end: 17}),
    ]);
    expect(findChatInvite('\uFF54\uFF0E\uFF4D\uFF45\uFF0F\uFF0B\uFF41\uFF42\uFF43')).toBe('Telegram');
    expect(findPersonalData('someone\uFF20gmail.com')).toEqual([expect.objectContaining({kind: 'email', text: 'someone@gmail.com'})]);
  });

  it('places what it finds in the text as written', () => {
    const text = 'A\u200B\u200B\u200B: call 612\u00AD555\u00AD0142 or join t.me/+AbC.';
    const [phone] = findPersonalData(text);
    expect(text.slice(phone!.offset, phone!.end)).toBe('612\u00AD555\u00AD0142');
    const [invite] = findChatInvites(text);
    expect(text.slice(invite!.offset)).toMatch(/^t\.me\/\+AbC/);
  });
});
