import path from 'node:path';
import {checkMarkdownFile} from '../../markdownFile';
import {findPersonalData} from '../personalData';
import {DEFAULT_PROSE_PHONE_REGIONS, prosePhoneRegions, setProsePhoneRegions} from '../phoneInText';
import {checkPlainText} from '../plainText';

/**
 * Attack findings F2 and F7: a number or an address a reader would dial or write to as it is
 * written is refused in prose, whatever its digits, separators, national format or disguise;
 * dates, times, years, amounts and versions are not numbers to call.
 */

const kinds = (text: string) => findPersonalData(text).map((hit) => `${hit.kind}:${hit.text}`);

describe('phone numbers in every form a reader would dial', () => {
  it.each([
    [
      'separators a reader skips',
      [
        '876_555_1234',
        '876~555~1234',
        '876·555·1234',
        '876•555•1234',
        '+1/876/555/1234',
        '876 - 555 - 1234',
        '876"555"1234',
      ],
    ],
    [
      'national formats of other countries',
      [
        '020 7946 0958',
        '0800 123 4567',
        '06 12 34 56 78',
        '612 345 678',
        '030 12345678',
        '(0800) 123 456',
      ],
    ],
    [
      'letters for digits',
      [
        '+1 876 555 l234',
        '+1 8O0 555 1234',
        '1-800-FLOWERS',
        '1-800-Flowers',
        '1 800 HELP NOW',
        '(800) GOT-JUNK',
        '+1 612 GOT-HELP',
      ],
    ],
    ['one digit at a time', ['6 1 2 5 5 5 0 1 4 2', '6-1-2-5-5-5-0-1-4-2']],
    ['across a soft line break', ['612 555\n0142']],
    ['E.164 and long digit runs', ['+16125550142', '6125550142', '18765551234']],
  ])('%s', (_what, numbers) => {
    for (const number of numbers) {
      const found = findPersonalData(`Call ${number} tonight.`);
      expect({number, found: found.map((hit) => hit.kind)}).toEqual({number, found: ['phone']});
      expect(`Call ${number} tonight.`.slice(found[0]!.offset, found[0]!.end)).toBe(number);
    }
  });

  it('still finds a number written beside an IPv4 address', () => {
    for (const text of ['Call 612 555 0142 10.0.0.1:8080', '10.0.0.1 876 555 1234']) {
      const found = kinds(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^phone:.*(612 555 0142|876 555 1234)/);
    }
  });

  it.each([
    'On 2026-10-02 at 09:00, and 10/02/2026 09:30, or 02.10.2026.',
    'Mo-Fr 09:00-17:00; Sa 10:00-14:00',
    'From 2019–2024 we grew; between 1990 and 2020; in 2019, 2020, 2021, 2022 and 2023.',
    "1,000,000 people and $1,250,000 raised; 12.500.000 or 1'000'000.",
    'The city centre is at 44.9778, -93.2650.',
    'Version 3.10.2 of ISO 8601 and WCAG 2.2.',
    'Sections 1, 2, 3, 4, 5, 6, 7 and 8.',
    'ZIP 55411-1234, at 127.0.0.1 or 192.168.100.200.',
    'HiddenServicePort 80 127.0.0.1:8080 and listen 10.0.0.2:443 ssl;',
    'We[2] 18:00-20:00; Su[1,3] 10:00-12:00; Mo[-1] 09:00-11:00',
    'Plyler v. Doe, 457 U.S. 202 (1982); AB 495 (2025), Chapter 664.',
    'Sample entries use 555-0100 to 555-0199.',
    'Source: https://support.example.org/hc/en-us/articles/17245378392977-How-to',
    'Open 24/7; 1 800 people came; 2026-10-02T09:00:00Z.',
  ])('leaves dates, times, years, amounts, versions and citations alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("reads the national formats of every country the site serves (the coalition's cities), always with the US", () => {
    expect(prosePhoneRegions()).toEqual(DEFAULT_PROSE_PHONE_REGIONS);
    try {
      expect(setProsePhoneRegions(['GB', 'XX', 'mx'])).toEqual(['GB', 'US']);
      // A British number written as Britons write it (the heuristic finds it too; libphonenumber ends it exactly).
      expect(kinds('Ring 020 7946 0958 today')).toEqual(['phone:020 7946 0958']);
    } finally {
      setProsePhoneRegions([]);
    }
    expect(prosePhoneRegions()).toEqual(['US']);
  });
});

describe('e-mail addresses in every form a reader would write to', () => {
  it.each([
    ['"help"@evil.example', '"help"@evil.example'],
    ['help(at)evil.example', 'help(at)evil.example'],
    ['help [at] evil [dot] example', 'help [at] evil [dot] example'],
    ['help {at} evil.example', 'help {at} evil.example'],
    ['help @ evil.example', 'help @ evil.example'],
    ['help@evil\u3002example', 'help@evil.example'],
    ['help@[192.0.2.1]', 'help@[192.0.2.1]'],
    ['help@[IPv6:2001:db8::1]', 'help@[IPv6:2001:db8::1]'],
  ])('%s', (written, read) => {
    expect(kinds(`Write to ${written} today.`)).toEqual([`email:${read}`]);
  });

  it.each([
    'Meet @ 5pm.',
    'Email us at the office.',
    'Follow @sanctuary on social media.',
    'Use the (at) sign.',
  ])('not: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('everywhere prose is checked: Markdown, plain text fields, interface text', () => {
  const place = {
    file: 'i18n/es/docusaurus-theme-classic/footer.json',
    line: 1,
    column: 1,
    field: 'copyright.message',
  };
  it.each([
    'Llame al +\u0661 \u0668\u0667\u0666 \u0665\u0665\u0665 \u0661\u0662\u0663\u0664',
    'Call +1 876\u2800555\u28001234',
    'Write to "help"@evil.example',
    'Call \u278A\u2791\u2790\u278F\u278E\u278E\u278E\u278A\u278B\u278C\u278D',
  ])('%s', (text) => {
    expect(checkPlainText(text, place).map((problem) => problem.rule)).toEqual([
      expect.stringMatching(/^(phone|email)-in-prose$/),
    ]);
    const markdown = checkMarkdownFile({
      file: 'docs/guides/g.md',
      text: `---\ntitle: T\n---\n\n${text}\n`,
      siteDir: '/site',
      kind: 'guide',
      contentRoot: path.join('/site', 'docs'),
    });
    expect(markdown.problems.map((problem) => problem.rule)).toEqual([
      expect.stringMatching(/^(phone|email)-in-prose$/),
    ]);
  });
});
