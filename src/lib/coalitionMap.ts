import {geoAlbersUsa, geoPath, type GeoProjection, type GeoStream} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';

/**
 * The coalition map, computed at build time: US Census state geometry from
 * the `us-atlas` package (states-10m, longitude/latitude) projected with
 * d3-geo's Albers USA projection (Alaska and Hawaii inset) into SVG path
 * strings, plus one marker per city hub. No tiles, no request at runtime.
 */

/** Size of the SVG coordinate system (the `viewBox`), in SVG units. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/** A city as the map needs it. */
export type MapCity = {slug: string; name: string; region: string; country: string; coordinates: [number, number]; organizationCount: number; permalink: string};

/** A city's marker: centre in SVG units and radius growing with the number of organisations. */
export type MapMarker = MapCity & {x: number; y: number; r: number};

/** The map handed to the page. */
export type CoalitionMapData = {
  width: number;
  height: number;
  /** Outline of the country (one path). */
  nationPath: string;
  /** Borders between states (one path, each border drawn once). */
  bordersPath: string;
  /** Cities inside the map's extent, largest first so small markers are drawn on top. */
  markers: MapMarker[];
  /** Cities outside the United States (`country` not `US`) or that the projection cannot place. */
  outside: MapCity[];
};

/** The topology shape of `us-atlas/states-10m.json`. */
export type UsAtlasStates = Topology<{states: GeometryCollection<{name: string}>; nation: GeometryCollection}>;

/**
 * The projection used for the map: Albers USA fitted to `MAP_WIDTH` × `MAP_HEIGHT`
 * (the scale and translation us-atlas uses for its pre-projected files).
 */
export function coalitionProjection(): GeoProjection {
  return geoAlbersUsa().scale(1300).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
}

/**
 * A projection stream that rounds to whole SVG units and drops points closer
 * than `tolerance` units to the previous kept point of the same line: the map
 * is drawn at most about 1,000 px wide, and this halves the page weight.
 */
function simplified(projection: GeoProjection, tolerance: number): {stream(output: GeoStream): GeoStream} {
  return {
    stream(output) {
      let lastX = Number.NaN;
      let lastY = Number.NaN;
      let first = true;
      const simplifier: GeoStream = {
        point(x, y) {
          const rx = Math.round(x);
          const ry = Math.round(y);
          if (!first && Math.abs(rx - lastX) < tolerance && Math.abs(ry - lastY) < tolerance) return;
          first = false;
          lastX = rx;
          lastY = ry;
          output.point(rx, ry);
        },
        lineStart() {
          first = true;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(simplifier);
    },
  };
}

/**
 * Marker radius in SVG units: the area grows with the number of organisations.
 * @param count - organisations in the city (0 or more)
 */
export function markerRadius(count: number): number {
  return Math.round((5 + 3 * Math.sqrt(Math.max(0, count))) * 10) / 10;
}

/**
 * Builds the map.
 * @param atlas - the parsed `us-atlas/states-10m.json`
 * @param cities - city hubs with coordinates as `[latitude, longitude]` (the content model's order)
 * @returns SVG paths and markers; cities outside the United States or that the projection cannot place are in `outside`
 */
export function buildCoalitionMap(atlas: UsAtlasStates, cities: MapCity[]): CoalitionMapData {
  const projection = coalitionProjection();
  const path = geoPath(simplified(projection, 2)).digits(0);
  const markers: MapMarker[] = [];
  const outside: MapCity[] = [];
  for (const city of cities) {
    const [lat, lon] = city.coordinates;
    // The map shows the United States: a city elsewhere is listed beside it even when the conic could place it.
    const point = city.country === 'US' ? projection([lon, lat]) : null;
    if (!point) outside.push(city);
    else markers.push({...city, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10, r: markerRadius(city.organizationCount)});
  }
  markers.sort((a, b) => b.r - a.r || a.name.localeCompare(b.name));
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    nationPath: path(feature(atlas, atlas.objects.nation)) ?? '',
    bordersPath: path(mesh(atlas, atlas.objects.states, (a, b) => a !== b)) ?? '',
    markers,
    outside: outside.sort((a, b) => a.name.localeCompare(b.name)),
  };
}
