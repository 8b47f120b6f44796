/**
 * Offline plugin: writes the "Save for offline" service worker
 * (`src/offline/serviceWorker.ts`, Workbox modules bundled with esbuild) as
 * `sw.js` next to each locale's pages, so a page registers the worker of its
 * own base URL (`/sw.js`, `/es/sw.js`, `/commons/sw.js`…) and the worker's
 * scope is that locale's part of the site. The file is served by the site
 * itself: the policy's `worker-src 'self'` allows nothing else.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {WORKER_FILE} from '../../lib/offline/savedCities';
import {validateOptions} from './options';

const SOURCE = path.resolve(__dirname, '../../offline/serviceWorker.ts');

let bundled: Promise<string> | undefined;

/**
 * The worker's code, bundled once per process (every locale gets the same file).
 * @returns minified JavaScript, one self-contained script (no import, nothing fetched from elsewhere)
 * @throws Error when esbuild cannot bundle it
 */
export function bundleServiceWorker(): Promise<string> {
  bundled ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [SOURCE],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      // Workbox logs to the console unless built for production.
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return bundled;
}

export default function offlinePlugin(_context: LoadContext): Plugin<void> {
  return {
    name: 'sanctuary-offline',
    async postBuild({outDir}) {
      await fs.writeFile(path.join(outDir, WORKER_FILE), await bundleServiceWorker());
    },
  };
}

offlinePlugin.validateOptions = validateOptions;
