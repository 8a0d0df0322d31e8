/**
 * Edits of a registrations file (CSV, a registrations YAML file, or a cohort with its registrations
 * inline): old text in, new text out. Only the cells or entries an edit names change; every other
 * byte stays (see registrations-csv.ts and registrations-yaml.ts).
 */
import type { RegistrationsEdit } from './fields.js';
import { editRegistrationsCsv } from './registrations-csv.js';
import { editRegistrationsYaml } from './registrations-yaml.js';

export { EditError, FIELD_ORDER, type FieldValue, type Fields, type RegistrationsEdit } from './fields.js';

export function editRegistrations(format: 'csv' | 'yaml', text: string, edit: RegistrationsEdit): string {
  return format === 'csv' ? editRegistrationsCsv(text, edit) : editRegistrationsYaml(text, edit);
}
