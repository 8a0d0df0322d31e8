/** Small projects in memory, run through parse and the rules as src/commands/project.ts runs them. */
import type { Lang } from '../../../src/i18n/index.js';
import { dedupeDiagnostics, type Diagnostic } from '../../../src/model/diagnostic.js';
import type { ParsedFile, Project } from '../../../src/model/project.js';
import { parseFile } from '../../../src/validate/parse.js';
import { checkProject } from '../../../src/validate/rules.js';

import { PROGRAMME } from '../../support/fixtures.js';

export { PROGRAMME };

export const COHORT = `id: c
programme: p
title: Test
start: "2027-03-01"
facilitators: [anna]
people: [team.people.yaml]
registrations: c.registrations.csv
`;

export const PEOPLE = `people:
  - { id: anna, name: Anna Jansen, roles: [facilitator] }
`;

export const REGISTRATIONS = `id,name,role,municipality,email,registered,member
r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes
r2,Bo Smit,wethouder,Zwolle,b@example.nl,2027-01-06T10:00:00+01:00,yes
`;

/** The files of a clean project; a test replaces the ones it breaks. */
export function project(files: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> {
  return {
    'programmes/p.yaml': PROGRAMME,
    'cohorts/c.yaml': COHORT,
    'cohorts/team.people.yaml': PEOPLE,
    'cohorts/c.registrations.csv': REGISTRATIONS,
    ...files,
  };
}

/** Every diagnostic of a run over `files` (text or bytes), sorted and without repeats, plus the project. */
export function run(files: Record<string, string | Uint8Array>, lang: Lang = 'en'): { diagnostics: Diagnostic[]; project: Project } {
  const parsed = new Map<string, ParsedFile>();
  const diagnostics: Diagnostic[] = [];
  for (const [file, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const result = parseFile(file, bytes, bytes.length, lang);
    diagnostics.push(...result.diagnostics);
    parsed.set(file, result.file);
  }
  const checked = checkProject(parsed, lang);
  return { diagnostics: dedupeDiagnostics([...diagnostics, ...checked.diagnostics]), project: checked };
}

/** `file:line:col rule` of every diagnostic: what a test asserts. */
export function found(files: Record<string, string | Uint8Array>): string[] {
  return run(files).diagnostics.map(where);
}

export function where(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule}`;
}
