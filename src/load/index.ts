import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedFile } from '../model/source.js';
import type { Lang } from '../i18n/index.js';
import { diagnostic } from './messages.js';
import { decodeText } from './text.js';
import { loadYaml } from './yaml.js';
import { loadCsv, REGISTRATION_COLUMNS } from './csv.js';

export { decodeText, checkSize, DEFAULT_MAX_BYTES } from './text.js';
export { loadYaml, MAX_NESTED_ALIASES, MAX_ALIAS_VALUES } from './yaml.js';
export { loadCsv, REGISTRATION_COLUMNS } from './csv.js';
export type { CsvColumn, CsvColumnType, CsvSpec } from './csv.js';
export { LOAD_MESSAGES } from './messages.js';
export { LineIndex } from './lines.js';

export type FileKind = 'yaml' | 'csv';

/** `yaml` for .yaml/.yml, `csv` for .csv (case-insensitive), else undefined. */
export function kindOf(file: string): FileKind | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** Bytes of a file → parsed data with positions; CSV files are read as registrations. */
export function loadFile(
  file: string,
  bytes: Uint8Array,
  lang: Lang,
  kind?: FileKind,
  opts: { maxBytes?: number } = {},
): { loaded?: LoadedFile; diagnostics: Diagnostic[] } {
  const format = kind ?? kindOf(file);
  if (!format) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return { diagnostics: [diagnostic(lang, 'error', 'file/unknown-format', file, { line: 1, column: 1 }, '', { name })] };
  }
  const decoded = decodeText(file, bytes, lang, opts);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const { loaded, diagnostics } =
    format === 'yaml' ? loadYaml(file, decoded.text, lang) : loadCsv(file, decoded.text, lang, REGISTRATION_COLUMNS);
  // The BOM is kept as a fact, so a command that writes the file back can restore it.
  return { loaded: decoded.bom ? { ...loaded, bom: true } : loaded, diagnostics: [...decoded.diagnostics, ...diagnostics] };
}
