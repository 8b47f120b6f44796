import type {Coalition} from '../coalition';
import type {City} from '../schema/city';
import type {BuildInfo} from './buildInfo';
import {DIRECTORY_LICENSE, envelope, toJsonText} from './envelope';
import type {SiteLocation} from './organizations';
import {createSitePaths} from '../sitePaths';

/** `cities.json`: every city hub, with how many organisations it lists. */

/** One city as exported. */
export type CityRecord = {
  slug: string;
  url: string;
  source_file: string;
  organizations: number;
  /** How many of those organisations are fictional samples. */
  sample_organizations: number;
} & City;

/**
 * Every city's record, in folder order.
 * @param coalition - the loaded coalition
 * @param site - site URL and directory path
 */
export function cityRecords(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  site: SiteLocation,
): CityRecord[] {
  return coalition.cities.map((city) => {
    const orgs = coalition.organizations.filter((org) => org.city === city.slug);
    return {
      slug: city.slug,
      url: `${site.siteUrl.replace(/\/$/, '')}${createSitePaths({directory: site.routeBasePath}).city(city.slug)}`,
      source_file: city.file,
      organizations: orgs.length,
      sample_organizations: orgs.filter((org) => org.data.sample === true).length,
      ...city.data,
    };
  });
}

/**
 * The text of `cities.json`.
 * @param coalition - the loaded coalition
 * @param info - build metadata
 * @param site - site URL and directory path
 */
export function citiesJson(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  info: BuildInfo,
  site: SiteLocation,
): string {
  return toJsonText(envelope(info, DIRECTORY_LICENSE, 'cities', cityRecords(coalition, site)));
}
