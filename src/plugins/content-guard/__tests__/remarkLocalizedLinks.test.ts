import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Link, Root} from 'mdast';
import {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {parseMarkdown} from '../../../lib/markdownFile';
import remarkLocalizedLinks from '../remarkLocalizedLinks';

/**
 * Relative links point at the file that publishes the page in the locale
 * being built (regression: an English guide linking to a translated playbook,
 * and a translation linking to an untranslated page, broke the es build).
 */
const content = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-links-'));
const write = (file: string) => {
  fs.mkdirSync(path.dirname(path.join(content, file)), {recursive: true});
  fs.writeFileSync(path.join(content, file), '---\ntitle: x\n---\n');
};
[
  'docs/guides/start-here.md',
  'docs/guides/safety.md',
  'docs/playbooks/a/one.md',
  'docs/playbooks/b/two words.md',
  'i18n/es/docusaurus-plugin-content-docs/current/playbooks/a/one.md',
  'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md',
  'blog/2026-01-01-post.md',
  'i18n/es/docusaurus-plugin-content-blog/2026-01-01-post.md',
].forEach(write);
afterAll(() => fs.rmSync(content, {recursive: true, force: true}));

function linksAfter(file: string, markdown: string, locale: string | undefined): string[] {
  const previous = process.env.DOCUSAURUS_CURRENT_LOCALE;
  if (locale) process.env.DOCUSAURUS_CURRENT_LOCALE = locale;
  else delete process.env.DOCUSAURUS_CURRENT_LOCALE;
  try {
    const tree: Root = parseMarkdown(markdown);
    remarkLocalizedLinks({contentDir: content, defaultLocale: 'en'})(
      tree,
      new VFile({path: path.join(content, file)}),
    );
    const links: string[] = [];
    visit(tree, 'link', (link: Link) => void links.push(link.url));
    return links;
  } finally {
    if (previous === undefined) delete process.env.DOCUSAURUS_CURRENT_LOCALE;
    else process.env.DOCUSAURUS_CURRENT_LOCALE = previous;
  }
}

const LINKS =
  '[a](../playbooks/a/one.md#steps) [b](safety.md?x=1) [c](../playbooks/b/two%20words.md) [d](/directory) [e](https://example.org/x.md)';

test('an English page, built in Spanish, links to the Spanish translation where there is one', () => {
  expect(linksAfter('docs/guides/start-here.md', LINKS, 'es')).toEqual([
    '../../i18n/es/docusaurus-plugin-content-docs/current/playbooks/a/one.md#steps',
    'safety.md?x=1',
    '../playbooks/b/two%20words.md',
    '/directory',
    'https://example.org/x.md',
  ]);
});

test('a translation links to the English page where the target is not translated', () => {
  const file = 'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md';
  expect(linksAfter(file, LINKS, 'es')).toEqual([
    '../playbooks/a/one.md#steps',
    '../../../../../docs/guides/safety.md?x=1',
    '../../../../../docs/playbooks/b/two%20words.md',
    '/directory',
    'https://example.org/x.md',
  ]);
});

test('in English, and outside a build, links are left alone', () => {
  expect(linksAfter('docs/guides/start-here.md', LINKS, 'en')).toEqual([
    '../playbooks/a/one.md#steps',
    'safety.md?x=1',
    '../playbooks/b/two%20words.md',
    '/directory',
    'https://example.org/x.md',
  ]);
  expect(linksAfter('docs/guides/start-here.md', LINKS, undefined)).toEqual([
    '../playbooks/a/one.md#steps',
    'safety.md?x=1',
    '../playbooks/b/two%20words.md',
    '/directory',
    'https://example.org/x.md',
  ]);
});

test('blog posts too', () => {
  expect(linksAfter('blog/2026-01-01-post.md', '[p](2026-01-01-post.md)', 'es')).toEqual([
    '../i18n/es/docusaurus-plugin-content-blog/2026-01-01-post.md',
  ]);
});
