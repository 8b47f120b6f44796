import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Problem} from '../../problems';
import {entitiesOf, type Entities} from '../../siteFiles/entities';
import {loadSiteFiles} from '../../siteFiles/loadSiteFiles';
import {openReader} from '../../siteFiles/reader';
import type {SiteFiles} from '../../siteFiles/types';
import {PROBLEM_TEXTS, problemTextIn} from '../problemTexts';
import {CHECK_TEXTS} from '../texts/checks';
import type {Check} from '../check';
import {blogAuthorsFileCheck} from '../blogAuthorsFile';
import {blogKeysCheck} from '../blogKeys';
import {categoryFilesCheck} from '../categoryFiles';
import {collectionsFileCheck} from '../collectionsFile';
import {crossReferencesCheck} from '../crossReferences';
import {directoryEntriesCheck} from '../directoryEntries';
import {directoryLayoutCheck} from '../directoryLayout';
import {duplicateEntriesCheck} from '../duplicateEntries';
import {duplicateSlugsCheck} from '../duplicateSlugs';
import {fileKindsCheck} from '../fileKinds';
import {fileNamesCheck} from '../fileNames';
import {i18nLayoutCheck} from '../i18nLayout';
import {i18nPlacementCheck} from '../i18nPlacement';
import {interfaceTranslationsCheck} from '../interfaceTranslations';
import {markdownFilesCheck} from '../markdownFiles';
import {mirrorsFileCheck} from '../mirrorsFile';
import {phoneCountryCheck} from '../phoneCountry';
import {playbookLayoutCheck} from '../playbookLayout';
import {readFailuresCheck} from '../readFailures';
import {siteLinksCheck} from '../siteLinks';
import {tagsFileCheck} from '../tagsFile';
import {tombstonedEntriesCheck} from '../tombstonedEntries';
import {tombstonesFileCheck} from '../tombstonesFile';
import {translationKeysCheck} from '../translationKeys';
import {translationsCheck} from '../translations';

/**
 * Each check of the table (../registry.ts) on a hostile site built here, one `describe` per
 * check; and every problem code of the checks' family (../texts/checks.ts) is produced by one
 * of these inputs, with texts in every language.
 */

const NOW = new Date('2026-11-29T12:00:00Z');
const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const CITY = fs.readFileSync(path.join(FIXTURE, 'directory/chicago/_city.yml'), 'utf8');
const ORG = fs.readFileSync(
  path.join(FIXTURE, 'directory/chicago/fixture-chicago-hotline.yml'),
  'utf8',
);
const PLAYBOOK = fs.readFileSync(
  path.join(FIXTURE, 'docs/playbooks/rapid-response/chicago-hotline.md'),
  'utf8',
);

/** Phone channels: a Jamaican number, an international freephone, a domestic one marked international. */
const PHONES = `name: Phone sample
channels:
  - kind: phone
    value: "+18765551234"
  - kind: phone
    value: "+80012345678"
  - kind: phone
    value: "+13125550199"
    international: "Not really"
`;

/** The hostile site: each file triggers the problem its comment names. */
const SITE: Record<string, string | Buffer> = {
  'directory/chicago/_city.yml': CITY,
  'directory/chicago/fixture-chicago-hotline.yml': ORG,
  'directory/minneapolis/_city.yml': CITY.replace('name: Chicago', 'name: Minneapolis'),
  'directory/minneapolis/fixture-chicago-hotline.yml': ORG, // duplicate slug and duplicate entry
  'directory/chicago/phones.yml': PHONES, // phone-country (both), phone-international-unneeded
  'directory/chicago/sub/deep.yml': ORG, // directory-layout
  'directory/chicago/Bad_Slug.yml': ORG, // slug (file)
  'directory/Bad_City/_city.yml': CITY, // slug (city folder)
  'directory/ghosttown/ghost-org.yml': ORG, // missing-city
  'directory/chicago/notes.txt': 'x', // file-type
  'directory/chicago/page.mdx': 'x', // mdx-file
  'directory/_tombstones.yml':
    '- slug: removed-org\n  removed: 2026-01-31\n  reason: removal-requested\n',
  'directory/chicago/removed-org.yml': ORG, // tombstoned
  'docs/guides/enc.md': Buffer.from('---\ntitle: Enc \xff\n---\n\nBody.\n', 'latin1'), // encoding
  'docs/guides/Bad Name.md': '---\ntitle: Bad name\n---\n\nText.\n', // file-name (docs)
  'docs/guides/_category_.json':
    '{"label": "Guides", "link": {"type": "doc", "id": "guides/nope"}}',
  'docs/guides/_category_.yml': 'label: Guides\n', // duplicate-category
  'docs/playbooks/loose.md': PLAYBOOK, // playbook-layout
  'docs/playbooks/legal-aid/misfiled.md': PLAYBOOK.replace(
    'cities: [chicago]',
    'cities: [chicago, atlantis]',
  )
    .replace('organizations: [fixture-chicago-hotline]', 'organizations: [nobody]')
    .replace('license:', 'related: [playbooks/none/nothing]\nlicense:'), // cross-reference
  'blog/bad post.md': '---\ntitle: Bad\nauthors: [editors]\n---\n\nText.\n', // file-name (post)
  'blog/2026-01-01-post.md': '---\ntitle: Post\nauthors: [someone]\n---\n\nText.\n', // unknown-author
  'blog/authors.yml':
    'editors:\n  name: Editors\n  email: team@example.org\n  socials:\n    mail: team@example.org\n    x: "mailto:team@example.org"\nvolunteers:\n  name: Volunteers\n', // personal-data
  'blog/tags.yml': 'news:\n  label: News\n  permalink: /news\n',
  'i18n/es/docusaurus-plugin-content-blog/authors.yml': 'editors:\n  name: Editores\n', // translation-keys
  'i18n/es/random/foo.md': '# Hola\n', // i18n-layout (Markdown)
  'i18n/loose.json': '{}', // i18n-layout (no locale)
  'i18n/en/code.json': '{}', // default-locale-copy (interface)
  'i18n/en/docusaurus-plugin-content-docs/current/guides/x.md': '# x\n', // default-locale-copy (file)
  'i18n/xx/code.json': '{}', // i18n-locale
  'i18n/es/docusaurus-plugin-content-docs/current/guides/_category_.json': '{}', // i18n-layout (category)
  'i18n/es/other.yml': 'a: 1\n', // i18n-layout (YAML)
  'i18n/es/picture.png': 'png', // i18n-layout (image)
  'i18n/es/same-as-english.json': '["code.json#nope"]', // same-as-english
  'i18n/es/code.json': '{"home.title": {"message": "Inicio"}}',
  'mirrors.yml': 'mirrors: []\n',
};

let siteDir: string;
let files: SiteFiles;
let entities: Entities;
const produced = new Set<string>();

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-registered-checks-'));
  for (const [file, text] of Object.entries(SITE)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, file), text);
  }
  fs.symlinkSync('fixture-chicago-hotline.yml', path.join(siteDir, 'directory/chicago/linked.yml'));
  files = loadSiteFiles(siteDir, {now: NOW});
  entities = entitiesOf(files);
});

afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

/** Runs one check, and checks that each problem it built here has a code of its rule, in every language. */
function run(check: Check, over: SiteFiles = files, with_: Entities = entities): Problem[] {
  const problems = check.run(over, {siteDir, entities: with_});
  for (const problem of problems) {
    if (!problem.code || !(problem.code in CHECK_TEXTS)) continue;
    produced.add(problem.code);
    expect(PROBLEM_TEXTS[problem.code].rule).toBe(problem.rule);
    for (const locale of ['es', 'fr'])
      expect(problemTextIn(problem, locale).isFallback).toBe(false);
  }
  return problems;
}

const byRule = (problems: Problem[], rule: string) =>
  problems.filter((problem) => problem.rule === rule).map((problem) => problem.file);

describe('file-kinds', () => {
  it('refuses links, .mdx files and files the site does not publish', () => {
    const problems = run(fileKindsCheck);
    expect(byRule(problems, 'symlink')).toEqual(['directory/chicago/linked.yml']);
    expect(byRule(problems, 'mdx-file')).toEqual(['directory/chicago/page.mdx']);
    expect(byRule(problems, 'file-type')).toEqual(['directory/chicago/notes.txt']);
  });
});

describe('i18n-placement', () => {
  it('refuses files Docusaurus would read for English, for no locale, or not at all', () => {
    const problems = run(i18nPlacementCheck);
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'default-locale-copy.file',
      'default-locale-copy.interface',
      'i18n-layout.category',
      'i18n-layout.image',
      'i18n-layout.no-locale',
      'i18n-layout.yaml',
      'i18n-locale.unknown',
    ]);
    expect(files.i18nRefused.has('i18n/en/code.json')).toBe(true);
  });
});

describe('file-names', () => {
  it('names docs and posts whose names are not slugs, and skips refused files', () => {
    const problems = run(fileNamesCheck);
    expect(problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['blog/bad post.md', 'file-name.post'],
      ['docs/guides/Bad Name.md', 'file-name.docs'],
    ]);
  });
});

describe('directory-layout', () => {
  it('reports misplaced files, bad names and organisations without a city hub', () => {
    const problems = run(directoryLayoutCheck);
    expect(problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['directory/Bad_City/_city.yml', 'slug.directory-city-folder'],
      ['directory/chicago/Bad_Slug.yml', 'slug.directory-file'],
      ['directory/chicago/notes.txt', 'directory-layout.unexpected'],
      ['directory/chicago/sub/deep.yml', 'directory-layout.unexpected'],
      ['directory/ghosttown/ghost-org.yml', 'missing-city.no-hub'],
    ]);
  });
});

describe('tombstoned-entries and tombstones-file', () => {
  it('refuses an organisation removed on request, and reads the removal list cleanly', () => {
    expect(byRule(run(tombstonedEntriesCheck), 'tombstoned')).toEqual([
      'directory/chicago/removed-org.yml',
    ]);
    expect(run(tombstonesFileCheck)).toEqual([]);
    expect(
      run(tombstonesFileCheck, {...files, tombstones: {...files.tombstones, problems: [PROBLEM]}}),
    ).toEqual([PROBLEM]);
  });
});

const PROBLEM: Problem = {
  severity: 'error',
  file: 'x',
  line: 1,
  column: 1,
  field: '(file)',
  rule: 'schema',
  message: 'm',
  fix: 'f',
  code: 'schema.empty',
  values: {field: '(file)'},
};

describe('read-failures', () => {
  it('reports a file that is not UTF-8 once, however often it is read', () => {
    expect(run(readFailuresCheck).map((problem) => [problem.file, problem.code])).toEqual([
      ['docs/guides/enc.md', 'encoding.not-utf8'],
    ]);
    const reader = openReader(siteDir);
    reader.read('docs/guides/enc.md');
    reader.read('docs/guides/enc.md');
    expect(reader.problems).toHaveLength(1);
  });

  it('reports a parser that fails as a problem of its file instead of stopping the run', () => {
    const reader = openReader(siteDir);
    expect(
      reader.guarded('docs/guides/x.md', () => {
        throw new Error('boom\nstack');
      }),
    ).toBeUndefined();
    const problems = run(readFailuresCheck, {...files, readProblems: reader.problems});
    expect(problems.map((problem) => [problem.code, problem.message])).toEqual([
      ['unreadable.failed', 'The file could not be checked: boom'],
    ]);
  });
});

describe('directory-entries', () => {
  it('gives the problems of each checked entry, and none of entries left unread', () => {
    const problems = run(directoryEntriesCheck);
    expect(problems.length).toBeGreaterThan(0);
    const unread = ['directory/chicago/linked.yml', 'directory/chicago/removed-org.yml'];
    for (const file of unread) expect(problems.map((problem) => problem.file)).not.toContain(file);
  });
});

describe('phone-country', () => {
  it("checks each organisation's numbers against its city's country", () => {
    const problems = run(phoneCountryCheck).filter(
      (p) => p.file === 'directory/chicago/phones.yml',
    );
    expect(problems.map((problem) => problem.code)).toEqual([
      'phone-country.other',
      'phone-country.none',
      'phone-international-unneeded.found',
    ]);
  });
});

describe('duplicate-slugs', () => {
  it('reports a slug used in two cities on both files, and keeps the first organisation', () => {
    const problems = run(duplicateSlugsCheck);
    expect(problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['directory/minneapolis/fixture-chicago-hotline.yml', 'duplicate-slug.across-cities'],
      ['directory/chicago/fixture-chicago-hotline.yml', 'duplicate-slug.also-used'],
    ]);
    expect(
      entities.organizations.filter((org) => org.slug === 'fixture-chicago-hotline'),
    ).toHaveLength(1);
  });
});

describe('duplicate-entries', () => {
  it('warns about two entries that share a name or a contact value', () => {
    const problems = run(duplicateEntriesCheck);
    expect(problems.some((problem) => problem.code === 'duplicate-entry.shared')).toBe(true);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });
});

describe('i18n-layout', () => {
  it('reports translated Markdown outside the folders Docusaurus reads', () => {
    expect(run(i18nLayoutCheck).map((problem) => [problem.file, problem.code])).toEqual([
      ['i18n/es/random/foo.md', 'i18n-layout.markdown'],
    ]);
  });
});

describe('markdown-files, translations and blog-keys', () => {
  it('give the problems of each Markdown file, of each translation, and of unknown blog authors', () => {
    expect(byRule(run(markdownFilesCheck), 'file-name')).toEqual([]);
    expect(run(markdownFilesCheck).length).toBeGreaterThan(0);
    expect(run(translationsCheck)).toEqual([]);
    expect(byRule(run(blogKeysCheck), 'unknown-author')).toEqual(['blog/2026-01-01-post.md']);
  });
});

describe('playbook-layout', () => {
  it('reports an English playbook outside docs/playbooks/<topic>/', () => {
    expect(run(playbookLayoutCheck).map((problem) => [problem.file, problem.code])).toEqual([
      ['docs/playbooks/loose.md', 'playbook-layout.folder'],
    ]);
    expect(entities.playbooks.map((playbook) => playbook.file)).not.toContain(
      'docs/playbooks/loose.md',
    );
  });
});

describe('blog-authors-file, tags-file and translation-keys', () => {
  it('refuse e-mail addresses of authors, and a translation that lacks keys', () => {
    expect(
      run(blogAuthorsFileCheck)
        .filter((problem) => problem.rule === 'personal-data')
        .map((problem) => problem.code),
    ).toEqual([
      'personal-data.author-email-key',
      'personal-data.author-socials-key',
      'personal-data.author-mailto',
    ]);
    expect(run(tagsFileCheck)).toEqual([]);
    expect(run(translationKeysCheck).map((problem) => problem.message)).toEqual([
      'This translation of blog/authors.yml lacks "volunteers".',
    ]);
  });
});

describe('interface-translations and category-files', () => {
  it('report an unknown same-as-english id, two category files and a link to a missing doc', () => {
    expect(run(interfaceTranslationsCheck).map((problem) => problem.code)).toContain(
      'same-as-english.unknown-id',
    );
    const codes = run(categoryFilesCheck).map((problem) => problem.code);
    expect(codes).toContain('duplicate-category.found');
    expect(codes).toContain('cross-reference.unknown-doc');
  });
});

describe('cross-references', () => {
  it("reports a playbook's unknown topic folder, city, organisation and related playbook", () => {
    const problems = run(crossReferencesCheck).filter(
      (problem) => problem.file === 'docs/playbooks/legal-aid/misfiled.md',
    );
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['front matter.topics', 'cross-reference.topic-folder'],
      ['front matter.cities[1]', 'cross-reference.unknown-city'],
      ['front matter.organizations[0]', 'cross-reference.unknown-organization'],
      ['front matter.related[0]', 'cross-reference.unknown-related'],
    ]);
  });

  it('says so when there is no city yet', () => {
    const problems = run(crossReferencesCheck, files, {...entities, cities: []});
    expect(problems.map((problem) => problem.code)).toContain(
      'cross-reference.unknown-city-none-yet',
    );
  });
});

describe('collections-file, site-links and mirrors-file', () => {
  it('give the problems of collections, links and mirrors, and refuse a linked mirrors.yml', () => {
    expect(run(collectionsFileCheck)).toEqual([]);
    expect(Array.isArray(run(siteLinksCheck))).toBe(true);
    expect(run(mirrorsFileCheck)).toEqual([]);
    expect(run(mirrorsFileCheck, {...files, mirrors: {symlink: true}})).toEqual([
      expect.objectContaining({file: 'mirrors.yml', code: 'symlink.found'}),
    ]);
  });
});

describe('the catalogue family of the checks', () => {
  it('has no code that none of these inputs produces', () => {
    // Findings of the per-entry checks (channel labels, named-person addresses, coverage areas): the directory
    // entry's rules report them, and src/lib/__tests__ and src/lib/rules/__tests__ produce them.
    const perEntry = new Set([
      'link-text-host.channel-label',
      'link-text-host.label-on-contact',
      'named-person-address.found',
      'street-address-in-coverage.found',
    ]);
    expect(
      Object.keys(CHECK_TEXTS).filter((code) => !produced.has(code) && !perEntry.has(code)),
    ).toEqual([]);
  });
});
