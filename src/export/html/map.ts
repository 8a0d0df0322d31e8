/**
 * The map's geometry: the provinces of 2025 (CBS/PDOK, generalised; src/data/SOURCES.md) as SVG
 * paths and a projection for points. topojson-client turns the shipped TopoJSON into GeoJSON and
 * d3-geo projects it (Mercator fitted to the box): spherical maths and path building we would
 * otherwise write and test ourselves. Coordinates are rounded to 0.1 unit, so the bytes do not
 * hang on the last bits of floating point.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import provinces from '../../data/provincie_2025.topo.json' with { type: 'json' };

export interface ProvinceShape {
  /** CBS code, e.g. PV26. */
  code: string;
  /** CBS spelling (Fryslân), as in src/data/gemeenten.csv. */
  name: string;
  /** SVG path data in the map's box. */
  d: string;
}

export interface NetherlandsMap {
  width: number;
  height: number;
  provinces: ProvinceShape[];
  /** [x, y] in the map's box, rounded to 0.1. */
  project(lat: number, lon: number): [number, number];
}

let cached: NetherlandsMap | undefined;

const round = (n: number) => Math.round(n * 10) / 10;

/** The provinces drawn into a `width` × `height` box (computed once). */
export function netherlandsMap(width = 400, height = 470): NetherlandsMap {
  if (cached && cached.width === width && cached.height === height) return cached;
  const topology = provinces as unknown as Topology<{ provincie_2025: GeometryCollection<{ statcode: string; statnaam: string }> }>;
  const shapes = feature(topology, topology.objects.provincie_2025) as FeatureCollection<Geometry, { statcode: string; statnaam: string }>;
  const projection: GeoProjection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    shapes,
  );
  const path = geoPath(projection).digits(1);
  cached = {
    width,
    height,
    provinces: shapes.features.map((f) => ({ code: f.properties.statcode, name: f.properties.statnaam, d: path(f) ?? '' })),
    project(lat, lon) {
      const [x, y] = projection([lon, lat]) ?? [0, 0];
      return [round(x), round(y)];
    },
  };
  return cached;
}
