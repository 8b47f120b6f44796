/**
 * The offline gazetteer of `npm run import -- --create-cities`: the
 * `city-timezones` package (7,300 cities with their province, country,
 * centre coordinates and IANA time zone; MIT). Imported only from the
 * import CLI, so the site bundle never carries it.
 */
import cityTimezones from 'city-timezones';
import type {Gazetteer, GazetteerPlace} from '../../lib/import/cities';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

let index: Map<string, GazetteerPlace[]> | undefined;

/** Name (folded: no case, accents or punctuation; "St." and "Saint" alike) → places. */
function build(): Map<string, GazetteerPlace[]> {
  const map = new Map<string, GazetteerPlace[]>();
  for (const city of cityTimezones.cityMapping) {
    const place: GazetteerPlace = {
      name: city.city,
      region: city.province,
      ...(city.state_ansi ? {regionCodes: [city.state_ansi]} : {}),
      country: city.iso2,
      coordinates: [city.lat, city.lng],
      timezone: city.timezone,
    };
    for (const name of new Set([city.city, city.city_ascii].map(fold).flatMap(spellings)))
      map.set(name, [...(map.get(name) ?? []), place]);
  }
  return map;
}

/** "st paul" and "saint paul" are one name. */
function spellings(name: string): string[] {
  return [name, name.replace(/^st /, 'saint '), name.replace(/^saint /, 'st ')];
}

/** The gazetteer of --create-cities. */
export const cityTimezonesGazetteer: Gazetteer = {
  name: 'city-timezones',
  lookup(name) {
    index ??= build();
    return index.get(fold(name)) ?? [];
  },
};
