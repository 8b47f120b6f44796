import {checkContentFileNames, slugify} from '../fileNames';

/** Markdown file and folder names are slugs (they are page addresses and the ids the bots key issues by). */
const names = (files: string[]) =>
  checkContentFileNames(files).map((problem) => [problem.file, problem.fix]);

describe('Markdown file names', () => {
  it('accepts slug names in docs/, dated names in blog/, and their translations', () => {
    expect(
      names([
        'docs/guides/start-here.md',
        'docs/playbooks/rapid-response/verified-hotline.md',
        'docs/guides/index.md',
        'blog/2026-10-14-two-hotlines-one-rule.md',
        'blog/2026-11-18-plans-before-the-knock/index.md',
        'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md',
        'i18n/fr/docusaurus-plugin-content-blog/2026-10-14-two-hotlines-one-rule.md',
        'docs/guides/_category_.yml',
        'docs/guides/Photo 1.png',
        'directory/x/Bad Name.yml',
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      'docs/playbooks/rapid-response/Rapid Response Plan.md',
      'docs/playbooks/rapid-response/rapid-response-plan.md',
    ],
    ['docs/playbooks/Rapid Response/plan.md', 'docs/playbooks/rapid-response/plan.md'],
    ['docs/guides/Guía_de Inicio.md', 'docs/guides/guia-de-inicio.md'],
    ['docs/guides/start--here.md', 'docs/guides/start-here.md'],
    ['docs/guides/_partial.md', 'docs/guides/partial.md'],
    [
      'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/Plan Rápido.md',
      'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/plan-rapido.md',
    ],
  ])('refuses %s and proposes %s', (file, proposed) => {
    expect(names([file])).toEqual([[file, expect.stringContaining(`Rename it to ${proposed} `)]]);
  });

  it.each([
    ['blog/My Post.md', 'blog/YYYY-MM-DD-my-post.md'],
    ['blog/2026-01-01-My Post.md', 'blog/2026-01-01-my-post.md'],
    ['blog/2026-13-40-post.md', 'blog/YYYY-MM-DD-post.md'],
    ['blog/2026-01-01-My Post/index.md', 'blog/2026-01-01-my-post/index.md'],
    ['blog/reports/2026-01-01-post.md', 'blog/2026-01-01-post.md'],
    [
      'i18n/es/docusaurus-plugin-content-blog/Mi Post.md',
      'i18n/es/docusaurus-plugin-content-blog/YYYY-MM-DD-mi-post.md',
    ],
  ])('refuses the post %s and proposes %s', (file, proposed) => {
    expect(names([file])).toEqual([[file, expect.stringContaining(`Rename it to ${proposed}:`)]]);
  });

  it('slugifies without losing words', () => {
    expect(slugify('Ñandú  Día—Uno')).toBe('nandu-dia-uno');
    expect(slugify('***')).toBe('page');
  });
});
