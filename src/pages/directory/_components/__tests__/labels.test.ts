import {formatDate, intlFormatter, regionName} from '../labels';
import {formatLanguageList} from '../LanguageList';

jest.mock('@docusaurus/Translate', () => ({translate: ({message}: {message: string}) => message}), {virtual: true});
// Jest has no `@site` alias: the modules the labels import, from their real files.
jest.mock('@site/src/lib/taxonomy', () => jest.requireActual('../../../../lib/taxonomy'), {virtual: true});
jest.mock('@site/src/lib/languageNames', () => jest.requireActual('../../../../lib/languageNames'), {virtual: true});
jest.mock('@docusaurus/useDocusaurusContext', () => () => ({i18n: {currentLocale: 'en'}}), {virtual: true});

describe('formatters made once per locale', () => {
  it('formats as a formatter made afresh would, in each locale', () => {
    for (const locale of ['en', 'es', 'fr']) {
      const fresh = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2025-03-09T00:00:00Z'));
      expect(formatDate('2025-03-09', locale)).toBe(fresh);
      expect(formatDate('2025-03-09', locale)).toBe(fresh);
    }
    expect(formatDate('2025-03-09', 'es')).not.toBe(formatDate('2025-03-09', 'en'));
    expect(regionName('MX', 'es')).toBe(new Intl.DisplayNames(['es'], {type: 'region'}).of('MX'));
    expect(formatLanguageList(['en', 'es'], 'fr')).toBe(new Intl.ListFormat('fr', {style: 'long', type: 'conjunction'}).format(['anglais', 'espagnol']));
  });

  it('makes a formatter once per key, and keeps nothing when making one fails', () => {
    const make = jest.fn(() => ({made: true}));
    expect(intlFormatter('test\u0000a', make)).toBe(intlFormatter('test\u0000a', make));
    expect(make).toHaveBeenCalledTimes(1);
    expect(() => intlFormatter('test\u0000bad', () => new Intl.DateTimeFormat('not a locale!'))).toThrow(RangeError);
    expect(formatDate('2025-03-09', 'not a locale!')).toBe('2025-03-09');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
  });
});
