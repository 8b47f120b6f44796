import {anotherLocaleFollows, indexWhileNextLocaleBuilds} from '../overlap';

const I18N = {defaultLocale: 'en', locales: ['es', 'en', 'fr']};
const cli = (...args: string[]) => ['/usr/bin/node', '/site/node_modules/.bin/docusaurus', ...args];

describe('anotherLocaleFollows', () => {
  it('knows the order of a plain build of every locale: the default locale first, then the configured order', () => {
    expect(anotherLocaleFollows('en', I18N, cli('build', '--out-dir', 'build'))).toBe(true);
    expect(anotherLocaleFollows('es', I18N, cli('build'))).toBe(true);
    expect(anotherLocaleFollows('fr', I18N, cli('build'))).toBe(false);
    expect(
      anotherLocaleFollows('en', I18N, [
        '/usr/bin/node',
        '/site/node_modules/@docusaurus/core/bin/docusaurus.mjs',
        'build',
      ]),
    ).toBe(true);
  });

  it('answers false whenever it cannot be sure: chosen locales, another command, a build started from code', () => {
    expect(anotherLocaleFollows('en', I18N, cli('build', '--locale', 'en', '--locale', 'es'))).toBe(
      false,
    );
    expect(anotherLocaleFollows('en', I18N, cli('build', '-l', 'en'))).toBe(false);
    expect(anotherLocaleFollows('en', I18N, cli('build', '--locale=en'))).toBe(false);
    expect(anotherLocaleFollows('en', I18N, cli('serve'))).toBe(false);
    expect(
      anotherLocaleFollows('en', I18N, [
        '/usr/bin/node',
        '/site/node_modules/jest/bin/jest.js',
        'build',
      ]),
    ).toBe(false);
    expect(anotherLocaleFollows('ar', I18N, cli('build'))).toBe(false);
  });
});

describe('indexWhileNextLocaleBuilds', () => {
  it('leaves a locale running while another follows, and the last locale waits for all of them', async () => {
    const finished: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    await indexWhileNextLocaleBuilds('en', true, async () => {
      await slow;
      finished.push('en');
    });
    expect(finished).toEqual([]);
    const last = indexWhileNextLocaleBuilds('es', false, async () => {
      finished.push('es');
    });
    setTimeout(release, 10);
    await last;
    expect(finished.sort()).toEqual(['en', 'es']);
  });

  it('fails the build at the last locale when an earlier locale failed', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await indexWhileNextLocaleBuilds('en', true, async () => {
      throw new Error('en: the Pagefind binary stopped');
    });
    await indexWhileNextLocaleBuilds('es', true, async () => {
      throw new Error('es: a page could not be read');
    });
    await expect(indexWhileNextLocaleBuilds('fr', false, async () => undefined)).rejects.toThrow(
      'en: the Pagefind binary stopped',
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('es: a page could not be read'));
    log.mockRestore();
    // Nothing is left for a later build in the same process.
    await expect(
      indexWhileNextLocaleBuilds('en', false, async () => undefined),
    ).resolves.toBeUndefined();
  });
});
