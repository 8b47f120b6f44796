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
            message: 'Unexpected file in directory/.',
            fix: 'Directory entries are directory/<city>/<org>.yml (and one _city.yml per city folder); use the .yml extension.',
          }),
        );
      } else if (entry.shape === 'bad-slug') {
        problems.push(
          makeProblem({file}, '(file)', 'slug', {
            message: `"${entry.slug}" is not a valid ${entry.isCity ? 'city folder' : 'file'} name; it becomes the page address.`,
            fix: 'Rename it with lowercase letters, digits and single hyphens, e.g. northside-rapid-response.yml.',
          }),
        );
      } else if (
        entry.shape === 'entry' &&
        !entry.isCity &&
        !cityFiles.has(`directory/${entry.city}/_city.yml`)
      ) {
        problems.push(
          makeProblem({file}, '(file)', 'missing-city', {
            message: `The folder directory/${entry.city}/ has no _city.yml.`,
            fix: `Create directory/${entry.city}/_city.yml from templates/city.yml, or move the file into an existing city folder.`,
          }),
        );
      }
    }
    return problems;
  },
};
