import fs from 'node:fs';
import path from 'node:path';
import {geoContains} from 'd3-geo';
import {feature} from 'topojson-client';
import {
  buildCoalitionMap,
  coalitionOutlineSvg,
  coalitionProjection,
  markerRadius,
  MAP_HEIGHT,
  MAP_OUTLINE_PATH,
  MAP_WIDTH,
  type MapCity,
  type UsAtlasStates,
} from '../coalitionMap';

const atlas = JSON.parse(
  fs.readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'),
) as UsAtlasStates;
const states = feature(atlas, atlas.objects.states).features;

const city = (
  slug: string,
  name: string,
  region: string,
  coordinates: [number, number],
  organizationCount = 1,
): MapCity => ({
  slug,
  name,
  region,
  country: 'US',
  coordinates,
  organizationCount,
  permalink: `/directory/${slug}`,
});

// The starter coalition's city centres plus the insets, where projection mistakes show first.
const CITIES = [
  city('minneapolis', 'Minneapolis', 'Minnesota', [44.9778, -93.265], 3),
  city('chicago', 'Chicago', 'Illinois', [41.8781, -87.6298], 4),
  city('denver', 'Denver', 'Colorado', [39.7392, -104.9903], 4),
  city('los-angeles', 'Los Angeles', 'California', [34.0522, -118.2437], 4),
  city('new-york', 'New York', 'New York', [40.7128, -74.006], 3),
  city('anchorage', 'Anchorage', 'Alaska', [61.2181, -149.9003], 0),
  city('honolulu', 'Honolulu', 'Hawaii', [21.3099, -157.8581], 1),
];

describe('buildCoalitionMap', () => {
  const map = buildCoalitionMap([
    ...CITIES,
    {...city('toronto', 'Toronto', 'Ontario', [43.6532, -79.3832], 2), country: 'CA'},
    {...city('san-juan', 'San Juan', 'Puerto Rico', [18.4655, -66.1057], 1), country: 'PR'},
  ]);

  it("puts every city's marker inside its own state's outline", () => {
    const projection = coalitionProjection();
    for (const expected of CITIES) {
      const marker = map.markers.find((candidate) => candidate.slug === expected.slug);
      expect(marker).toBeDefined();
      expect(marker!.x).toBeGreaterThanOrEqual(0);
      expect(marker!.x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(marker!.y).toBeGreaterThanOrEqual(0);
      expect(marker!.y).toBeLessThanOrEqual(MAP_HEIGHT);
      // Back from SVG units to longitude/latitude: the point must lie in the state named by the city's region, and in no other.
      const lonLat = projection.invert!([marker!.x, marker!.y])!;
      const containing = states
        .filter((state) => geoContains(state, lonLat))
        .map((state) => state.properties.name);
      expect([expected.slug, containing]).toEqual([expected.slug, [expected.region]]);
    }
  });

  it('lists cities outside the projection beside the map instead of dropping them', () => {
    expect(map.outside.map((outside) => outside.slug)).toEqual(['san-juan', 'toronto']);
  });

  it('sizes markers by organisation count and draws the largest first', () => {
    expect(markerRadius(4)).toBeGreaterThan(markerRadius(1));
    expect(markerRadius(0)).toBeGreaterThan(0);
    const radii = map.markers.map((marker) => marker.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });
});

describe('the map outline', () => {
  const svg = coalitionOutlineSvg(atlas);

  it('is a standalone SVG of the nation and state borders, compact and without scripts or external references', () => {
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"`,
      ),
    );
    expect((svg.match(/<path /g) ?? []).length).toBe(2);
    expect(svg).not.toMatch(/<script|href=|url\(/i);
    expect(svg.length).toBeLessThan(60_000);
  });

  it(`is published up to date at static${MAP_OUTLINE_PATH} (run npm run map-outline if not)`, () => {
    expect(
      fs.readFileSync(path.resolve(__dirname, '../../../static', `.${MAP_OUTLINE_PATH}`), 'utf8'),
    ).toBe(svg);
  });
});
