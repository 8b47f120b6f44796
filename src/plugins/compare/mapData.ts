import {buildCoalitionMap, type CoalitionMapData} from '../../lib/coalitionMap';
import type {Coalition} from '../../lib/coalition';
import {createSitePaths} from '../../lib/sitePaths';

/**
 * The coalition map of a loaded coalition: one marker per city hub, sized
 * by its number of organisations, linking to `/<routeBasePath>/<city>`.
 * @param coalition - the loaded coalition
 * @param routeBasePath - the directory's route base path (default `directory`)
 */
export function coalitionMapData(
  coalition: Coalition,
  routeBasePath = 'directory',
): CoalitionMapData {
  return buildCoalitionMap(
    coalition.cities.map((city) => ({
      slug: city.slug,
      name: city.data.name,
      region: city.data.region,
      country: city.data.country,
      coordinates: city.data.coordinates,
      organizationCount: coalition.organizations.filter((org) => org.city === city.slug).length,
      permalink: createSitePaths({directory: routeBasePath}).city(city.slug),
    })),
  );
}
