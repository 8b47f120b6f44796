import type {CityDraft, OrganizationDraft, RowProblem} from './draft';
import {rowProblem} from './rowProblem';

/**
 * City hubs for rows whose city has none yet (`--create-cities`): found in
 * an offline gazetteer by the name the sheet gives, narrowed by the row's
 * region and country when the sheet has them. Only the gazetteer's city
 * centre and time zone are used, never an organisation's address. A name
 * that fits several places is listed for a person to choose, never guessed.
 */

/** One place of a gazetteer. */
export type GazetteerPlace = {
  name: string;
  /** State, province or region, in words. */
  region: string;
  /** Other spellings of the region that identify it (e.g. the US state code `MN`). */
  regionCodes?: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** City centre, [latitude, longitude], WGS 84. */
  coordinates: [number, number];
  /** IANA time zone. */
  timezone: string;
};

/** A gazetteer: every place with a name (compared without case or accents). */
export type Gazetteer = {
  /** Name of the data, for the report, e.g. `city-timezones 1.3.4`. */
  name: string;
  lookup(name: string): GazetteerPlace[];
};

/** What --create-cities writes that no gazetteer knows (the mapping's city_defaults:). */
export type CityDefaults = {summary?: Record<string, string>; maintainers?: string[]};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
// Four decimals: about 11 m, far finer than a city centre needs.
// The city centre at the precision a hub may have (src/lib/schema/city.ts: 3 decimal places, never a building).
const round = (degrees: number) => Math.round(degrees * 1_000) / 1_000;

/**
 * Finds the city of a row in the gazetteer.
 * @param gazetteer - the place list
 * @param place - the name, and the region and country when the sheet gives them
 * @returns the one place, or every candidate when there are none or several
 */
export function findCity(
  gazetteer: Gazetteer,
  place: NonNullable<OrganizationDraft['place']>,
): {place?: GazetteerPlace; candidates: GazetteerPlace[]} {
  let candidates = gazetteer.lookup(place.name);
  if (place.country)
    candidates = candidates.filter((candidate) => candidate.country === place.country);
  if (place.region) {
    const region = fold(place.region);
    candidates = candidates.filter(
      (candidate) =>
        fold(candidate.region) === region ||
        (candidate.regionCodes ?? []).some((code) => fold(code) === region),
    );
  }
  return candidates.length === 1 ? {place: candidates[0]!, candidates} : {candidates};
}

/**
 * City drafts for the missing cities of some rows.
 * @param drafts - rows whose city has no hub
 * @param gazetteer - the place list
 * @param defaults - summary and maintainers of new hubs
 * @returns a draft per new city, and the problems of rows whose city could not be found or is ambiguous
 */
export function citiesFromGazetteer(
  drafts: OrganizationDraft[],
  gazetteer: Gazetteer,
  defaults: CityDefaults,
): {cities: CityDraft[]; problems: RowProblem[]} {
  const cities = new Map<string, CityDraft & {key: string}>();
  const problems: RowProblem[] = [];
  for (const draft of drafts) {
    if (!draft.place) continue;
    const where = {source: draft.source, row: draft.row, column: draft.place.column};
    const {place, candidates} = findCity(gazetteer, draft.place);
    const described = `"${draft.place.name}"${draft.place.region ? `, ${draft.place.region}` : ''}${draft.place.country ? `, ${draft.place.country}` : ''}`;
    if (!place) {
      const list = candidates.map(
        (candidate) =>
          `${candidate.name}, ${candidate.region}, ${candidate.country} (${candidate.timezone})`,
      );
      problems.push(
        candidates.length
          ? rowProblem(where, '(city)', 'city-ambiguous', 'city-ambiguous.gazetteer', {
              place: described,
              count: candidates.length,
              candidates: list.join('; '),
            })
          : rowProblem(where, '(city)', 'city-not-found', 'city-not-found.gazetteer', {
              place: described,
              gazetteer: gazetteer.name,
              name: draft.place.name,
              city: draft.city,
            }),
      );
      continue;
    }
    const key = `${place.name}|${place.region}|${place.country}`;
    const known = cities.get(draft.city);
    if (known && known.key !== key) {
      problems.push(
        rowProblem(where, '(city)', 'city-ambiguous', 'city-ambiguous.folder', {
          city: draft.city,
          first: known.key.replace(/\|/g, ', '),
          row: known.row,
          second: key.replace(/\|/g, ', '),
        }),
      );
      continue;
    }
    if (known) continue;
    const data: Record<string, unknown> = {
      name: place.name,
      region: place.region,
      country: place.country,
      coordinates: [round(place.coordinates[0]), round(place.coordinates[1])],
      timezone: place.timezone,
      ...(defaults.summary ? {summary: defaults.summary} : {}),
      ...(defaults.maintainers ? {maintainers: defaults.maintainers} : {}),
    };
    cities.set(draft.city, {
      key,
      source: `${gazetteer.name} (gazetteer)`,
      row: draft.row,
      slug: draft.city,
      data,
      problems: [],
    });
  }
  return {cities: [...cities.values()].map(({key: _key, ...city}) => city), problems};
}
