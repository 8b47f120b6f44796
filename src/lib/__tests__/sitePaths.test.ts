import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {createSitePaths, sitePaths} from '../sitePaths';

describe('sitePaths', () => {
  it('builds every kind of site path with the default base paths', () => {
    expect([
      sitePaths.directory(),
      sitePaths.city('chicago'),
      sitePaths.organization('chicago', 'westside'),
      sitePaths.doc('guides/start-here'),
      sitePaths.playbooks(),
    ]).toEqual([
      '/directory',
      '/directory/chicago',
      '/directory/chicago/westside',
      '/docs/guides/start-here',
      '/docs/playbooks',
    ]);
    expect([
      sitePaths.topic('bond-fund'),
      sitePaths.compare(),
      sitePaths.compare('bond-fund', '?playbook=a'),
    ]).toEqual(['/topics/bond-fund', '/compare', '/compare/bond-fund?playbook=a']);
    expect(sitePaths.patterns).toEqual({
      organization: '/directory/:city/:organization',
      city: '/directory/:city',
      playbook: '/docs/playbooks/:topic/:slug',
    });
  });

  it('follows other base paths, with or without slashes', () => {
    const paths = createSitePaths({directory: '/organisations/', docs: 'knowledge'});
    expect([
      paths.organization('a', 'b'),
      paths.doc('playbooks/x/y'),
      paths.patterns.playbook,
    ]).toEqual([
      '/organisations/a/b',
      '/knowledge/playbooks/x/y',
      '/knowledge/playbooks/:topic/:slug',
    ]);
  });

  it.each(['', '/', 'Directory', 'a b', '../x', 'dir?x'])(
    'refuses the base path %j, saying what a base path may hold',
    (value) => {
      expect(() => createSitePaths({directory: value})).toThrow(
        /lowercase letters, digits and hyphens/,
      );
    },
  );
});

/**
 * "One module builds every site URL": no string in the site's code spells a
 * directory or docs URL itself. Reads every source file with the TypeScript
 * parser (comments and JSDoc are not strings).
 */
describe('site URLs are built by src/lib/sitePaths only', () => {
  const ROOT = path.resolve(__dirname, '../..');
  // sitePaths itself; CODEOWNERS patterns are repository folders (directory/<city>/), not URLs.
  const ALLOWED = new Set([
    'lib/sitePaths.ts',
    'lib/github/codeowners.ts',
    'lib/github/ownership.ts',
  ]);
  const REPOSITORY_PATHS = /^\/directory\/_tombstones\.yml$/;
  const files = fs
    .readdirSync(ROOT, {recursive: true, withFileTypes: true})
    .filter(
      (entry) =>
        entry.isFile() &&
        /\.tsx?$/.test(entry.name) &&
        !entry.parentPath.includes('__tests__') &&
        !entry.name.endsWith('.d.ts'),
    )
    .map((entry) =>
      path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !ALLOWED.has(file) && !file.startsWith('bench/'));

  it('finds the source files', () => expect(files.length).toBeGreaterThan(100));

  it('has no hard-coded /directory or /docs/ URL', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(
        file,
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node): void => {
        // Only text that starts a string: `${folder}/docs` is a file path, not a URL.
        if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isJsxText(node)) {
          const text = node.text;
          if (/^\/(directory|docs)(\/|$)/.test(text) && !REPOSITORY_PATHS.test(text)) {
            const {line} = source.getLineAndCharacterOfPosition(node.getStart());
            found.push(`${file}:${line + 1} ${JSON.stringify(text)}`);
          }
        } else if (
          ts.isJsxAttribute(node) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /^\/(directory|docs)(\/|$)/.test(node.initializer.text)
        ) {
          found.push(`${file} ${node.initializer.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    // To fix: build the path with src/lib/sitePaths (useSitePaths() in a React page).
    expect(found).toEqual([]);
  });
});
