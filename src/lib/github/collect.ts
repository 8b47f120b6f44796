import type {Coalition} from '../coalition';
import type {IdentityEntry} from '../checks/duplicateEntries';
import type {ChangedEntry, CityInfo} from './prReport';

/**
 * Summaries of the given files' entries (name, types, cities) from a
 * loaded coalition. Files that did not pass their schema have no summary;
 * the report then names them by path.
 * @param coalition - the loaded coalition (of the pull request's checkout when collecting)
 * @param files - changed paths relative to the repository root
 */
export function collectEntries(coalition: Coalition, files: string[]): ChangedEntry[] {
  const wanted = new Set(files);
  return [
    ...coalition.cities
      .filter((city) => wanted.has(city.file))
      .map((city) => ({file: city.file, name: city.data.name, types: [], cities: [city.slug]})),
    ...coalition.organizations
      .filter((org) => wanted.has(org.file))
      .map((org) => ({
        file: org.file,
        name: org.data.name,
        types: [...org.data.types],
        cities: [org.city],
      })),
    ...coalition.playbooks
      .filter((playbook) => wanted.has(playbook.file))
      .map((playbook) => ({
        file: playbook.file,
        name: playbook.frontMatter.title,
        types: [...playbook.frontMatter.topics],
        cities: [...playbook.frontMatter.cities],
      })),
  ];
}

/**
 * Cities by slug with their names, maintainers and countries.
 * @param coalition - the loaded coalition (of the default branch when reporting)
 */
export function citiesOf(coalition: Coalition): Map<string, CityInfo> {
  return new Map(
    coalition.cities.map((city) => [
      city.slug,
      {name: city.data.name, maintainers: [...city.data.maintainers], country: city.data.country},
    ]),
  );
}

/**
 * Every organisation as the duplicate check reads it (file, city, data).
 * @param coalition - the loaded coalition (of the default branch when reporting)
 */
export function organisationsOf(coalition: Coalition): IdentityEntry[] {
  return coalition.organizations.map((org) => ({file: org.file, city: org.city, data: org.data}));
}
