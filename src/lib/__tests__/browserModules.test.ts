import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {build, type Message} from 'esbuild';

/**
 * The pages, components and theme run in the browser, and with them every src/lib module they
 * import for its values (the contribute form checks a draft with the validator's own rules). A
 * Node module anywhere in those imports fails the client bundle, but only a full site build would
 * say so: this bundles the client code for the browser in a few seconds, Docusaurus's own modules
 * left out. (Session 5: `markdownFile.ts` briefly imported `node:fs` through `siteLinks.ts`.)
 */
const ROOT = path.resolve(__dirname, '../../..');
const CLIENT_FOLDERS = ['pages', 'components', 'theme'].map((folder) =>
  path.join(ROOT, 'src', folder),
);

/** Client source files: TypeScript outside test folders. */
function clientFiles(): string[] {
  return CLIENT_FOLDERS.flatMap((dir) =>
    fs
      .readdirSync(dir, {recursive: true, withFileTypes: true})
      .flatMap((entry) =>
        entry.isFile() &&
        /\.tsx?$/.test(entry.name) &&
        !entry.name.endsWith('.d.ts') &&
        !entry.parentPath.split(path.sep).includes('__tests__')
          ? [path.join(entry.parentPath, entry.name)]
          : [],
      ),
  );
}

/** Bundles `entryPoints` for the browser; the errors esbuild reports (none when it bundles). */
async function browserBundleErrors(entryPoints: string[]): Promise<Message[]> {
  try {
    await build({
      entryPoints,
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      outdir: path.join(ROOT, '.browser-check'),
      logLevel: 'silent',
      jsx: 'automatic',
      alias: {'@site': ROOT},
      // Docusaurus's aliases and the page's own assets: the real build resolves them.
      external: [
        '@docusaurus/*',
        '@theme/*',
        '@theme-original/*',
        '@generated/*',
        'react',
        'react/*',
      ],
      loader: {'.css': 'empty', '.svg': 'empty', '.png': 'empty', '.json': 'json'},
    });
    return [];
  } catch (error) {
    return (error as {errors?: Message[]}).errors ?? [error as Message];
  }
}

describe('client code', () => {
  it('bundles for the browser: no Node module in what the pages import', async () => {
    const errors = await browserBundleErrors(clientFiles());
    expect(errors.map((error) => `${error.location?.file ?? '?'}: ${error.text}`)).toEqual([]);
  });

  it('would say so if a page reached a Node module', async () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-probe-')), 'nodeProbe.ts');
    fs.writeFileSync(
      probe,
      "import {readFileSync} from 'node:fs';\nexport const read = readFileSync;\n",
    );
    try {
      const errors = await browserBundleErrors([probe]);
      expect(errors.map((error) => error.text)).toEqual(['Could not resolve "node:fs"']);
    } finally {
      fs.rmSync(probe);
    }
  });
});
