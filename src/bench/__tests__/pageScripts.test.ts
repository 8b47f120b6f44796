import {execFileSync} from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The bench runs under tsx, whose esbuild keepNames wraps named inner functions in a `__name` helper. A function sent
 * into the page (an init script) must not carry it: the helper does not exist there, the script throws, and the
 * bench reported "NaN ms" to every first search result.
 */
it('the first-result watcher sent into the page carries no tsx helper', () => {
  const source = execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [
      '-e',
      "import {watchFirstResult} from './src/bench/pageWeight'; console.log(watchFirstResult.toString());",
    ],
    {cwd: ROOT, encoding: 'utf8'},
  );
  expect(source).toContain('MutationObserver');
  expect(source).not.toContain('__name');
});
