import { createRequire } from 'node:module';
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { getCountry } from '../geo/countries.ts';

/** The drawn map: one SVG path per country big enough to draw, a dot for each smaller one. */
export interface MapGeometry {
  width: number;
  height: number;
  shapes: { iso3: string; d: string }[];
  dots: { iso3: string; x: number; y: number }[];
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

let cached: MapGeometry | undefined;

/**
 * Natural Earth country outlines (world-atlas, public domain), projected once per process.
 * The 1:110m outlines keep the page light; states too small for them (Palau, the Comoros,
 * Malta, ...) are taken from the 1:50m file and drawn as dots at their centroid, so that no
 * country a table lists is missing from its map.
 */
export function mapGeometry(): MapGeometry {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const coarse = countriesOf(require('world-atlas/countries-110m.json') as Topology);
  const fine = countriesOf(require('world-atlas/countries-50m.json') as Topology);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: 'Sphere' });
  const path = geoPath(projection).digits(0);
  const shapes: MapGeometry['shapes'] = [];
  const drawn = new Set<string>();
  for (const country of coarse) {
    const iso3 = iso3Of(country);
    const d = iso3 ? compactPath(path(country) ?? '') : '';
    if (!iso3 || !d) continue;
    shapes.push({ iso3, d });
    drawn.add(iso3);
  }
  const dots: MapGeometry['dots'] = [];
  for (const country of fine) {
    const iso3 = iso3Of(country);
    if (!iso3 || drawn.has(iso3)) continue;
    const point = projection(geoCentroid(country));
    if (!point) continue;
    dots.push({ iso3, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 });
    drawn.add(iso3);
  }
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, dots };
  return cached;
}

/**
 * d3's absolute "M x,y L x,y ... Z" rings rewritten with relative moves, dropping the points
 * that rounding to whole pixels made repeat: about a third of the bytes, the same picture.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let ringStart: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') { out += 'z'; [x, y] = ringStart; continue; }
    const [px, py] = args.split(',').map(Number);
    if (command === 'L' && px === x && py === y) continue;
    const dx = px - x;
    const dy = py - y;
    // After "m", further pairs are relative line-tos; a minus sign separates numbers by itself.
    out += `${command === 'M' ? 'm' : dx < 0 ? '' : ' '}${dx},${dy}`;
    if (command === 'M') ringStart = [px, py];
    x = px;
    y = py;
  }
  return out.length > 1 ? out : '';
}

function countriesOf(topology: Topology): Feature<Geometry, { name: string }>[] {
  const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  return collection.features;
}

/** Natural Earth ids are ISO 3166 numeric (M49) codes; Kosovo has none there. */
function iso3Of(country: Feature<Geometry, { name: string }>): string | undefined {
  if (country.id !== undefined) return getCountry(String(country.id).padStart(3, '0'))?.iso3;
  return country.properties.name === 'Kosovo' ? getCountry('XKX')?.iso3 : undefined;
}
