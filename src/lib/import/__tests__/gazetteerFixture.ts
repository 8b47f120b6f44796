import type {Gazetteer, GazetteerPlace} from '../cities';

/**
 * A small gazetteer for the tests (the CLI uses the city-timezones
 * package): the border cities of tests/__fixtures__/import/border.csv, and
 * two Springfields so that an ambiguous name can be shown.
 */
const PLACES: GazetteerPlace[] = [
  {
    name: 'Tijuana',
    region: 'Baja California',
    country: 'MX',
    coordinates: [32.5, -117.08],
    timezone: 'America/Tijuana',
  },
  {
    name: 'San Diego',
    region: 'California',
    regionCodes: ['CA'],
    country: 'US',
    coordinates: [32.82, -117.18],
    timezone: 'America/Los_Angeles',
  },
  {
    name: 'Ciudad Juárez',
    region: 'Chihuahua',
    country: 'MX',
    coordinates: [31.69, -106.49],
    timezone: 'America/Ciudad_Juarez',
  },
  {
    name: 'El Paso',
    region: 'Texas',
    regionCodes: ['TX'],
    country: 'US',
    coordinates: [31.78, -106.51],
    timezone: 'America/Denver',
  },
  {
    name: 'Springfield',
    region: 'Illinois',
    regionCodes: ['IL'],
    country: 'US',
    coordinates: [39.82, -89.65],
    timezone: 'America/Chicago',
  },
  {
    name: 'Springfield',
    region: 'Massachusetts',
    regionCodes: ['MA'],
    country: 'US',
    coordinates: [42.12, -72.58],
    timezone: 'America/New_York',
  },
];

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export const FIXTURE_GAZETTEER: Gazetteer = {
  name: 'test gazetteer',
  lookup: (name) => PLACES.filter((place) => fold(place.name) === fold(name)),
};
