import {localeBaseUrl, normalizeBaseUrl, siteRootUrl} from '../siteUrl';

describe('the base path a site is built for (BASE_URL)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['commons', '/commons/'],
    ['/commons', '/commons/'],
    ['/commons/', '/commons/'],
    ['//a//b/', '/a/b/'],
    [' /commons/ ', '/commons/'],
  ])('%j → %s', (value, expected) => {
    expect(normalizeBaseUrl(value)).toBe(expected);
  });

  it.each([
    '/../etc/',
    '/a b/',
    '/a?b/',
    '/%2e%2e/',
    '/./',
    'https://example.org/commons/',
    '/a#b/',
  ])('refuses %j', (value) => {
    expect(() => normalizeBaseUrl(value)).toThrow(/BASE_URL/);
  });

  it('joins the site address and the base path for absolute addresses, without doubling slashes', () => {
    expect(siteRootUrl('https://example.github.io/', '/commons/')).toBe(
      'https://example.github.io/commons',
    );
    expect(siteRootUrl('https://example.org', '/')).toBe('https://example.org');
  });

  it('puts every locale but the default in a folder below the base path', () => {
    expect(localeBaseUrl('/commons/', 'en', 'en')).toBe('/commons/');
    expect(localeBaseUrl('/commons/', 'es', 'en')).toBe('/commons/es/');
    expect(localeBaseUrl('/', 'fr', 'en')).toBe('/fr/');
  });
});
