import {makeProblem, type Problem} from '../problems';
import {CITY_FILE} from '../siteFiles/listing';
import type {Check} from './check';

/**
 * Where directory files are and how they are named: entries are `directory/<city>/<org>.yml` with
 * one `_city.yml` per city folder, and every name is a slug (it becomes the page address).
 */
export const directoryLayoutCheck: Check<'listed' | 'directory'> = {
  id: 'directory-layout',
  reads: ['listed', 'directory'],
  run({listed, directory}) {
    const cityFiles = new Set(listed.filter((file) => CITY_FILE.test(file)));
    const problems: Problem[] = [];
    for (const entry of directory) {
      const {file} = entry;
      if (entry.shape === 'unexpected') {
        problems.push(
          makeProblem({file}, '(file)', 'directory-layout', {
            code: 'directory-layout.unexpected',
            values: {},
          }),
        );
      } else if (entry.shape === 'bad-slug') {
        problems.push(
          makeProblem({file}, '(file)', 'slug', {
            code: entry.isCity ? 'slug.directory-city-folder' : 'slug.directory-file',
            values: {slug: entry.slug},
          }),
        );
      } else if (
        entry.shape === 'entry' &&
        !entry.isCity &&
        !cityFiles.has(`directory/${entry.city}/_city.yml`)
      ) {
        problems.push(
          makeProblem({file}, '(file)', 'missing-city', {
            code: 'missing-city.no-hub',
            values: {city: entry.city},
          }),
        );
      }
    }
    return problems;
  },
};
