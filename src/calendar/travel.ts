/**
 * Travel time between two municipalities, estimated from their shipped points (municipalities.ts):
 * great-circle distance × a road factor ÷ an average door-to-door speed, rounded up to a step.
 * Dutch road distance is about 1.2–1.4× the great-circle distance between town points, and 70–90
 * km/h is typical for cross-country trips (../shared/PLANNER.md); the defaults sit in the middle.
 * This is the one function to replace with a routing service's travel times per pair.
 */
import { allMunicipalities, distanceKm, findMunicipality } from './municipalities.js';

export interface TravelSettings {
  /** Road distance ÷ great-circle distance. */
  roadFactor: number;
  /** Average door-to-door speed, km/h. */
  speedKmh: number;
  /** Travel times are rounded up to a multiple of this many minutes. */
  stepMinutes: number;
  /** Every appointment is reachable from the person's own municipality within their working hours, and back. */
  homeBase: boolean;
}

export const DEFAULT_TRAVEL: Readonly<TravelSettings> = Object.freeze({ roadFactor: 1.3, speedKmh: 80, stepMinutes: 15, homeBase: true });

/** Settings with the given overrides, in order (later wins); undefined fields keep the earlier value. */
export function travelSettings(...overrides: (Partial<TravelSettings> | undefined)[]): TravelSettings {
  const s: TravelSettings = { ...DEFAULT_TRAVEL };
  for (const o of overrides) {
    if (!o) continue;
    if (o.roadFactor !== undefined) s.roadFactor = o.roadFactor;
    if (o.speedKmh !== undefined) s.speedKmh = o.speedKmh;
    if (o.stepMinutes !== undefined) s.stepMinutes = o.stepMinutes;
    if (o.homeBase !== undefined) s.homeBase = o.homeBase;
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

/** Estimated minutes between two municipality indexes, rounded up to the step. */
export function minutesAt(i: number, j: number, s: TravelSettings = DEFAULT_TRAVEL): number {
  const km = kmAt(i, j, s.roadFactor);
  if (km === 0) return 0;
  const step = Math.max(1, s.stepMinutes);
  // no epsilon: ceil keeps the triangle inequality (a detour is never quicker than the direct trip)
  return Math.ceil(((km / s.speedKmh) * 60) / step) * step;
}

/** Estimated road distance in km between two municipalities (CBS code or name); 0 when either is unknown or they are the same. */
export function roadKm(a: string | undefined, b: string | undefined, roadFactor = DEFAULT_TRAVEL.roadFactor): number {
  return kmAt(placeIndex(a), placeIndex(b), roadFactor);
}

/** Estimated minutes from a to b, rounded up to the step; 0 when either place is unknown (online) or they are the same. */
export function travelMinutes(a: string | undefined, b: string | undefined, s: TravelSettings = DEFAULT_TRAVEL): number {
  return minutesAt(placeIndex(a), placeIndex(b), s);
}
