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
    'docs/playbooks/rapid-response/img/flow-chart.png',
    'docs/playbooks/rapid-response/photo.JPG',
    'blog/2026-10-14-two-hotlines-one-rule.md',
    'blog/2026-12-01-winter-plans/index.md',
    'blog/2026-12-01-winter-plans/map.webp',
    'blog/not-a-date/index.md',
    'blog/cover.gif',
    'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/hotline.md',
    'i18n/fr/docusaurus-plugin-content-blog/2026-10-14-two-hotlines-one-rule.md',
    'i18n/fr/docusaurus-plugin-content-blog/2026-12-01-winter-plans/index.md',
    'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/diagram.png',
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
    ['docs/guides/.hidden.md', /hidden and _-prefixed/],
    ['docs/guides/_partial.md', /hidden and _-prefixed/],
    ['docs/playbooks/rapid-response/_partial.md', /hidden and _-prefixed/],
    ['docs/playbooks/_drafts/x.md', /hidden and _-prefixed/],
    ['docs/guides/start-here.md', /guide is site-wide/],
    ['docs/guides/photo.JPG', /not a page or an image/],
    ['docs/intro.md', /guide is site-wide/],
    ['docs/playbooks/rapid-response/photo.Jpg', /not a page or an image/],
    ['i18n/es/code.json', /interface strings/],
    ['i18n/fr/same-as-english.json', /interface strings/],
    ['i18n/es/docusaurus-theme-classic/navbar.json', /interface strings/],
    ['i18n/es/docusaurus-theme-classic/footer.json', /interface strings/],
    ['i18n/es/docusaurus-plugin-content-docs/current.json', /interface strings/],
    ['i18n/es/docusaurus-plugin-content-blog/options.json', /interface strings/],
    ['i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md', /translated guide/],
    ['i18n/es/docusaurus-plugin-content-docs/current/guides/diagram.png', /published locale/],
    ['docs/guides/data.json', /not a page or an image/],
    ['blog/drafts/post.md', /not a page or an image/],
    ['i18n/de/code.json', /interface strings/],
    ['i18n/en/code.json', /interface strings/],
    ['i18n/de/docusaurus-plugin-content-blog/post.md', /published locale/],
    ['i18n/en/docusaurus-plugin-content-docs/current/playbooks/a/b.md', /published locale/],
    ['i18n/es/docusaurus-plugin-content-docs/current/deep/nested/x.json', /interface strings/],
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
    expect(coreReason('directory/chicago/_city.yml', 'removed')).toMatch(
      /removes a whole city hub/,
    );
    expect(coreReason('directory/chicago/old-org.yml', 'removed')).toBeUndefined();
  });

  it('checks both paths of a rename, so moving a file out of the content paths is flagged', () => {
    const report = buildPrReport({
      changedFiles: [
        {file: 'static/evil.md', status: 'renamed', previousFile: 'docs/playbooks/x/x.md'},
        {file: 'docs/playbooks/x/x.md', status: 'removed'},
        {file: 'docs/playbooks/x/y.md', status: 'renamed', previousFile: 'templates/playbook.md'},
        {file: 'templates/playbook.md', status: 'removed'},
      ],
      report: {errors: 0, warnings: 0, checkedFiles: 0, problems: []},
      entries: [],
      cities: new Map(),
      owner: 'o',
    });
    expect(report.coreFiles.map((core) => core.file)).toEqual([
      'static/evil.md',
      'templates/playbook.md',
    ]);
    expect(report.body).toContain('### Needs a core maintainer');
  });
});
