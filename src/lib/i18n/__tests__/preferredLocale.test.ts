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

const SITE = 'https://commons.example.org';
const HOMES = {en: {url: SITE, baseUrl: '/'}, es: {url: SITE, baseUrl: '/es/'}, fr: {url: 'https://fr.commons.example.org', baseUrl: '/'}};

describe('localeHomeUrl', () => {
  it('uses the base URL of a locale on the same host, and the full address of a locale on its own host', () => {
    expect(localeHomeUrl(HOMES, SITE, 'es')).toBe('/es/');
    expect(localeHomeUrl(HOMES, SITE, 'en')).toBe('/');
    expect(localeHomeUrl(HOMES, SITE, 'fr')).toBe('https://fr.commons.example.org/');
    expect(localeHomeUrl(HOMES, SITE, 'so')).toBeNull();
  });
});

describe('preferredHomeRedirect', () => {
  const base = {homes: HOMES, siteUrl: SITE, baseUrl: '/', currentLocale: 'en'};
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
  it('never redirects a page to itself (a locale built alone is served at /)', () => {
    const alone = {homes: {en: {url: SITE, baseUrl: '/'}, es: {url: SITE, baseUrl: '/'}}, siteUrl: SITE, baseUrl: '/', currentLocale: 'es'};
    expect(preferredHomeRedirect({...alone, preferred: 'en'})).toBeNull();
  });
});
