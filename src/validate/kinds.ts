/** Which of our file kinds a file is: by its `$schema` line, its name, its folder, then its content. */
import { FILE_KINDS, type FileKind } from '../model/project.js';

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=\S*?([a-z]+)\.schema\.json/m;

/** A file a folder search checks: it says it is ours (schema line), its name or folder says so; anything else only when a cohort refers to it. */
export function isRecognisable(file: string, text: string): boolean {
  const name = file.replace(/\\/g, '/');
  return (
    SCHEMA_LINE.test(text.slice(0, 500)) ||
    /\.(registrations\.(csv|ya?ml)|people\.ya?ml)$/i.test(name) ||
    /(^|\/)(programmes|cohorts)\/[^/]+\.(ya?ml|csv)$/i.test(name)
  );
}

export function detectKind(file: string, text: string, data: unknown): FileKind | undefined {
  const fromSchema = SCHEMA_LINE.exec(text.slice(0, 500))?.[1];
  if (fromSchema && (FILE_KINDS as readonly string[]).includes(fromSchema)) return fromSchema as FileKind;
  const name = file.replace(/\\/g, '/');
  if (/\.registrations\.(csv|ya?ml)$/i.test(name) || /\.csv$/i.test(name)) return 'registrations';
  if (/\.people\.ya?ml$/i.test(name)) return 'people';
  if (/(^|\/)programmes\/[^/]+\.ya?ml$/i.test(name)) return 'programme';
  if (/(^|\/)cohorts\/[^/]+\.ya?ml$/i.test(name)) return 'cohort';
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const keys = Object.keys(data);
    if (keys.includes('phases')) return 'programme';
    if (keys.includes('programme')) return 'cohort';
    if (keys.includes('people')) return 'people';
    if (keys.includes('registrations')) return 'registrations';
  }
  return undefined;
}
