import fs from 'node:fs';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {coreReason} from '../changes';
import {citiesOf} from '../collect';
import {buildPrReport} from '../prReport';
import {CODEOWNERS_FILE, CORE_MAINTAINERS, generateCodeowners} from '../codeowners';
import {codeownersOf, codeownersPatternMatches} from '../ownership';

const root = path.resolve(__dirname, '../../../..');

describe('CODEOWNERS', () => {
  it("gives each city folder's YAML entries to its maintainers and each organisation file also to its own", () => {
    const text = generateCodeowners(loadCoalition(path.join(root, 'tests/__fixtures__/site')), [
      '@core',
    ]);
    const lines = text.split('\n');
    expect(lines).toContain('* @core');
    const city = lines.findIndex((line) => line.startsWith('/directory/minneapolis/*.yml '));
    // Not the whole folder: any other file placed there (a script, an SVG) falls back to the core maintainers.
    expect(lines.some((line) => line.startsWith('/directory/minneapolis/ '))).toBe(false);
    expect(city).toBeGreaterThan(lines.indexOf('* @core'));
    const org = lines.find((line) =>
      line.startsWith('/directory/minneapolis/fixture-legal-aid.yml '),
    );
    expect(org?.split(' ').slice(1)).toEqual(expect.arrayContaining([lines[city]!.split(' ')[1]]));
    // Core paths come last, so no city pattern can take them over.
    expect(lines.filter(Boolean).at(-1)).toBe('/directory/_tombstones.yml @core');
  });

  it('the committed .github/CODEOWNERS is up to date (run `npm run codeowners` to fix)', () => {
    const committed = fs.readFileSync(path.join(root, CODEOWNERS_FILE), 'utf8');
    expect(committed).toBe(generateCodeowners(loadCoalition(root)));
  });

  describe('agrees with the pull-request report on who may merge (F14: one table, src/lib/github/ownership.ts)', () => {
    const codeowners = fs.readFileSync(path.join(root, CODEOWNERS_FILE), 'utf8');
    const cities = citiesOf(loadCoalition(root));
    /** What the pull-request report says: whether the file is listed under "Needs a core maintainer". */
    const reportSaysCore = (file: string) =>
      buildPrReport({
        changedFiles: [{file, status: 'modified'}],
        report: {errors: 0, warnings: 0, checkedFiles: 0, problems: []},
        entries: [],
        cities,
        owner: 'sanctuary-commons',
      }).coreFiles.length > 0;
    const coreOnly = (file: string) => {
      const owners = codeownersOf(codeowners, file);
      return owners.length > 0 && owners.every((owner) => CORE_MAINTAINERS.includes(owner));
    };
    it.each([
      // City content.
      'directory/chicago/kestrel-bond-fund.yml',
      'directory/chicago/_city.yml',
      'directory/denver/new-org.yml',
      'docs/playbooks/rapid-response/hotline.md',
      'docs/playbooks/rapid-response/img/flow.png',
      'docs/playbooks/a/b/c.webp',
      'blog/2026-10-14-two-hotlines-one-rule.md',
      'blog/2026-12-01-winter-plans/index.md',
      'blog/2026-12-01-winter-plans/map.JPG',
      'blog/cover.gif',
      'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/hotline.md',
      'i18n/fr/docusaurus-plugin-content-blog/2026-10-14-two-hotlines-one-rule.md',
      'i18n/fr/docusaurus-plugin-content-blog/x/index.md',
      // Site-wide text: core.
      'i18n/es/code.json',
      'i18n/fr/code.json',
      'i18n/es/docusaurus-theme-classic/footer.json',
      'i18n/es/docusaurus-theme-classic/navbar.json',
      'i18n/es/docusaurus-plugin-content-docs/current.json',
      'i18n/es/docusaurus-plugin-content-blog/options.json',
      'i18n/de/code.json',
      'docs/guides/start-here.md',
      'docs/guides/safety-and-privacy.md',
      'docs/intro.md',
      'docs/guides/photo.png',
      'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md',
      'i18n/de/docusaurus-plugin-content-blog/post.md',
      // Never pages, and everything else.
      'docs/playbooks/rapid-response/_category_.json',
      'docs/guides/_category_.yml',
      'docs/playbooks/x/_partial.md',
      'docs/playbooks/.x.md',
      'docs/playbooks/x/page.mdx',
      'docs/playbooks/x/diagram.svg',
      'docs/playbooks/x/photo.Jpg',
      'docs/collections.yml',
      'blog/authors.yml',
      'blog/tags.yml',
      'blog/drafts/post.md',
      'blog/2026-12-01-winter-plans/notes.txt',
      'directory/_tombstones.yml',
      'directory/chicago/notes.md',
      'directory/chicago/sub/org.yml',
      'directory/nowhere/org.yml',
      'static/_headers',
      'templates/city.yml',
      'sidebars.ts',
      '.npmrc',
      'package.json',
      'src/lib/coalition.ts',
      '.github/CODEOWNERS',
      'README.md',
      'docs/../src/x.md',
    ])('%s', (file) => {
      // The report says a city maintainer may merge exactly when CODEOWNERS asks a city's maintainers.
      expect({file, cityMayMerge: !reportSaysCore(file)}).toEqual({
        file,
        cityMayMerge: !coreOnly(file),
      });
    });

    it.each([
      ['directory/chicago/Kestrel.yml', 'not a slug: the validator refuses the file name'],
      ['docs/playbooks/a/my page.md', 'not a slug: the validator refuses the file name'],
    ])('is stricter than CODEOWNERS only where a pattern cannot say it: %s (%s)', (file) => {
      expect(coreOnly(file)).toBe(false);
      expect(coreReason(file)).toBeDefined();
      expect(reportSaysCore(file)).toBe(true);
    });

    it('matches CODEOWNERS patterns as GitHub does', () => {
      expect(codeownersPatternMatches('*', 'a/b/c.md')).toBe(true);
      expect(codeownersPatternMatches('/docs/playbooks/**/*.md', 'docs/playbooks/x.md')).toBe(true);
      expect(codeownersPatternMatches('/docs/playbooks/**/*.md', 'docs/playbooks/a/b/x.md')).toBe(
        true,
      );
      expect(codeownersPatternMatches('/docs/playbooks/**/*.md', 'docs/guides/x.md')).toBe(false);
      expect(codeownersPatternMatches('/blog/*.md', 'blog/a/b.md')).toBe(false);
      expect(codeownersPatternMatches('_*', 'docs/a/_category_.json')).toBe(true);
      expect(codeownersPatternMatches('_*', 'docs/_drafts/x.md')).toBe(true);
      expect(codeownersPatternMatches('/src/', 'src/lib/x.ts')).toBe(true);
      expect(codeownersPatternMatches('/src/', 'docs/src/x.md')).toBe(false);
      expect(codeownersPatternMatches('/package.json', 'package.json')).toBe(true);
      expect(codeownersPatternMatches('/package.json', 'docs/package.json')).toBe(false);
    });
  });
});
