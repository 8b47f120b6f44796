import type {Coalition, LoadedOrganization} from '../coalition';
import type {Channel, Organization} from '../schema/organization';
import type {BuildInfo} from './buildInfo';
import {DIRECTORY_LICENSE, envelope, toJsonText} from './envelope';
import {createSitePaths} from '../sitePaths';

/**
 * `organizations.json`: every organisation, all fields as validated (defaults
 * applied), plus where it lives on the site. Pure: coalition in, records out.
 */

/** Where the site is, for the `url` of each record. */
export type SiteLocation = {
  /** Absolute site URL without a trailing slash, e.g. `https://sanctuary-commons.example.org`. */
  siteUrl: string;
  /** URL path of the directory (default `directory`). */
  routeBasePath?: string;
};

/** One organisation as exported. */
export type OrganizationRecord = {
  /** `<city>/<slug>`, stable as long as the file is not moved. */
  id: string;
  slug: string;
  city: string;
  city_name: string | null;
  /** true for fictional starter entries: leave them out of any analysis. */
  sample: boolean;
  url: string;
  source_file: string;
} & Omit<Organization, 'sample'>;

/**
 * The record of one organisation.
 * @param org - a loaded organisation
 * @param cityName - the display name of its city (null when the city hub is missing)
 * @param site - site URL and directory path
 */
export function organizationRecord(
  org: LoadedOrganization,
  cityName: string | null,
  site: SiteLocation,
): OrganizationRecord {
  const {sample, ...fields} = org.data;
  return {
    id: `${org.city}/${org.slug}`,
    slug: org.slug,
    city: org.city,
    city_name: cityName,
    sample: sample === true,
    url: `${site.siteUrl.replace(/\/$/, '')}${createSitePaths({directory: site.routeBasePath}).organization(org.city, org.slug)}`,
    source_file: org.file,
    ...fields,
    channels: fields.channels.map((channel: Channel) => ({...channel})),
  };
}

/**
 * Every organisation's record, in file order (city, then slug).
 * @param coalition - the loaded coalition
 * @param site - site URL and directory path
 */
export function organizationRecords(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  site: SiteLocation,
): OrganizationRecord[] {
  const cityNames = new Map(coalition.cities.map((city) => [city.slug, city.data.name]));
  return coalition.organizations.map((org) =>
    organizationRecord(org, cityNames.get(org.city) ?? null, site),
  );
}

/**
 * The text of `organizations.json`.
 * @param coalition - the loaded coalition
 * @param info - build metadata
 * @param site - site URL and directory path
 */
export function organizationsJson(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  info: BuildInfo,
  site: SiteLocation,
): string {
  return toJsonText(
    envelope(info, DIRECTORY_LICENSE, 'organizations', organizationRecords(coalition, site)),
  );
}
