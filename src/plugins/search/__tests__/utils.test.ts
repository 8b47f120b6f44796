import {
  hasPagefindBody,
  pagefindLanguage,
  pagesToIndex,
  routePathToHtmlFile,
  stripBaseUrl,
} from '../utils';

describe('search index helpers', () => {
  it('maps routes to the HTML files Docusaurus writes, per trailingSlash', () => {
    expect(routePathToHtmlFile('/directory/chicago', {baseUrl: '/', trailingSlash: false})).toBe(
      'directory/chicago.html',
    );
    expect(
      routePathToHtmlFile('/es/directory/chicago', {baseUrl: '/es/', trailingSlash: undefined}),
    ).toBe('directory/chicago/index.html');
    expect(routePathToHtmlFile('/es/', {baseUrl: '/es/', trailingSlash: false})).toBe('index.html');
    expect(routePathToHtmlFile('/404.html', {baseUrl: '/', trailingSlash: false})).toBe('404.html');
  });

  it('keeps only the routes of the locale being indexed', () => {
    expect(stripBaseUrl('/es/docs/x', '/es/')).toBe('/docs/x');
    expect(stripBaseUrl('/docs/x', '/es/')).toBeNull();
    const pages = pagesToIndex(
      ['/es/', '/es/search', '/es/directory', '/es/directory', '/docs/en-only'],
      {baseUrl: '/es/', trailingSlash: false, excludeRoutes: ['/search']},
    );
    expect(pages.map((page) => page.file)).toEqual(['index.html', 'directory.html']);
  });

  it('detects data-pagefind-body whether or not the minifier kept quotes', () => {
    expect(hasPagefindBody('<article data-pagefind-body="">')).toBe(true);
    expect(hasPagefindBody('<article data-pagefind-body>')).toBe(true);
    expect(hasPagefindBody('<p>data-pagefind-body in text</p>')).toBe(false);
  });

  it('uses the primary language subtag for stemming', () => {
    expect(pagefindLanguage('es', 'es-MX')).toBe('es');
    expect(pagefindLanguage('fr', undefined, {fr: 'fr'})).toBe('fr');
  });
});
