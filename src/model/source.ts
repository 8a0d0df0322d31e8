/** Where a value came from in a user's file. Lines and columns are 1-based. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface NodeLocation {
  /** The key of a mapping entry (absent for sequence items and the root). */
  key?: Position;
  /** The value itself. */
  value: Position;
}

/**
 * A parsed file: the plain data (JSON-compatible: objects, arrays, strings, numbers, booleans, null)
 * plus the position of every node, keyed by RFC 6901 JSON pointer ('' is the root).
 */
export interface LoadedFile {
  file: string;
  text: string;
  format: 'yaml' | 'csv';
  /** The file started with a UTF-8 BOM (not part of `text`). */
  bom?: boolean;
  /** undefined when the file could not be parsed at all (diagnostics say why). */
  data: unknown;
  locations: ReadonlyMap<string, NodeLocation>;
}

/** Position of a pointer, falling back to the nearest located ancestor, then 1:1. */
export function locate(file: Pick<LoadedFile, 'locations'>, pointer: string, prefer: 'key' | 'value' = 'value'): Position {
  let p = pointer;
  for (;;) {
    const loc = file.locations.get(p);
    if (loc) return (prefer === 'key' && loc.key) || loc.value;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
