import {parse} from 'yaml';
import {checkDirectoryEntry} from '../../directoryEntry';
import {checkPhoneCountry, PHONE_COUNTRY_FIX} from '../phoneCountry';

/**
 * Safety rule 11: a phone number belongs to its city's country unless the entry says why not.
 * Numbers here are fixtures, never published.
 */

const FILE = 'directory/testville/x.yml';
const locate = () => ({line: 7, column: 12});

/** The problems of one channel in a city of `country`. */
function check(country: string, channel: Record<string, unknown>) {
  return checkPhoneCountry({file: FILE, data: {channels: [channel]}, locate}, country);
}
const phone = (value: string, international?: unknown) => ({
  kind: 'hotline',
  audience: 'need-help',
  value,
  ...(international === undefined ? {} : {international}),
});
const rules = (country: string, value: string, international?: unknown) =>
  check(country, phone(value, international)).map((problem) => problem.rule);

describe('checkPhoneCountry', () => {
  it.each([
    ['a Jamaican +1 number in a US city (looks domestic, billed abroad)', 'US', '+18765551234'],
    ['a Dominican Republic +1 809 number in a US city', 'US', '+18092345678'],
    ['a Mexican number in a US city', 'US', '+525512345678'],
    ['a US number in a Mexican city', 'MX', '+12125550199'],
    ['a Canadian number in a US city (border cities: refused unless marked)', 'US', '+14165551234'],
    ['a US number in a Canadian city', 'CA', '+16125551234'],
    ['a UK number in a US city', 'US', '+442079460123'],
    ['an international freephone number (+800, no country) in a US city', 'US', '+80012345678'],
    ['a Jersey number in a UK city (shared +44, another territory)', 'GB', '+447797123456'],
    ['a Kazakh number in a Russian city (shared +7)', 'RU', '+77012345678'],
  ])('refuses %s', (_what, country, value) => {
    expect(rules(country, value)).toEqual(['phone-country']);
  });

  it.each([
    ['a US number in a US city', 'US', '+12125550199'],
    ['NANP toll-free +1 800 in a US city', 'US', '+18002345678'],
    ['NANP toll-free +1 800 in a Canadian city', 'CA', '+18002345678'],
    ...['833', '844', '855', '866', '877', '888'].map(
      (code) =>
        [`NANP toll-free +1 ${code} in a Canadian city`, 'CA', `+1${code}2345678`] as [
          string,
          string,
          string,
        ],
    ),
    ['a Canadian number in a Canadian city', 'CA', '+14165551234'],
    ['a Mexican number in a Mexican city', 'MX', '+525512345678'],
    [
      'a Puerto Rico number in a US city (US territories are billed as domestic, 47 U.S.C. § 254(g))',
      'US',
      '+17872345678',
    ],
    ['a US number in a Puerto Rico city', 'PR', '+12125550199'],
    ['a Jamaican number in a Jamaican city', 'JM', '+18765551234'],
    ["a Vatican number in an Italian city (Rome's 06 698)", 'IT', '+390669812345'],
  ])('accepts %s', (_what, country, value) => {
    expect(rules(country, value)).toEqual([]);
  });

  it('accepts a number of another country marked international with a reason, in any form', () => {
    expect(
      rules('US', '+525512345678', "The consulate's national hotline, answered in Mexico"),
    ).toEqual([]);
    expect(
      rules('US', '+18765551234', {en: 'Family line in Jamaica', es: 'Línea familiar en Jamaica'}),
    ).toEqual([]);
  });

  it('leaves an empty reason to the schema, which refuses it', () => {
    expect(rules('US', '+525512345678', '')).toEqual([]);
    const text = `channels:\n  - kind: phone\n    audience: general\n    value: "+525512345678"\n    international: "  "\n`;
    const problems = checkDirectoryEntry({
      file: FILE,
      text,
      kind: 'organization',
      siteDir: '/site',
    }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'channels[0].international',
        rule: 'schema',
        message: '"channels[0].international" is empty.',
      }),
    );
  });

  it('does not count a null reason (an empty YAML key) as one', () => {
    expect(rules('US', '+525512345678', null)).toEqual(['phone-country']);
  });

  it("refuses a reason on a number of the city's country, so the page never warns of a cost that is not there", () => {
    const problems = check('CA', phone('+18002345678', 'Toll-free'));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'phone-international-unneeded',
        field: 'channels[0].international',
        file: FILE,
        line: 7,
        column: 12,
        message:
          '"+18002345678" is marked international, but it is a number of the city\'s country, Canada (CA).',
      }),
    ]);
  });

  it("names the number's country and the city's, and explains both ways out", () => {
    const [problem] = check('US', phone('+18765551234'));
    expect(problem).toEqual({
      severity: 'error',
      file: FILE,
      line: 7,
      column: 12,
      field: 'channels[0].value',
      rule: 'phone-country',
      message:
        '"+18765551234" rings in Jamaica (JM), but the city\'s country is United States (US): from the city it is an international call, which many callers cannot afford or cannot make.',
      fix: PHONE_COUNTRY_FIX,
      code: 'phone-country.other',
      values: {
        value: '+18765551234',
        numberCountry: 'Jamaica (JM)',
        cityCountry: 'United States (US)',
      },
    });
    expect(problem!.fix).toMatch(/correct it/);
    expect(problem!.fix).toMatch(/international: "<why>"/);
    expect(check('US', phone('+80012345678'))[0]!.message).toBe(
      '"+80012345678" is not a number of the city\'s country, United States (US): from the city it may be an international call, which many callers cannot afford or cannot make.',
    );
  });

  describe('reserved 555-01XX numbers belong where their area code does, like a real number there', () => {
    it.each([
      ['US', '+16125550142', []],
      ['CA', '+16125550142', ['phone-country']],
      ['CA', '+14165550123', []],
      ['US', '+14165550123', ['phone-country']],
      ['US', '+18765550100', ['phone-country']],
      ['JM', '+18765550100', []],
      // Trinidad's plan lists only the exchanges in use, not 555: the area code decides.
      ['TT', '+18685550199', []],
      ['US', '+18685550199', ['phone-country']],
      ['US', '+18005550100', []],
      ['CA', '+18005550100', []],
      // No such area code: not a fictitious number at all, refused by checkPhone as invalid (one problem per number).
      ['US', '+15555550100', []],
      ['MX', '+12125550199', ['phone-country']],
    ])('in a city of %s, %s', (country, value, expected) => {
      expect(rules(country, value)).toEqual(expected);
    });
  });

  it('checks phone and hotline channels only, and leaves malformed or refused numbers to the schema', () => {
    expect(check('US', {kind: 'website', audience: 'general', value: 'https://x.org/'})).toEqual(
      [],
    );
    expect(
      check('US', {
        kind: 'signal-username',
        audience: 'general',
        value: 'abc.01',
        international: 'x',
      }),
    ).toEqual([]);
    // Not E.164 (spaces, full-width digits), premium-rate, satellite: one problem each, from checkPhone.
    for (const value of [
      '+52 55 1234 5678',
      '+５２５５１２３４５６７８',
      '+19005551234',
      '+881612345678',
      5512345678,
    ]) {
      expect(check('US', {...phone('+1'), value})).toEqual([]);
    }
    expect(checkPhoneCountry({file: FILE, data: {channels: 'none'}, locate}, 'US')).toEqual([]);
    expect(checkPhoneCountry({file: FILE, data: null, locate}, 'US')).toEqual([]);
    expect(checkPhoneCountry({file: FILE, data: {channels: [null, 3, 'x']}, locate}, 'US')).toEqual(
      [],
    );
  });

  it('places each problem at its channel, with the position the file gives', () => {
    const text = [
      'channels:',
      '  - kind: website',
      '    audience: general',
      '    value: https://x.org/',
      '  - kind: phone',
      '    audience: general',
      '    value: "+525512345678"',
    ].join('\n');
    const entry = checkDirectoryEntry({file: FILE, text, kind: 'organization', siteDir: '/site'});
    expect(entry.data).toEqual(parse(text));
    expect(checkPhoneCountry({file: FILE, data: entry.data, locate: entry.locate!}, 'US')).toEqual([
      expect.objectContaining({
        field: 'channels[1].value',
        line: 7,
        column: 12,
        rule: 'phone-country',
      }),
    ]);
  });
});
