import { describe, it, expect } from 'vitest';
import {
  MUNICIPALITY_ALIASES,
  allMunicipalities,
  distanceKm,
  findMunicipality,
  lookupKey,
  suggestMunicipalities,
} from '../../src/calendar/municipalities.js';

describe('municipality data', () => {
  const all = allMunicipalities();
  it('has 342 municipalities with unique codes, sorted by code', () => {
    expect(all).toHaveLength(342);
    const codes = all.map((m) => m.code);
    expect(new Set(codes).size).toBe(342);
    expect(codes).toEqual([...codes].sort());
    for (const c of codes) expect(c).toMatch(/^GM\d{4}$/);
  });
  it('has the per-province counts of SOURCES.md', () => {
    const counts: Record<string, number> = {};
    for (const m of all) counts[m.province] = (counts[m.province] ?? 0) + 1;
    expect(counts).toEqual({
      Groningen: 10, 'Fryslân': 18, Drenthe: 12, Overijssel: 25, Flevoland: 6, Gelderland: 51,
      Utrecht: 26, 'Noord-Holland': 44, 'Zuid-Holland': 50, Zeeland: 13, 'Noord-Brabant': 56, Limburg: 31,
    });
  });
  it('gives every municipality a region, two for the split ones', () => {
    const split = all.filter((m) => m.regions.length > 1).map((m) => m.name).sort();
    expect(split).toEqual(['Altena', 'De Ronde Venen', 'Montferland', 'Neder-Betuwe']);
    expect(findMunicipality('Montferland')?.regions).toEqual(['midden', 'zuid']);
    expect(findMunicipality('De Ronde Venen')?.regions).toEqual(['noord', 'midden']);
    expect(all.every((m) => m.regions.length >= 1)).toBe(true);
  });
  it('keeps names apart after folding (no two names share a lookup key)', () => {
    expect(new Set(all.map((m) => lookupKey(m.name))).size).toBe(342);
  });
  it('is frozen so callers cannot corrupt shared data', () => {
    const m = findMunicipality('GM0344')!;
    expect(() => {
      (m as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});

describe('findMunicipality', () => {
  it('finds by CBS code in any case (GM0352 is Wijk bij Duurstede, Utrecht is GM0344)', () => {
    expect(findMunicipality('GM0352')?.name).toBe('Wijk bij Duurstede');
    expect(findMunicipality('gm0352')?.name).toBe('Wijk bij Duurstede');
    expect(findMunicipality('GM0344')?.name).toBe('Utrecht');
    expect(findMunicipality('GM9999')).toBeUndefined();
  });
  it('finds by CBS name, ignoring case, surrounding spaces and curly apostrophes', () => {
    expect(findMunicipality('  utrecht ')?.code).toBe('GM0344');
    expect(findMunicipality("'s-Gravenhage")?.code).toBe('GM0518');
    expect(findMunicipality('’s-Gravenhage')?.code).toBe('GM0518');
    expect(findMunicipality('Súdwest-Fryslân')?.code).toBe('GM1900');
    expect(findMunicipality('Sudwest-Fryslan')?.code).toBe('GM1900');
    expect(findMunicipality('Nuenen, Gerwen en Nederwetten')?.code).toBe('GM0820');
    expect(findMunicipality('Alphen a/d Rijn')?.name).toBe('Alphen aan den Rijn');
  });
  it('knows the common aliases', () => {
    expect(findMunicipality('Den Haag')?.name).toBe("'s-Gravenhage");
    expect(findMunicipality('The Hague')?.name).toBe("'s-Gravenhage");
    expect(findMunicipality('den bosch')?.name).toBe("'s-Hertogenbosch");
    expect(findMunicipality('Nuenen')?.name).toBe('Nuenen, Gerwen en Nederwetten');
    for (const s of ['Bergen NH', 'Bergen (NH)', 'Bergen (NH.)', 'bergen nh']) expect(findMunicipality(s)?.code, s).toBe('GM0373');
    for (const s of ['Bergen L', 'Bergen (L)', 'Bergen (L.)', 'Bergen (Limburg)']) expect(findMunicipality(s)?.code, s).toBe('GM0893');
  });
  it('has aliases that all resolve to a municipality in the data', () => {
    for (const [alias, name] of Object.entries(MUNICIPALITY_ALIASES)) {
      expect(findMunicipality(name)?.name, alias).toBe(name);
      expect(findMunicipality(alias)?.name, alias).toBe(name);
    }
  });
  it('does not resolve ambiguous or unknown text', () => {
    expect(findMunicipality('Bergen')).toBeUndefined();
    expect(findMunicipality('Zwole')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
    expect(findMunicipality('Haaren')).toBeUndefined(); // dissolved in 2021
  });
});

describe('suggestMunicipalities', () => {
  it('suggests the nearest names', () => {
    expect(suggestMunicipalities('Zwole')[0]).toBe('Zwolle');
    expect(suggestMunicipalities('Amsterdm')[0]).toBe('Amsterdam');
    expect(suggestMunicipalities('Den Haga')[0]).toBe("'s-Gravenhage");
  });
  it('suggests both Bergens for bare Bergen', () => {
    expect(suggestMunicipalities('Bergen').slice(0, 2).sort()).toEqual(['Bergen (L.)', 'Bergen (NH.)']);
  });
  it('suggests names that start with or contain the text as a word', () => {
    expect(suggestMunicipalities('Amstel').slice(0, 2)).toEqual(['Amstelveen', 'Ouder-Amstel']);
  });
  it('stays quiet for text that resembles nothing and honours max', () => {
    expect(suggestMunicipalities('Xyzzyplugh')).toEqual([]);
    expect(suggestMunicipalities('Bergen', 1)).toHaveLength(1);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distance between town points', () => {
    const ams = findMunicipality('Amsterdam')!;
    const utr = findMunicipality('Utrecht')!;
    const maa = findMunicipality('Maastricht')!;
    expect(distanceKm(ams, utr)).toBeGreaterThan(33);
    expect(distanceKm(ams, utr)).toBeLessThan(39);
    expect(distanceKm(ams, maa)).toBeGreaterThan(170);
    expect(distanceKm(ams, maa)).toBeLessThan(180);
    expect(distanceKm(utr, utr)).toBe(0);
    expect(distanceKm(ams, utr)).toBeCloseTo(distanceKm(utr, ams), 9);
  });
});
