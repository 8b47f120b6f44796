import type {LoadContext} from '@docusaurus/types';
import {siteWideBaseUrl, siteWideRootUrl} from '../siteWideRoot';

/** A plugin's context while building `locale` of a site at `base` (Docusaurus puts the locale's folder in baseUrl). */
function contextOf(locale: string, base: string, withLocaleConfigs = true) {
  const localeBase = (code: string) => (code === 'en' ? base : `${base}${code}/`);
  return {
    baseUrl: localeBase(locale),
    siteConfig: {url: 'https://example.github.io', baseUrl: localeBase(locale)},
    i18n: {
      defaultLocale: 'en',
      currentLocale: locale,
      locales: ['en', 'es'],
      ...(withLocaleConfigs
        ? {
            localeConfigs: {
              en: {baseUrl: localeBase('en')},
              es: {baseUrl: localeBase('es')},
            },
          }
        : {}),
    },
  } as unknown as Pick<LoadContext, 'baseUrl' | 'siteConfig' | 'i18n'>;
}

describe('the root of files published once for every locale', () => {
  it.each([
    ['en', '/'],
    ['es', '/'],
    ['en', '/commons/'],
    ['es', '/commons/'],
  ])('is the default locale’s while building %s at %s', (locale, base) => {
    for (const configs of [true, false]) {
      const context = contextOf(locale, base, configs);
      expect(siteWideBaseUrl(context)).toBe(base);
      expect(siteWideRootUrl(context)).toBe(`https://example.github.io${base.replace(/\/$/, '')}`);
    }
  });
});
