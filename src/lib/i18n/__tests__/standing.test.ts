import {englishPermalink, translationStanding} from '../standing';

const SITE = 'https://commons.example.org';

describe('englishPermalink', () => {
  it.each([
    ['a locale under the site', '/es/docs/guides/start-here', {url: SITE, baseUrl: '/es/'}, {url: SITE, baseUrl: '/'}, '/docs/guides/start-here'],
    ['a site under a base path', '/commons/fr/docs/x', {url: SITE, baseUrl: '/commons/fr/'}, {url: SITE, baseUrl: '/commons/'}, '/commons/docs/x'],
    ['a locale on its own host', '/docs/x', {url: 'https://es.commons.example.org', baseUrl: '/'}, {url: SITE, baseUrl: '/'}, `${SITE}/docs/x`],
    ['a locale built alone (no English beside it)', '/docs/x', {url: SITE, baseUrl: '/'}, {url: SITE, baseUrl: '/'}, null],
  ])('%s', (_case, permalink, current, original, expected) => {
    expect(englishPermalink({permalink, current, original})).toBe(expected);
  });
});

describe('translationStanding', () => {
  it.each([
    [undefined, 'en', 'original'],
    [undefined, 'es', 'untranslated'],
    [{locale: 'es', outdated: false}, 'es', 'translated'],
    [{locale: 'es', outdated: true}, 'es', 'outdated'],
  ] as const)('%j in %s is %s', (info, locale, expected) => {
    expect(translationStanding(info, locale, 'en')).toBe(expected);
  });
});
