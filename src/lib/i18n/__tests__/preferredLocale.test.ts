import {localeHomeUrl, preferredHomeRedirect, readPreferredLocale, rememberLocale, PREFERRED_LOCALE_KEY} from '../preferredLocale';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value)} as Storage;
}

describe('the remembered language', () => {
  it('is stored under one key and read back', () => {
    const storage = memoryStorage();
    expect(readPreferredLocale(storage)).toBeNull();
    rememberLocale(storage, 'es');
    expect(storage.getItem(PREFERRED_LOCALE_KEY)).toBe('es');
    expect(readPreferredLocale(storage)).toBe('es');
  });

  it('is silently forgotten when storage is blocked (private modes, Tor)', () => {
    const blocked = {getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); }} as unknown as Storage;
    expect(() => rememberLocale(blocked, 'fr')).not.toThrow();
    expect(readPreferredLocale(blocked)).toBeNull();
    expect(readPreferredLocale(undefined)).toBeNull();
  });
});

describe('localeHomeUrl', () => {
  it.each([
    ['/', 'en', 'es', '/es/'],
    ['/es/', 'es', 'fr', '/fr/'],
    ['/fr/', 'fr', 'en', '/'],
    ['/commons/es/', 'es', 'en', '/commons/'],
    ['/commons/', 'en', 'fr', '/commons/fr/'],
  ])('from base %s (%s) to %s is %s', (baseUrl, currentLocale, target, expected) => {
    expect(localeHomeUrl({baseUrl, currentLocale, defaultLocale: 'en', target})).toBe(expected);
  });
});

describe('preferredHomeRedirect', () => {
  const base = {baseUrl: '/', currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'es', 'fr']};
  it('sends a returning reader to the home page of their language', () => {
    expect(preferredHomeRedirect({...base, preferred: 'es'})).toBe('/es/');
  });
  it.each([
    ['nothing is remembered', null],
    ['the page is already in that language', 'en'],
    ['the remembered language is no longer published', 'so'],
  ])('stays when %s', (_why, preferred) => {
    expect(preferredHomeRedirect({...base, preferred})).toBeNull();
  });
});
