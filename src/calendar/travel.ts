/**
 * Travel time between two municipalities, estimated from their shipped points (municipalities.ts):
 * great-circle distance × a road factor ÷ an average door-to-door speed, rounded up to a step.
 * Dutch road distance is about 1.2–1.4× the great-circle distance between town points, and 70–90
 * km/h is typical for cross-country trips (../shared/PLANNER.md); the defaults sit in the middle.
 * A trip that starts or ends on a Wadden island adds that island's ferry allowance (FERRIES).
 * This is the one function to replace with a routing service's travel times per pair.
 */
import { WADDEN_ISLANDS, type TravelOverrides, type WaddenIsland } from '../model/types.js';
import { allMunicipalities, distanceKm, findMunicipality } from './municipalities.js';

/** The car ferry to an island: its municipality, the mainland port, the carrier, the crossing and the wait, in minutes. */
export interface Ferry {
  code: string;
  port: string;
  operator: string;
  crossing: number;
  wait: number;
}

/**
 * The car ferry to each inhabited Wadden island (sources: src/data/SOURCES.md). The wait is half an
 * hour at the quay before departure; sailings are hourly to Texel and a few a day elsewhere, so
 * staff who know the day's timetable override the allowance (`travel: { ferry: { ameland: 2h } }`).
 * The great-circle distance over the water stays in the road estimate: it stands in for the drive
 * to the quay and on the island.
 */
export const FERRIES: Readonly<Record<WaddenIsland, Ferry>> = Object.freeze({
  texel: { code: 'GM0448', port: 'Den Helder', operator: 'TESO', crossing: 20, wait: 30 },
  vlieland: { code: 'GM0096', port: 'Harlingen', operator: 'Rederij Doeksen', crossing: 95, wait: 30 },
  terschelling: { code: 'GM0093', port: 'Harlingen', operator: 'Rederij Doeksen', crossing: 120, wait: 30 },
  ameland: { code: 'GM0060', port: 'Holwerd', operator: 'Wagenborg', crossing: 50, wait: 30 },
  schiermonnikoog: { code: 'GM0088', port: 'Lauwersoog', operator: 'Wagenborg', crossing: 45, wait: 30 },
});

export interface TravelSettings {
  /** Road distance ÷ great-circle distance. */
  roadFactor: number;
  /** Average door-to-door speed, km/h. */
  speedKmh: number;
  /** Travel times are rounded up to a multiple of this many minutes. */
  stepMinutes: number;
  /** Every appointment is reachable from the person's own municipality within their working hours, and back. */
  homeBase: boolean;
  /** Minutes a trip to or from each island adds for the ferry (crossing and wait). */
  ferryMinutes: Readonly<Record<WaddenIsland, number>>;
}

const DEFAULT_FERRY_MINUTES = Object.freeze(Object.fromEntries(WADDEN_ISLANDS.map((i) => [i, FERRIES[i].crossing + FERRIES[i].wait])) as Record<WaddenIsland, number>);

export const DEFAULT_TRAVEL: Readonly<TravelSettings> = Object.freeze({ roadFactor: 1.3, speedKmh: 80, stepMinutes: 15, homeBase: true, ferryMinutes: DEFAULT_FERRY_MINUTES });

/** Settings with the given overrides, in order (later wins); undefined fields keep the earlier value. */
export function travelSettings(...overrides: (TravelOverrides | undefined)[]): TravelSettings {
  const s: TravelSettings = { ...DEFAULT_TRAVEL };
  for (const o of overrides) {
    if (!o) continue;
    if (o.roadFactor !== undefined) s.roadFactor = o.roadFactor;
    if (o.speedKmh !== undefined) s.speedKmh = o.speedKmh;
    if (o.stepMinutes !== undefined) s.stepMinutes = o.stepMinutes;
    if (o.homeBase !== undefined) s.homeBase = o.homeBase;
    if (o.ferryMinutes !== undefined) s.ferryMinutes = { ...s.ferryMinutes, ...o.ferryMinutes };
  }
  return s;
}

/** Municipality (CBS code or name) → its row in the shipped data, -1 when unknown. */
const indexMemo = new Map<string, number>();
let rows: readonly { lat: number; lon: number; code: string }[] | undefined;
/** Great-circle km between rows i and j, filled as asked (NaN: not yet). */
let matrix: Float64Array | undefined;

/** The municipality's index for kmAt/minutesAt: -1 when unknown (online, or not a municipality). */
export function placeIndex(municipality: string | undefined): number {
  if (municipality === undefined) return -1;
  let i = indexMemo.get(municipality);
  if (i === undefined) {
    rows ??= allMunicipalities();
    const m = findMunicipality(municipality);
    i = m ? rows.findIndex((r) => r.code === m.code) : -1;
    indexMemo.set(municipality, i);
  }
  return i;
}

function greatCircleAt(i: number, j: number): number {
  rows ??= allMunicipalities();
  const n = rows.length;
  matrix ??= new Float64Array(n * n).fill(Number.NaN);
  let km = matrix[i * n + j]!;
  if (Number.isNaN(km)) {
    km = distanceKm(rows[i]!, rows[j]!);
    matrix[i * n + j] = km;
    matrix[j * n + i] = km;
  }
  return km;
}

/** Estimated road km between two municipality indexes; 0 when either is unknown (-1) or they are the same. */
export function kmAt(i: number, j: number, roadFactor = DEFAULT_TRAVEL.roadFactor): number {
  return i < 0 || j < 0 || i === j ? 0 : greatCircleAt(i, j) * roadFactor;
}

/** Row index → the island it is, for the ferry allowance (a table lookup per trip). */
let islandRows: (WaddenIsland | undefined)[] | undefined;

function islandAt(i: number): WaddenIsland | undefined {
  if (!islandRows) {
    rows ??= allMunicipalities();
    const byCode = new Map(WADDEN_ISLANDS.map((island) => [FERRIES[island].code, island]));
    islandRows = rows.map((r) => byCode.get(r.code));
  }
  return islandRows[i];
}

/** The ferry minutes a trip from or to row i adds; 0 on the mainland. */
function ferryAt(i: number, s: TravelSettings): number {
  const island = islandAt(i);
  return island === undefined ? 0 : s.ferryMinutes[island];
}

/** Estimated minutes between two municipality indexes, ferries to and from islands included, rounded up to the step. */
export function minutesAt(i: number, j: number, s: TravelSettings = DEFAULT_TRAVEL): number {
  const km = kmAt(i, j, s.roadFactor);
  if (km === 0) return 0;
  const step = Math.max(1, s.stepMinutes);
  // no epsilon: ceil keeps the triangle inequality (a detour is never quicker than the direct trip;
  // a detour via an island takes its ferry twice)
  return Math.ceil(((km / s.speedKmh) * 60 + ferryAt(i, s) + ferryAt(j, s)) / step) * step;
}

/** Estimated road distance in km between two municipalities (CBS code or name); 0 when either is unknown or they are the same. */
export function roadKm(a: string | undefined, b: string | undefined, roadFactor = DEFAULT_TRAVEL.roadFactor): number {
  return kmAt(placeIndex(a), placeIndex(b), roadFactor);
}

/** Estimated minutes from a to b, rounded up to the step; 0 when either place is unknown (online) or they are the same. */
export function travelMinutes(a: string | undefined, b: string | undefined, s: TravelSettings = DEFAULT_TRAVEL): number {
  return minutesAt(placeIndex(a), placeIndex(b), s);
}
