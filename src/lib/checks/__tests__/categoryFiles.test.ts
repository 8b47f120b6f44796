import {checkCategoryFiles} from '../categoryFiles';

/**
 * Sidebar category files (docs/**\/_category_.{json,yml,yaml}): the label is
 * written into the breadcrumbs' structured data <script>, the link's title and
 * description onto a generated index page; links and images stay on the site.
 */
const DOCS = new Set(['guides/start-here', 'playbooks/rapid-response/verified-hotline']);
const check = (text: string, file = 'docs/guides/_category_.yml') =>
  checkCategoryFiles([{file, text}], DOCS);
const found = (text: string, file?: string) =>
  check(text, file).map((problem) => [problem.field, problem.rule]);

describe('a _category_ file', () => {
  it('passes with the keys a category needs', () => {
    expect(
      check(
        'label: Guides\nposition: 2\ncollapsible: true\ncollapsed: false\ndescription: How to take part.\nkey: guides\nlink:\n  type: generated-index\n  title: Guides\n  description: Every guide.\n  slug: /category/guides\n  keywords: [guides, help]\n  image: /img/guides.png\n',
      ),
    ).toEqual([]);
    expect(
      check(
        '{"label": "Guides", "link": {"type": "doc", "id": "guides/start-here"}}',
        'docs/guides/_category_.json',
      ),
    ).toEqual([]);
    expect(check('label: Guides\nlink: null\n', 'docs/guides/_category_.yaml')).toEqual([]);
  });

  it('refuses markup in the label (it would end the structured-data script), an invite or a phone number in any text', () => {
    expect(
      found('{"label": "Guides</script><script>alert(1)</script>"}', 'docs/guides/_category_.json'),
    ).toEqual([['label', 'angle-bracket']]);
    expect(
      found(
        'label: Guides\nlink:\n  type: generated-index\n  description: "Join https://chat.whatsapp.com/AbCdEfGhIjK or call (612) 333-4455"\n',
      ),
    ).toEqual([
      ['link.description', 'chat-invite'],
      ['link.description', 'phone-in-prose'],
    ]);
  });

  it('refuses className and customProps, naming the allowed keys', () => {
    const problems = check(
      'label: Guides\nclassName: menu__hidden\ncustomProps:\n  html: "<b>"\n',
    ).filter((problem) => problem.rule === 'schema');
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['className', 2],
      ['customProps', 3],
    ]);
    expect(problems[0]!.fix).toContain(
      'label, position, collapsible, collapsed, description, key, link',
    );
  });

  it.each([
    ['https://evil.example.net/phish'],
    ['//evil.example.net/phish'],
    ['/category/../../outside'],
    ['/category//guides'],
    ['/\\evil.example.net'],
    ['javascript:alert(1)'],
  ])('refuses a generated index slug off the site: %s', (slug) => {
    expect(found(`link:\n  type: generated-index\n  slug: ${JSON.stringify(slug)}\n`)).toEqual([
      ['link.slug', 'schema'],
    ]);
  });

  it('refuses an image on another site or that can carry scripts', () => {
    expect(
      found('link:\n  type: generated-index\n  image: https://tracker.example.net/p.png\n'),
    ).toEqual([['link.image', 'remote-image']]);
    expect(
      found('link:\n  type: generated-index\n  image: "data:image/png;base64,AAAA"\n'),
    ).toEqual([['link.image', 'remote-image']]);
    expect(found('link:\n  type: generated-index\n  image: /img/logo.svg\n')).toEqual([
      ['link.image', 'schema'],
    ]);
  });

  it('refuses a link of another type, an unknown key in a link, and a doc that does not exist', () => {
    expect(found('link:\n  type: link\n  href: https://evil.example.net\n')).toEqual([
      ['link.type', 'schema'],
    ]);
    expect(
      found('link:\n  type: doc\n  id: guides/start-here\n  href: https://evil.example.net\n'),
    ).toEqual([['link.href', 'schema']]);
    expect(found('link:\n  type: doc\n  id: guides/no-such-guide\n')).toEqual([
      ['link.id', 'cross-reference'],
    ]);
  });

  it('reports a syntax error with its line and column, in JSON and in YAML', () => {
    expect(
      check('{\n  "label": "Guides"\n  "position": 2\n}', 'docs/guides/_category_.json').map(
        (problem) => [problem.line, problem.column, problem.rule],
      ),
    ).toEqual([[3, 3, 'json-syntax']]);
    expect(check('label: [Guides\n').map((problem) => [problem.line, problem.rule])).toEqual([
      [2, 'yaml-syntax'],
    ]);
  });

  it('refuses two category files in one folder (Docusaurus would read only one)', () => {
    const problems = checkCategoryFiles(
      [
        {file: 'docs/guides/_category_.json', text: '{"label": "Guides"}'},
        {file: 'docs/guides/_category_.yml', text: 'label: Other\n'},
      ],
      DOCS,
    );
    expect(problems).toEqual([
      expect.objectContaining({file: 'docs/guides/_category_.yml', rule: 'duplicate-category'}),
    ]);
  });
});
