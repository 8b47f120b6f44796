import {makeProblem, type Problem} from '../problems';
import {checkedEntries} from '../siteFiles/entities';
import type {Check} from './check';

/**
 * Organisation slugs are unique across cities (the slug is the page address). A later file with
 * the slug of an earlier one is left out of the coalition; the problem is reported on both files,
 * so that checking only the new file (a pull request) still shows it.
 */
export const duplicateSlugsCheck: Check<'directory'> = {
  id: 'duplicate-slugs',
  reads: ['directory'],
  run(files) {
    const problems: Problem[] = [];
    const first = new Map<string, string>();
    for (const {file, slug, isCity, result} of checkedEntries(files)) {
      if (isCity || !result.organization) continue;
      const previous = first.get(slug);
      if (!previous) {
        first.set(slug, file);
        continue;
      }
      problems.push(
        makeProblem({file}, '(file)', 'duplicate-slug', {
          code: 'duplicate-slug.across-cities',
          values: {slug, path: previous},
        }),
        makeProblem({file: previous}, '(file)', 'duplicate-slug', {
          code: 'duplicate-slug.also-used',
          values: {slug, path: file},
        }),
      );
    }
    return problems;
  },
};
