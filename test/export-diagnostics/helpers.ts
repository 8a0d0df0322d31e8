import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { ViewContext } from '../../src/export/diagnostics/index.js';

export function diag(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    severity: 'error',
    rule: 'schema/unknown-key',
    message: "unknown key 'emial'",
    file: 'programmes/x.yaml',
    line: 1,
    column: 1,
    pointer: '/emial',
    ...over,
  };
}

export function ctx(over: Partial<ViewContext> = {}): ViewContext {
  return {
    files: ['programmes/x.yaml'],
    sources: new Map(),
    lang: 'en',
    color: false,
    toolVersion: '1.2.3',
    ...over,
  };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
