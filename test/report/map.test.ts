/** The shipped province boundaries agree with the shipped municipalities: names, and every town point inside its own province. */
import { geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../src/calendar/municipalities.js';
import provinces from '../../src/data/provincie_2025.topo.json' with { type: 'json' };
import { netherlandsMap } from '../../src/export/html/map.js';

const topology = provinces as unknown as Topology<{ provincie_2025: GeometryCollection<{ statnaam: string }> }>;
const shapes = feature(topology, topology.objects.provincie_2025) as FeatureCollection<Geometry, { statnaam: string }>;

describe('the provinces of the map', () => {
  it('are the 12 provinces of the municipalities file', () => {
    expect(shapes.features.map((f) => f.properties.statnaam).sort()).toEqual([...new Set(allMunicipalities().map((m) => m.province))].sort());
  });

  it('hold every municipality point in its own province (two harbour towns fall into the generalised water)', () => {
    const outside: string[] = [];
    for (const m of allMunicipalities()) {
      const hits = shapes.features.filter((f) => geoContains(f, [m.lon, m.lat])).map((f) => f.properties.statnaam);
      if (hits.length === 0) outside.push(m.name);
      else expect(hits, m.name).toEqual([m.province]);
    }
    expect(outside.sort()).toEqual(['Harlingen', 'Terneuzen']);
  });

  it('projects north up and west left inside the box', () => {
    const map = netherlandsMap();
    const [gx, gy] = map.project(53.21857, 6.5672); // Groningen
    const [mx, my] = map.project(50.85, 5.69); // Maastricht
    const [vx] = map.project(51.44, 3.57); // Vlissingen
    expect(gy).toBeLessThan(my);
    expect(vx).toBeLessThan(mx);
    for (const [x, y] of [
      [gx, gy],
      [mx, my],
    ]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
    expect(map.provinces.every((p) => p.d.startsWith('M'))).toBe(true);
  });
});
