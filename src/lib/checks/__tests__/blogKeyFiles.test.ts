import {checkBlogAuthorsFile} from '../blogAuthorsFile';
import {checkTagsFile} from '../tagsFile';

/**
 * blog/authors.yml and tags files: strict schemas, no e-mail in any
 * spelling, images on the site in every spelling Docusaurus reads, https links.
 */
const authors = (text: string, file = 'blog/authors.yml') =>
  checkBlogAuthorsFile(file, text).map((problem) => [problem.field, problem.rule]);
const tags = (text: string, file = 'blog/tags.yml') =>
  checkTagsFile(file, text).map((problem) => [problem.field, problem.rule]);

describe('blog/authors.yml', () => {
  it('passes with a team, its local image in either spelling, an https link, an author page and socials', () => {
    expect(
      authors(
        'editors:\n  name: Editors\n  title: Editorial team\n  description: The coalition editors.\n  url: https://editors.example.org/\n  image_url: /img/editors.png\n  page: true\n  socials:\n    github: sanctuary-commons\n    mastodon: https://mastodon.example.org/@editors\n',
      ),
    ).toEqual([]);
    expect(
      authors(
        'editors:\n  name: Editors\n  imageURL: /img/editors.webp\n  page:\n    permalink: /editors\n',
      ),
    ).toEqual([]);
  });

  it.each(['image_url', 'imageURL'])('refuses an image on another site as %s', (key) => {
    expect(
      authors(`editors:\n  name: Editors\n  ${key}: https://tracker.example.net/e.png\n`),
    ).toEqual([[`editors.${key}`, 'remote-image']]);
    expect(authors(`editors:\n  name: Editors\n  ${key}: //tracker.example.net/e.png\n`)).toEqual([
      [`editors.${key}`, 'remote-image'],
    ]);
  });

  it('refuses both image spellings at once, an SVG image, and an image path leaving the site', () => {
    expect(
      authors('editors:\n  name: Editors\n  image_url: /img/a.png\n  imageURL: /img/b.png\n'),
    ).toEqual([['editors.imageURL', 'schema']]);
    expect(authors('editors:\n  name: Editors\n  image_url: /img/logo.svg\n')).toEqual([
      ['editors.image_url', 'schema'],
    ]);
    expect(authors('editors:\n  name: Editors\n  image_url: /img/../../secret.png\n')).toEqual([
      ['editors.image_url', 'schema'],
    ]);
  });

  it.each([
    'email',
    'e-mail',
    'E_Mail',
    'EMAIL',
    'mail',
    'emailAddress',
    'e-mail-address',
    'courriel',
    'correo',
  ])('refuses an e-mail key spelled %s', (key) => {
    const found = authors(`editors:\n  name: Editors\n  ${key}: team@example.org\n`);
    expect(found).toContainEqual([`editors.${key}`, 'personal-data']);
    // Reported once as personal data, not again as an unknown key.
    expect(found.filter(([, rule]) => rule === 'schema')).toEqual([]);
  });

  it('refuses an e-mail in socials, by key or as a mailto: link', () => {
    expect(authors('editors:\n  name: Editors\n  socials:\n    Email: team\n')).toEqual([
      ['editors.socials.Email', 'personal-data'],
    ]);
    expect(
      authors('editors:\n  name: Editors\n  socials:\n    github: "mailto:team@example.org"\n'),
    ).toContainEqual(['editors.socials.github', 'personal-data']);
  });

  it('refuses an http: link, a social platform Docusaurus has no profile address for, and unknown keys', () => {
    expect(authors('editors:\n  name: Editors\n  url: http://editors.example.org/\n')).toEqual([
      ['editors.url', 'schema'],
    ]);
    expect(
      authors(
        'editors:\n  name: Editors\n  socials:\n    myspace: https://myspace.example.org/e\n',
      ),
    ).toEqual([['editors.socials.myspace', 'schema']]);
    expect(
      authors('editors:\n  name: Editors\n  socials:\n    github: evil.example.net/phish\n'),
    ).toEqual([['editors.socials.github', 'schema']]);
    const unknown = checkBlogAuthorsFile(
      'blog/authors.yml',
      'editors:\n  name: Editors\n  className: hidden\n',
    );
    expect(unknown).toEqual([
      expect.objectContaining({
        field: 'editors.className',
        rule: 'schema',
        line: 3,
        fix: expect.stringContaining(
          'name, title, description, url, image_url, imageURL, page, socials',
        ),
      }),
    ]);
  });

  it('refuses markup in a name, an author without a name, and a key that is not a slug', () => {
    expect(authors('editors:\n  name: "Editors</script>"\n')).toEqual([
      ['editors.name', 'angle-bracket'],
    ]);
    expect(authors('editors:\n  title: Team\n')).toEqual([['editors.name', 'schema']]);
    expect(authors('Jane Doe:\n  name: Team\n')).toEqual([['Jane Doe', 'schema']]);
  });

  it('applies to translations', () => {
    expect(
      authors(
        'editors:\n  name: Editores\n  imageURL: https://tracker.example.net/e.png\n',
        'i18n/es/docusaurus-plugin-content-blog/authors.yml',
      ),
    ).toEqual([['editors.imageURL', 'remote-image']]);
  });
});

describe('tags files', () => {
  it('passes with a label, a description and a permalink on the site, or nothing', () => {
    expect(
      tags(
        'rapid-response:\n  label: Rapid response\n  permalink: /rapid-response\n  description: Hotlines.\nmutual-aid:\n',
      ),
    ).toEqual([]);
  });

  it('refuses a permalink off the site, markup in a label, unknown keys and keys that are not slugs', () => {
    expect(
      tags('rapid-response:\n  label: Rapid\n  permalink: https://evil.example.net/\n'),
    ).toEqual([['rapid-response.permalink', 'schema']]);
    expect(tags('rapid-response:\n  label: "Rapid <b>"\n')).toEqual([
      ['rapid-response.label', 'angle-bracket'],
    ]);
    expect(tags('rapid-response:\n  label: Rapid\n  className: x\n')).toEqual([
      ['rapid-response.className', 'schema'],
    ]);
    expect(tags('Rapid Response:\n  label: Rapid\n')).toEqual([['Rapid Response', 'schema']]);
  });

  it('checks the docs tags file and translations the same way', () => {
    expect(tags('x:\n  label: "<i>"\n', 'docs/tags.yml')).toEqual([['x.label', 'angle-bracket']]);
    expect(
      tags('x:\n  permalink: //evil\n', 'i18n/fr/docusaurus-plugin-content-docs/current/tags.yml'),
    ).toEqual([['x.permalink', 'schema']]);
  });
});
