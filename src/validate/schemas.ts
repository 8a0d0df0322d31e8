/** The JSON Schemas of schema/, bundled into the tool (for `cohort schema` and for error messages). */
import cohortSchema from '../../schema/cohort.schema.json' with { type: 'json' };
import peopleSchema from '../../schema/people.schema.json' with { type: 'json' };
import programmeSchema from '../../schema/programme.schema.json' with { type: 'json' };
import registrationsSchema from '../../schema/registrations.schema.json' with { type: 'json' };
import type { FileKind } from '../model/project.js';

export const SCHEMAS: Record<FileKind, object> = {
  programme: programmeSchema,
  cohort: cohortSchema,
  registrations: registrationsSchema,
  people: peopleSchema,
};
