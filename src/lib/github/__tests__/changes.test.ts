import {contentPath, coreReason} from '../changes';
import {buildPrReport} from '../prReport';

/**
 * "Needs a core maintainer" is an allow-list: only contributed content may
 * be merged by a city's maintainers; every other path, including ones
 * nobody thought of, needs a core maintainer and says why.
 */
describe('coreReason', () => {
  it.each([
    'directory/chicago/kestrel-bond-fund.yml',
    'directory/chicago/_city.yml',
    'directory/new-york/org-2.yml',
    'docs/playbooks/rapid-response/hotline.md',
    'docs/guides/start-here.md',
    'docs/playbooks/rapid-response/img/flow-chart.png',
    'docs/guides/photo.JPG',
    'blog/2026-10-14-two-hotlines-one-rule.md',
    'blog/2026-12-01-winter-plans/index.md',
    'blog/2026-12-01-winter-plans/map.webp',
    'blog/cover.gif',
    'i18n/es/code.json',
    'i18n/fr/same-as-english.json',
    'i18n/es/docusaurus-theme-classic/navbar.json',
    'i18n/es/docusaurus-plugin-content-docs/current.json',
    'i18n/es/docusaurus-plugin-content-blog/options.json',
    'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md',
    'i18n/fr/docusaurus-plugin-content-blog/2026-10-14-two-hotlines-one-rule.md',
    'i18n/es/docusaurus-plugin-content-docs/current/guides/diagram.png',
  ])('a city maintainer may merge %s', (file) => {
    expect(contentPath(file)).toBeDefined();
    expect(coreReason(file)).toBeUndefined();
    expect(coreReason(file, 'added')).toBeUndefined();
  });

  it.each([
    ['.npmrc', /npm settings/],
    ['package.json', /dependencies/],
    ['package-lock.json', /dependencies/],
    ['sidebars.ts', /navigation/],
    ['docusaurus.config.ts', /site configuration/],
    ['tsconfig.json', /configuration/],
    ['jest.config.js', /configuration/],
    ['.gitignore', /configuration/],
    ['static/_headers', /security policy/],
    ['static/img/logo.png', /served as-is/],
    ['templates/organization.yml', /every new contributor/],
    ['src/lib/github/markdown.ts', /code/],
    ['tests/workflows.test.ts', /tests/],
    ['.github/workflows/validate.yml', /workflows/],
    ['.github/CODEOWNERS', /approve/],
    ['directory/_tombstones.yml', /removed organisations/],
    ['directory/chicago/Kestrel.yml', /not a city hub or organisation file/],
    ['directory/chicago/notes.md', /not a city hub or organisation file/],
    ['directory/chicago/sub/org.yml', /not a city hub or organisation file/],
    ['directory/Chicago/org.yml', /not a city hub or organisation file/],
    ['docs/collections.yml', /collections/],
    ['blog/authors.yml', /every blog post/],
    ['blog/tags.yml', /every blog post/],
    ['i18n/es/docusaurus-plugin-content-blog/authors.yml', /every blog post/],
    ['docs/playbooks/rapid-response/_category_.json', /sidebar/],
    ['docs/guides/_category_.yml', /sidebar/],
    ['docs/guides/page.mdx', /MDX/],
    ['docs/guides/diagram.svg', /SVG/],
    ['blog/2026-12-01-winter-plans/diagram.svg', /SVG/],
    ['docs/guides/.hidden.md', /not a page or an image/],
    ['docs/guides/_partial.md', /not a page or an image/],
    ['docs/guides/data.json', /not a page or an image/],
    ['blog/drafts/post.md', /not a page or an image/],
    ['blog/not-a-date/index.md', /not a page or an image/],
    ['i18n/de/code.json', /published locale/],
    ['i18n/en/code.json', /published locale/],
    ['i18n/es/docusaurus-plugin-content-docs/current/deep/nested/x.json', /published locale/],
    ['README.md', /project documentation/],
    ['CITATION.cff', /citation/],
    ['docs/../src/x.md', /not a normal repository path/],
    ['bench/run.ts', /not a content path/],
    ['scripts/deploy.sh', /not a content path/],
  ])('%s needs a core maintainer', (file, reason) => {
    expect(contentPath(file)).toBeUndefined();
    expect(coreReason(file)).toMatch(reason);
  });

  it('removing a city hub needs a core maintainer; removing an organisation does not', () => {
    expect(coreReason('directory/chicago/_city.yml', 'removed')).toMatch(/removes a whole city hub/);
    expect(coreReason('directory/chicago/old-org.yml', 'removed')).toBeUndefined();
  });

  it('checks both paths of a rename, so moving a file out of the content paths is flagged', () => {
    const report = buildPrReport({
      changedFiles: [{file: 'static/evil.md', status: 'renamed', previousFile: 'docs/guides/x.md'}, {file: 'docs/guides/x.md', status: 'removed'}, {file: 'docs/guides/y.md', status: 'renamed', previousFile: 'templates/playbook.md'}, {file: 'templates/playbook.md', status: 'removed'}],
      report: {errors: 0, warnings: 0, checkedFiles: 0, problems: []},
      entries: [],
      cities: new Map(),
      owner: 'o',
    });
    expect(report.coreFiles.map((core) => core.file)).toEqual(['static/evil.md', 'templates/playbook.md']);
    expect(report.body).toContain('### Needs a core maintainer');
  });
});
