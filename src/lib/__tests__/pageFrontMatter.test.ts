import path from 'node:path';
import {checkMarkdownFile} from '../markdownFile';

/**
 * Guide and blog post front matter: strict schemas of the Docusaurus keys
 * we allow (schema/guide.ts, schema/post.ts), every value staying on the site.
 */
const siteDir = path.resolve(__dirname, '../../..');
const check = (kind: 'guide' | 'post', frontMatter: string) => {
  const file = kind === 'guide' ? 'docs/guides/g.md' : 'blog/2026-01-01-p.md';
  return checkMarkdownFile({
    file,
    text: `---\n${frontMatter}\n---\n\nText.\n`,
    siteDir,
    kind,
    contentRoot: path.join(siteDir, kind === 'guide' ? 'docs' : 'blog'),
  }).problems;
};
const found = (kind: 'guide' | 'post', frontMatter: string) =>
  check(kind, frontMatter).map((problem) => [problem.field, problem.rule]);

describe('guide front matter', () => {
  it('passes with the Docusaurus keys a guide may use', () => {
    expect(
      check(
        'guide',
        [
          'title: Start here',
          'description: Where to begin.',
          'sidebar_label: Start',
          'sidebar_position: 1',
          'keywords: [start, help]',
          'tags: [onboarding]',
          'image: /img/start.png',
          'slug: /guides/begin',
          'hide_title: false',
          'hide_table_of_contents: true',
          'toc_min_heading_level: 2',
          'toc_max_heading_level: 4',
          'pagination_label: Start',
          'pagination_next: guides/contributing',
          'pagination_prev: null',
          'parse_number_prefixes: false',
          'custom_edit_url: null',
          'last_update:\n  date: 2026-11-01',
          'unlisted: true',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['https://evil.example.net/edit'],
    ['https://github.com/sanctuary-commons/sanctuary-commons/edit/main/docs/guides/other.md'],
    [''],
    ['false'],
  ])('refuses custom_edit_url: %s (only null, which hides the link)', (value) => {
    expect(found('guide', `title: G\ncustom_edit_url: ${value === '' ? '""' : value}`)).toEqual([
      ['front matter.custom_edit_url', 'schema'],
    ]);
  });

  it.each([
    ['../../outside'],
    ['//evil.example.net'],
    ['https://evil.example.net/x'],
    ['/guides//x'],
    ['/Guides/X'],
    ['/a b'],
  ])('refuses slug: %s', (slug) => {
    expect(found('guide', `title: G\nslug: ${JSON.stringify(slug)}`)).toEqual([
      ['front matter.slug', 'schema'],
    ]);
  });

  it('refuses an image on another site, an SVG and a relative image path', () => {
    expect(found('guide', 'image: https://tracker.example.net/p.png')).toEqual([
      ['front matter.image', 'remote-image'],
    ]);
    expect(found('guide', 'image: /img/logo.svg')).toEqual([['front matter.image', 'schema']]);
    expect(found('guide', 'image: ../img/p.png')).toEqual([['front matter.image', 'schema']]);
  });

  it('refuses keys that change the theme or the page id, naming the allowed keys', () => {
    const problems = check(
      'guide',
      'title: G\nsidebar_class_name: hidden\nsidebar_custom_props:\n  x: 1\nid: other\ndisplayed_sidebar: playbooks',
    );
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['front matter.sidebar_class_name', 3],
      ['front matter.sidebar_custom_props', 4],
      ['front matter.id', 6],
      ['front matter.displayed_sidebar', 7],
    ]);
    expect(problems[0]!.fix).toContain('title, description, keywords');
    expect(problems[0]!.fix).toContain('custom_edit_url');
  });

  it('checks booleans, heading levels, last_update and plain text', () => {
    expect(found('guide', 'draft: "yes"')).toEqual([['front matter.draft', 'schema']]);
    expect(found('guide', 'draft: true\nunlisted: true')).toEqual([
      ['front matter.unlisted', 'schema'],
    ]);
    expect(found('guide', 'toc_min_heading_level: 4\ntoc_max_heading_level: 3')).toEqual([
      ['front matter.toc_min_heading_level', 'schema'],
    ]);
    expect(found('guide', 'toc_max_heading_level: 7')).toEqual([
      ['front matter.toc_max_heading_level', 'schema'],
    ]);
    expect(
      found('guide', 'last_update:\n  author: Maria Q. Volunteer\n  date: 2026-01-01'),
    ).toEqual([['front matter.last_update.author', 'schema']]);
    expect(found('guide', 'keywords: ["</script>"]')).toEqual([
      ['front matter.keywords[0]', 'angle-bracket'],
    ]);
    expect(found('guide', 'tags: ["a\u202Eb"]')).toEqual([
      ['front matter.tags[0]', 'invisible-character'],
    ]);
  });

  it('leaves a guide without front matter alone (Docusaurus takes the title from the first heading)', () => {
    const problems = checkMarkdownFile({
      file: 'docs/guides/g.md',
      text: '# Title\n\nText.\n',
      siteDir,
      kind: 'guide',
      contentRoot: path.join(siteDir, 'docs'),
    }).problems;
    expect(problems).toEqual([]);
  });
});

describe('blog post front matter', () => {
  it('passes with the Docusaurus keys a post may use', () => {
    expect(
      check(
        'post',
        [
          'title: A report',
          'title_meta: A field report',
          'description: What happened.',
          'authors: [editors]',
          'tags: [rapid-response]',
          'date: 2026-01-01',
          'slug: /reports/a-report',
          'image: /img/report.jpg',
          'keywords: [report]',
          'hide_table_of_contents: false',
          'sidebar_label: Report',
          'draft: false',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(check('post', 'authors: editors\ndate: 2026-01-01T10:00:00Z')).toEqual([]);
  });

  it("refuses inline authors and the legacy author keys (a person's details, a remote image)", () => {
    expect(
      found('post', 'authors:\n  - name: Maria\n    image_url: https://tracker.example.net/m.jpg'),
    ).toEqual([['front matter.authors[0]', 'schema']]);
    expect(
      found(
        'post',
        'author: Maria Q. Volunteer\nauthor_image_url: https://tracker.example.net/m.jpg\nauthorURL: https://example.org',
      ),
    ).toEqual([
      ['front matter.author', 'schema'],
      ['front matter.author_image_url', 'schema'],
      ['front matter.authorURL', 'schema'],
    ]);
  });

  it('refuses a slug or image off the site, a bad date and keys a post does not have', () => {
    expect(found('post', 'slug: //evil.example.net/post')).toEqual([
      ['front matter.slug', 'schema'],
    ]);
    expect(found('post', 'image: //cdn.example.net/cover.png')).toEqual([
      ['front matter.image', 'remote-image'],
    ]);
    expect(found('post', 'date: yesterday')).toEqual([['front matter.date', 'schema']]);
    expect(found('post', 'custom_edit_url: https://evil.example.net/')).toEqual([
      ['front matter.custom_edit_url', 'schema'],
    ]);
  });
});
