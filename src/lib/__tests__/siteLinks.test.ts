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
});
