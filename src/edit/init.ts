/** The files `cohort init cohort` writes: a cohort YAML with the schema line, and an empty registrations CSV with the right header. Pure: answers in, text out. */
import { Document, YAMLSeq } from 'yaml';

export interface NewCohort {
  id: string;
  programme: string;
  title: string;
  start: string;
  venue?: { name: string; address?: string; municipality?: string };
  facilitators: string[];
  /** People files (relative to the cohort file) that hold the facilitators. */
  people: string[];
}

/** The registrations header as the shipped CSVs write it (`;`, which Dutch Excel splits on). */
export const REGISTRATIONS_HEADER = 'id;name;role;municipality;email;registered;member;party;partner;partner-joins;unavailable;status;priority';

export function registrationsFileName(id: string): string {
  return `${id}.registrations.csv`;
}

export function cohortYaml(c: NewCohort): string {
  const doc = new Document({
    id: c.id,
    programme: c.programme,
    title: c.title,
    start: c.start,
    ...(c.venue ? { venue: c.venue } : {}),
    facilitators: c.facilitators,
    people: c.people,
    registrations: registrationsFileName(c.id),
  });
  // Dates quoted, as the shipped cohorts write them (YAML 1.1 tools would read a bare date as a timestamp).
  const start = doc.get('start', true) as { type?: string } | undefined;
  if (start) start.type = 'QUOTE_DOUBLE';
  for (const key of ['facilitators', 'people']) {
    const seq = doc.get(key, true);
    if (seq instanceof YAMLSeq) seq.flow = true;
  }
  doc.commentBefore = ' yaml-language-server: $schema=../schema/cohort.schema.json';
  return doc.toString({ lineWidth: 0 });
}

export function registrationsCsv(): string {
  return `${REGISTRATIONS_HEADER}\r\n`;
}
