import path from 'node:path';
import {makeProblem, type Problem} from '../problems';
import type {Check} from './check';

/**
 * The kinds of file a contributor may add. Refuses symbolic links (the build would publish whatever
 * they point to), .mdx files (MDX runs code) and any file the site does not publish.
 */

/** Files a contributor may add: Markdown, YAML, category and interface-translation JSON, raster images (SVG and HTML can carry scripts). */
const ALLOWED_FILE = /\.(md|mdx|ya?ml|json|png|jpe?g|webp|gif)$/i;

/**
 * The problem for a symbolic link in contributed content (also used for `mirrors.yml`).
 * @param file - the link, relative to the site root
 */
export function symlinkProblem(file: string): Problem {
  return makeProblem({file}, '(file)', 'symlink', {code: 'symlink.found', values: {}});
}

/** One problem per refused link, .mdx file and file of a kind the site does not publish (rules `symlink`, `mdx-file`, `file-type`). */
export const fileKindsCheck: Check<'listed' | 'symlinks'> = {
  id: 'file-kinds',
  reads: ['listed', 'symlinks'],
  run({listed, symlinks}) {
    const problems: Problem[] = [];
    for (const file of listed) {
      if (symlinks.has(file)) problems.push(symlinkProblem(file));
      else if (file.endsWith('.mdx')) {
        problems.push(
          makeProblem({file}, '(file)', 'mdx-file', {code: 'mdx-file.found', values: {}}),
        );
      } else if (!ALLOWED_FILE.test(file)) {
        problems.push(
          makeProblem({file}, '(file)', 'file-type', {
            code: 'file-type.refused',
            values: {name: path.posix.basename(file)},
          }),
        );
      }
    }
    return problems;
  },
};
