/** What an edit of a registrations file says: fields by their file names (kebab-case), rows by id. */

/** A field as the files write it; undefined clears it. */
export type FieldValue = string | number | boolean | readonly string[] | undefined;
export type Fields = Readonly<Record<string, FieldValue>>;

export interface RegistrationsEdit {
  /** Fields to set on existing registrations, by id. */
  set?: ReadonlyMap<string, Fields>;
  /** New registrations, appended in this order. */
  add?: readonly Fields[];
}

/** The fields of a registration in the order SPEC §3 lists them; a new column or key goes where it belongs. */
export const FIELD_ORDER: readonly string[] = [
  'id',
  'name',
  'role',
  'municipality',
  'email',
  'registered',
  'member',
  'party',
  'partner',
  'partner-joins',
  'unavailable',
  'status',
  'offer-expires',
  'priority',
  'decision',
  'decided',
];

/** The file cannot be edited as asked (no such registration, no registrations list): the caller says so. */
export class EditError extends Error {}
