export type { ExportContext, PersonRef, PhaseRef, ProgrammeRef, RegistrationRef } from '../../model/export-context.js';

/** Input the exports cannot render (bad date, unknown time zone); the CLI reports it and exits 2. */
export class ExportError extends Error {
  override name = 'ExportError';
}
