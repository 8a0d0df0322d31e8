import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../src/calendar/municipalities.js';
import { DEFAULT_TRAVEL, FERRIES, roadKm, travelMinutes, travelSettings } from '../../src/calendar/travel.js';
import { driveMinutes } from '../plan/travel-oracle.js';

describe('the travel estimate', () => {
  it('Venlo to Leeuwarden is a drive of three and a half hours, as the independent recomputation says', () => {
    expect(travelMinutes('Venlo', 'Leeuwarden')).toBe(driveMinutes('Venlo', 'Leeuwarden'));
    expect(travelMinutes('Venlo', 'Leeuwarden')).toBe(210);
    expect(roadKm('Venlo', 'Leeuwarden')).toBeCloseTo(267.3, 0);
  });

  it('is symmetric, zero in the same municipality (by name or code) and for an unknown or online place', () => {
    expect(travelMinutes('Heerlen', 'Dordrecht')).toBe(travelMinutes('Dordrecht', 'Heerlen'));
    expect(travelMinutes('GM0080', 'Leeuwarden')).toBe(0);
    expect(travelMinutes(undefined, 'Leeuwarden')).toBe(0);
    expect(travelMinutes('Atlantis', 'Leeuwarden')).toBe(0);
  });

  it('rounds up to the step and follows the speed and road factor it is given', () => {
    const fine = travelMinutes('Leiden', 'Dordrecht', travelSettings({ stepMinutes: 1 }));
    expect(travelMinutes('Leiden', 'Dordrecht')).toBe(Math.ceil(fine / 15) * 15);
    expect(travelMinutes('Leiden', 'Dordrecht', travelSettings({ speedKmh: 40, stepMinutes: 1 }))).toBeGreaterThanOrEqual(2 * fine - 2);
    expect(roadKm('Leiden', 'Dordrecht', 1)).toBeCloseTo(roadKm('Leiden', 'Dordrecht') / DEFAULT_TRAVEL.roadFactor, 6);
  });

  it('a trip to or from a Wadden island takes the ferry: its crossing and half an hour at the quay', () => {
    const noFerry = travelSettings({ ferryMinutes: { texel: 0, vlieland: 0, terschelling: 0, ameland: 0, schiermonnikoog: 0 } });
    // Den Helder to Texel: TESO's 20-minute crossing and the wait on top of the short drive.
    expect(travelMinutes('Den Helder', 'Texel')).toBe(driveMinutes('Den Helder', 'Texel'));
    expect(travelMinutes('Den Helder', 'Texel') - travelMinutes('Den Helder', 'Texel', noFerry)).toBeGreaterThanOrEqual(45);
    expect(travelMinutes('Harlingen', 'Terschelling')).toBeGreaterThanOrEqual(150);
    expect(travelMinutes('Schiermonnikoog', 'Utrecht')).toBe(travelMinutes('Utrecht', 'Schiermonnikoog'));
    // From one island to another: both ferries, by way of the mainland.
    expect(travelMinutes('Texel', 'Ameland')).toBe(driveMinutes('Texel', 'Ameland'));
    expect(travelMinutes('Texel', 'Ameland', noFerry)).toBeLessThanOrEqual(travelMinutes('Texel', 'Ameland') - 50 - 80 + 15);
    // The mainland is untouched.
    expect(travelMinutes('Venlo', 'Leeuwarden')).toBe(travelMinutes('Venlo', 'Leeuwarden', noFerry));
    for (const [island, f] of Object.entries(FERRIES)) expect(f.crossing + f.wait, island).toBe(DEFAULT_TRAVEL.ferryMinutes[island as keyof typeof FERRIES]);
  });

  it('a programme or person overrides one island\'s allowance and keeps the others', () => {
    const slow = travelSettings({ ferryMinutes: { ameland: 120 } });
    expect(travelMinutes('Noardeast-Fryslân', 'Ameland', slow) - travelMinutes('Noardeast-Fryslân', 'Ameland')).toBeGreaterThanOrEqual(30);
    expect(travelMinutes('Den Helder', 'Texel', slow)).toBe(travelMinutes('Den Helder', 'Texel'));
  });

  it('never makes a detour quicker than the direct trip (so taking a session out never breaks the rule)', () => {
    const codes = allMunicipalities().map((m) => m.code);
    const town = fc.integer({ min: 0, max: codes.length - 1 }).map((i) => codes[i]!);
    fc.assert(
      fc.property(town, town, town, (a, b, c) => {
        expect(travelMinutes(a, c)).toBeLessThanOrEqual(travelMinutes(a, b) + travelMinutes(b, c));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});
