/**
 * Test-only: each distinct file parsed once per test worker, as test/support/plan-once.ts does for
 * the planner search. The files that run commands on the shipped examples hundreds of times (one run
 * per format, language, option and fuzz case) mock src/validate/parse.js with this, so the same
 * bytes at the same path in the same language are decoded, parsed and schema-checked once, and every
 * later read gets a deep copy of that result. A changed byte, size, path or language is parsed anew,
 * and everything after the parse (the rules, placement, the plan, the render, the writes) runs on
 * every call. It is transparent because parseFile is a pure function of those four arguments; the
 * files that test loading and validation (test/load/, test/validate/) use the real one.
 *
 *   vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../src/i18n/index.js';
import type { Parsed } from '../../src/validate/parse.js';

type ParseFile = (path: string, bytes: Uint8Array | undefined, size: number, lang: Lang) => Parsed;

/** Every result parsed in this worker, by path, language, size and a digest of the bytes; each a copy the callers never see. */
const results = new Map<string, Parsed>();

/** The mark of the memoised parseFile. */
export const PARSE_ONCE = Symbol.for('cohort.test.parseOnce');

export function parseKey(path: string, bytes: Uint8Array | undefined, size: number, lang: Lang): string {
  const digest = bytes === undefined ? '-' : createHash('sha256').update(bytes).digest('base64');
  return JSON.stringify([path, lang, size, digest]);
}

/**
 * A copy of a result: the data and the diagnostics cloned, so no caller's change reaches another;
 * the locations shared, as they are read-only (a ReadonlyMap whose class works positions out when
 * asked, which a structured clone would turn into a plain object).
 */
function copy(parsed: Parsed): Parsed {
  const { loaded } = parsed.file;
  return { file: { ...parsed.file, loaded: { ...loaded, data: structuredClone(loaded.data) } }, diagnostics: structuredClone(parsed.diagnostics) };
}

export function parseOnce<M extends { parseFile: ParseFile }>(module: M): M {
  const parseFile: ParseFile = (path, bytes, size, lang) => {
    const key = parseKey(path, bytes, size, lang);
    let result = results.get(key);
    if (!result) {
      result = copy(module.parseFile(path, bytes, size, lang));
      results.set(key, result);
    }
    return copy(result);
  };
  return { ...module, parseFile: Object.assign(parseFile, { [PARSE_ONCE]: true }) };
}
