import fs from 'node:fs';
import path from 'node:path';
import {ROOT, buildFixture, sharedFixtureBuild} from './buildHarness';
import {loadCoalition} from '../src/lib/coalition';
import {buildRecords} from '../src/cli/algolia/records';

/**
 * The site is built with Algolia only when its three public variables are
 * set; otherwise nothing of Algolia may reach the visitor's browser.
 */

/** Every file under `dir` whose name ends with one of `extensions`, as [relative path, content]. */
function readAll(dir: string, extensions: string[]): [string, string][] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), fs.readFileSync(file, 'utf8')];
    });
}

/**
 * Algolia's name, hosts or client (any case), or the DocSearch component.
 * Not matched: theme-classic's generic `docsearch:language` meta tags, which
 * every Docusaurus site has. The checkout's own path is removed first: the
 * bundle names source files by absolute path, and a folder may be called
 * anything.
 */
const hasAlgoliaTrace = (text: string) =>
  /algolia/i.test(text.split(ROOT).join('')) || /DocSearch/.test(text);

test('without the Algolia variables, no built JavaScript or HTML mentions Algolia or DocSearch', () => {
  const {outDir, read} = sharedFixtureBuild();
  const files = readAll(outDir, ['.js', '.html']);
  expect(files.filter(([file]) => file.endsWith('.js')).length).toBeGreaterThan(5);
  expect(files.filter(([, text]) => hasAlgoliaTrace(text)).map(([file]) => file)).toEqual([]);
  // The offline navbar search box and the "nothing is sent" sentence are there instead.
  expect(read('/directory')).toMatch(/id="?navbar-search-input\b/);
  expect(read('/search')).toContain('nothing you type is sent anywhere');
});

test('every record points at a built page, and every section anchor at a heading id of that page', () => {
  const {outDir, read} = sharedFixtureBuild();
  const site = path.join(__dirname, '__fixtures__/site');
  const readFile = (relative: string) =>
    fs.existsSync(path.join(site, relative))
      ? fs.readFileSync(path.join(site, relative), 'utf8')
      : null;
  const {records} = buildRecords({
    coalition: loadCoalition(site),
    siteUrl: 'https://commons.example.org',
    locales: ['en', 'es'],
    readFile,
  });
  const anchors = records.filter((record) => record.anchor);
  expect(anchors.length).toBeGreaterThan(10);
  for (const record of records) {
    const route = new URL(record.url_without_anchor).pathname;
    expect(fs.existsSync(path.join(outDir, `${route}.html`))).toBe(true);
    if (record.anchor)
      expect({
        url: record.url,
        hasId: new RegExp(`id="?${record.anchor}[" >]`).test(read(route)),
      }).toEqual({url: record.url, hasId: true});
  }
});

describe('with the Algolia variables (dummy values)', () => {
  const env = {
    ALGOLIA_APP_ID: 'SCTESTAPP1',
    ALGOLIA_SEARCH_API_KEY: 'sc-test-search-only-key',
    ALGOLIA_INDEX_NAME: 'sc_test_index',
    ALGOLIA_ADMIN_API_KEY: 'sc-test-ADMIN-must-not-ship',
  };
  let build: ReturnType<typeof buildFixture>;

  beforeAll(
    () => {
      const saved = {...process.env};
      Object.assign(process.env, env);
      try {
        build = buildFixture('site', ['--locale', 'en']);
      } finally {
        for (const key of Object.keys(env)) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      }
      if (build.result.status !== 0)
        throw new Error(
          `The fixture did not build with Algolia:\n${build.result.stdout}\n${build.result.stderr}`,
        );
    },
    15 * 60 * 1000,
  );

  afterAll(() => {
    if (build) fs.rmSync(build.outDir, {recursive: true, force: true});
  });

  it('configures the Algolia search bar with the public values and contextual search', () => {
    const js = readAll(build.outDir, ['.js'])
      .map(([, text]) => text)
      .join('\n');
    expect(js).toContain('SCTESTAPP1');
    expect(js).toContain('sc-test-search-only-key');
    expect(js).toContain('sc_test_index');
    expect(js).toMatch(/contextualSearch:\s*!0|"contextualSearch":\s*true/);
    const page = build.read('/directory');
    expect(page).toContain('DocSearch');
    // The offline navbar box is replaced, not added to.
    expect(page).not.toMatch(/id="?navbar-search-input\b/);
  });

  it('says on the search page that queries are sent to Algolia', () => {
    const page = build.read('/search');
    expect(page).toContain('is sent to Algolia');
    expect(page).not.toContain('nothing you type is sent anywhere');
  });

  it('never ships the admin key', () => {
    const leaks = readAll(build.outDir, ['.js', '.html', '.json', '.xml', '.txt']).filter(
      ([, text]) => text.includes(env.ALGOLIA_ADMIN_API_KEY),
    );
    expect(leaks.map(([file]) => file)).toEqual([]);
  });
});
