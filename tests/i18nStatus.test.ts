import {execFileSync} from 'node:child_process';
import path from 'node:path';
import type {TranslationStatus} from '../src/lib/i18n/status';

/**
 * `npm run i18n:status` end to end: on the repository, every interface
 * string is translated into every published locale (a new string without
 * its translations fails here, with the list); on the fixture, the exact
 * shares and the outdated guide. Runs Docusaurus's extraction: ~10 s each.
 */
const ROOT = path.resolve(__dirname, '..');
const status = (...args: string[]): TranslationStatus =>
  JSON.parse(
    execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/i18nStatus.ts', '--format', 'json', ...args],
      {cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024},
    ),
  ) as TranslationStatus;

jest.setTimeout(120_000);

test('every interface string of the repository is translated into every locale', () => {
  const {locales} = status();
  const untranslated = Object.fromEntries(
    locales.map((locale) => [locale.locale, locale.interface?.missing]),
  );
  // To fix: `npx docusaurus write-translations --locale <code>`, then translate the new messages in i18n/<code>/code.json
  // (or list a string that is the same on purpose in i18n/<code>/same-as-english.json).
  expect(untranslated).toEqual({es: [], fr: []});
  expect(locales.map((locale) => locale.interface?.percent)).toEqual([100, 100]);
});

test('on the fixture: exact shares, and the outdated translation with its revisions', () => {
  const {locales} = status('--site', 'tests/__fixtures__/site');
  const es = locales.find((locale) => locale.locale === 'es')!;
  expect(
    [es.guides, es.playbooks, es.posts, es.organizationSummaries, es.citySummaries].map(
      (value) => `${value.translated}/${value.total}`,
    ),
  ).toEqual(['1/5', '1/2', '0/1', '1/3', '1/2']);
  expect(es.outdated).toEqual([
    {
      file: 'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md',
      originalFile: 'docs/guides/start-here.md',
      translatedFrom: expect.stringMatching(/^[0-9a-f]{40}$/),
      currentRevision: execFileSync(
        'git',
        ['hash-object', 'tests/__fixtures__/site/docs/guides/start-here.md'],
        {cwd: ROOT, encoding: 'utf8'},
      ).trim(),
    },
  ]);
  // The fixture links the repository's interface strings, so they are complete there too.
  expect(es.interface?.percent).toBe(100);
});
