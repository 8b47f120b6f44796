import {checkI18nPlacement} from '../i18nPlacement';

/** Files under i18n/: never for the default locale, only published locales, only files Docusaurus reads. */
const placed = (files: string[]) => {
  const {problems, refused} = checkI18nPlacement(files);
  return {rules: problems.map((problem) => [problem.file, problem.rule]), refused: [...refused]};
};

describe('the place of files under i18n/', () => {
  it('accepts translations Docusaurus reads for a published locale', () => {
    const files = [
      'i18n/es/code.json',
      'i18n/es/same-as-english.json',
      'i18n/es/docusaurus-theme-classic/footer.json',
      'i18n/fr/docusaurus-plugin-content-docs/current.json',
      'i18n/fr/docusaurus-plugin-content-docs/current/guides/start-here.md',
      'i18n/fr/docusaurus-plugin-content-docs/current/guides/map.png',
      'i18n/fr/docusaurus-plugin-content-docs/current/tags.yml',
      'i18n/es/docusaurus-plugin-content-blog/authors.yml',
      'i18n/es/docusaurus-plugin-content-blog/tags.yml',
      'i18n/es/docusaurus-plugin-content-blog/2026-10-14-post/photo.jpg',
      'directory/x/_city.yml',
      'docs/guides/_category_.yml',
    ];
    expect(placed(files)).toEqual({rules: [], refused: []});
  });

  it.each([
    ['i18n/en/code.json', "the site's source"],
    ['i18n/en/docusaurus-theme-classic/footer.json', "the site's source"],
    [
      'i18n/en/docusaurus-plugin-content-docs/current/guides/start-here.md',
      'docs/guides/start-here.md',
    ],
    ['i18n/en/docusaurus-plugin-content-blog/2026-10-14-post.md', 'blog/2026-10-14-post.md'],
    ['i18n/en/docusaurus-plugin-content-blog/authors.yml', 'blog/authors.yml'],
  ])(
    'refuses %s, which would replace English content, and says which English file to edit',
    (file, english) => {
      const {problems, refused} = checkI18nPlacement([file]);
      expect(problems).toEqual([
        expect.objectContaining({
          file,
          rule: 'default-locale-copy',
          fix: expect.stringContaining(english),
        }),
      ]);
      expect(refused.has(file)).toBe(true);
    },
  );

  it('refuses any file of a locale the site does not publish', () => {
    expect(
      placed(['i18n/xx/code.json', 'i18n/de/docusaurus-plugin-content-blog/tags.yml']).rules,
    ).toEqual([
      ['i18n/xx/code.json', 'i18n-locale'],
      ['i18n/de/docusaurus-plugin-content-blog/tags.yml', 'i18n-locale'],
    ]);
  });

  it('refuses files Docusaurus never reads from i18n/: category files, other YAML, stray images, files outside a locale', () => {
    expect(
      placed([
        'i18n/es/docusaurus-plugin-content-docs/current/guides/_category_.json',
        'i18n/es/docusaurus-plugin-content-docs/current/collections.yml',
        'i18n/es/photo.png',
        'i18n/code.json',
      ]).rules.map(([, rule]) => rule),
    ).toEqual(['i18n-layout', 'i18n-layout', 'i18n-layout', 'i18n-layout']);
  });
});
