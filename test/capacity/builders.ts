/** Registrations and shipped programmes for the capacity tests, read the way `cohort validate` reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile } from '../../src/model/project.js';
import type { Cohort, Programme, Registration, RegistrationStatus } from '../../src/model/types.js';
import { parseFile } from '../../src/validate/parse.js';
import { checkProject } from '../../src/validate/rules.js';

export const ROOT = join(import.meta.dirname, '../..');

/** A shipped programme file, through the same parse and rule checks as `cohort validate`. */
export function seedProgramme(file: string): Programme {
  const bytes = readFileSync(join(ROOT, file));
  const parsed = parseFile(file, bytes, bytes.length, 'en');
  const project = checkProject(new Map<string, ParsedFile>([[file, parsed.file]]), 'en');
  const errors = [...parsed.diagnostics, ...project.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((d) => d.rule).join(', ')}`);
  const [only] = [...project.programmes.values()];
  if (!only) throw new Error(`${file} is not a programme`);
  return only.programme;
}

/** LoopbaanPlus: 12 seats, the partner may join and then takes a seat. */
export const loopbaanPlus = seedProgramme('programmes/loopbaanplus.yaml');
/** Intervisie for aldermen: 6 seats, no partners. */
export const intervisie = seedProgramme('programmes/intervisie-wethouders.yaml');
/**
 * One closed group of 6 without partners: intervisie met at a venue instead of by host rotation, so
 * the queue and its layers seat it (an intervisie cohort is seated in its groups: test/capacity/groups.test.ts).
 */
export const sixSeats: Programme = { ...intervisie, id: 'six-seats', phases: intervisie.phases.map((p) => (p.location === 'host-rotation' ? { ...p, location: 'venue' as const } : p)) };
/** Basisopleiding: members only, 20 seats. */
export const basisopleiding = seedProgramme('programmes/wv-basisopleiding.yaml');

export interface RegOptions {
  status?: RegistrationStatus;
  registered?: string;
  priority?: number;
  partnerJoins?: boolean;
  member?: boolean;
  role?: string;
  municipality?: string;
  offerExpires?: string;
}

export function reg(id: string, o: RegOptions = {}): Registration {
  return {
    id,
    name: `Participant ${id}`,
    role: o.role ?? 'burgemeester',
    municipality: o.municipality ?? 'GM0344',
    email: `${id}@example.nl`,
    registered: o.registered ?? '2026-10-01T09:00:00+02:00',
    member: o.member ?? true,
    partnerJoins: o.partnerJoins ?? false,
    ...(o.partnerJoins ? { partner: `Partner of ${id}` } : {}),
    unavailable: [],
    status: o.status ?? 'registered',
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    ...(o.offerExpires !== undefined ? { offerExpires: o.offerExpires } : {}),
  };
}

/** `r01`…: registrations a minute apart, in the order given. */
export function queue(...options: RegOptions[]): Registration[] {
  return options.map((o, i) => reg(`r${String(i + 1).padStart(2, '0')}`, { registered: `2026-10-01T09:${String(i).padStart(2, '0')}:00+02:00`, ...o }));
}

export function singles(n: number, o: RegOptions = {}): RegOptions[] {
  return Array.from({ length: n }, () => ({ ...o }));
}

export function ids(rs: readonly { id: string }[]): string[] {
  return rs.map((r) => r.id);
}

export function aCohort(id: string, programme: Programme, registrations: Registration[], extra: Partial<Cohort> = {}): { cohort: Cohort; programme: Programme } {
  return {
    cohort: { id, programme: programme.id, title: id, start: '2027-01-11', facilitators: [], pool: [], fixed: [], unavailable: [], registrations, ...extra },
    programme,
  };
}
