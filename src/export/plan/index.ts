export { ExportError, type ExportContext, type PersonRef, type PhaseRef, type ProgrammeRef, type RegistrationRef } from './context.js';
export { renderIcs, renderIcsGroup, renderIcsPerPerson, type PersonCalendar } from './ics.js';
export { renderCsv, type CsvOptions } from './csv.js';
export { renderPlanTable, type TableOptions } from './table.js';
export { renderPlanJson } from './json.js';
export { safeFileName } from './text.js';
export { messages as planExportMessages } from './messages.js';
