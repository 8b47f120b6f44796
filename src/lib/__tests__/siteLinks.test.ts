import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkMarkdownFile, parseMarkdown} from '../markdownFile';
import {checkSiteLinks} from '../siteLinks';
import {siteLinkRefs} from '../siteLinkRefs';

const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-site-links-'));
fs.mkdirSync(path.join(contentDir, 'docs/guides'), {recursive: true});
fs.writeFileSync(path.join(contentDir, 'docs/guides/here.md'), '# Here\n');
const index = {contentDir, cities: new Set(['chicago']), organizations: new Set(['chicago/desk'])};
const FILE = 'docs/guides/start.md';

const check = (markdown: string) =>
  checkSiteLinks(siteLinkRefs(parseMarkdown(markdown)), FILE, index).map((problem) => [
    problem.line,
    problem.code,
  ]);

describe('checkSiteLinks', () => {
  it('judges links, images and definitions into the site, and leaves other schemes and anchors alone', () => {
    const markdown = [
      '[ok](./here.md) [org](/directory/chicago/desk) [gone](/directory/chicago/none)',
      '![pic](./missing.png) [web](https://example.org/x) [top](#top) [mail](mailto:a@example.org)',
      '',
      '[ref]: ../guides/nothing.md',
    ].join('\n');
    expect(siteLinkRefs(parseMarkdown(markdown)).map((link) => link.kind)).toEqual([
      'link',
      'link',
      'link',
      'image',
      'link',
    ]);
    expect(check(markdown)).toEqual([
      [1, 'broken-link.site'],
      [2, 'broken-link.relative'],
      [4, 'broken-link.relative'],
    ]);
  });

  it('does not throw on a % that starts no valid escape: the bad-url rule reports it once', () => {
    // decodeURI throws URIError on these; the validator once stopped with a stack trace here.
    const markdown = '[a](../x%E0%A4%A.md) [b](/docs/%zz) ![c](./c%.png)\n\n[d]: ./d%E0.md\n';
    expect(() => check(markdown)).not.toThrow();
    expect(check(markdown)).toEqual([]);
    const rules = checkMarkdownFile({
      file: FILE,
      text: markdown,
      siteDir: contentDir,
      kind: 'guide',
      contentRoot: path.join(contentDir, 'docs'),
    }).problems.map((problem) => problem.code);
    expect(rules.filter((code) => code === 'bad-url.invalid')).toHaveLength(4);
  });

  it.each(['#%E0%A4%A', '/docs/guides/here#%E0', './here.md?x=%zz', '../guides/here.md#%'])(
    'reports %s, whose query or fragment holds a malformed escape, before the build meets it',
    (url) => {
      // Docusaurus's broken-link check decodes the fragment and stopped the build with a URIError.
      const codes = checkMarkdownFile({
        file: FILE,
        text: `See [the part](${url}).\n`,
        siteDir: contentDir,
        kind: 'guide',
        contentRoot: path.join(contentDir, 'docs'),
      }).problems.map((problem) => problem.code);
      expect(codes).toEqual(['bad-url.invalid']);
    },
  );

  it('lets a translation link to an untranslated page beside its original, but not use its images', () => {
    // Docusaurus resolves only .md links against the original's folder; an image must sit beside the translation.
    fs.writeFileSync(path.join(contentDir, 'docs/guides/pic.png'), '');
    const translation = 'i18n/es/docusaurus-plugin-content-docs/current/guides/start.md';
    fs.mkdirSync(path.join(contentDir, path.dirname(translation)), {recursive: true});
    const markdown = '[aquí](./here.md) ![Diagrama](./pic.png) [archivo](./pic.png)\n';
    const problems = checkSiteLinks(siteLinkRefs(parseMarkdown(markdown)), translation, index);
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['image', 'broken-link.relative'],
      ['link', 'broken-link.relative'],
    ]);
  });
});
