import type { Diagnostic } from '../../model/diagnostic.js';
import type { ViewContext } from './context.js';
import { fails, messageWithSuggestion, pos, severityLabel, t, tally } from './context.js';

// Everything outside XML 1.0's Char production (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(ILLEGAL_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and tab/CR/LF as references so parsers do not normalise them to spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function where(d: Diagnostic): string {
  return `${d.file}:${pos(d.line)}:${pos(d.column)}`;
}

/**
 * `failures` counts failing testcases (files with errors, or under --strict with warnings too), so
 * `tests - failures` is the number of files that passed.
 */
export function renderJunit(diagnostics: readonly Diagnostic[], ctx: ViewContext): string {
  const s = tally(diagnostics, ctx);
  const byFile = new Map<string, Diagnostic[]>(s.files.map((f) => [f, []]));
  for (const d of diagnostics) byFile.get(d.file)!.push(d);

  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cohort validate" tests="${s.files.length}" failures="${s.filesFailing}" errors="0">`,
  ];
  for (const [file, list] of byFile) {
    const failing = list.filter((d) => fails(d, ctx));
    const passing = list.filter((d) => !fails(d, ctx));
    const name = xmlAttr(file);
    out.push(`  <testsuite name="${name}" tests="1" failures="${failing.length > 0 ? 1 : 0}" errors="0" skipped="0">`);
    if (list.length === 0) {
      out.push(`    <testcase classname="${name}" name="${name}"/>`);
    } else {
      out.push(`    <testcase classname="${name}" name="${name}">`);
      for (const d of failing) {
        // A warning that fails under --strict still says it is a warning.
        const label = d.severity === 'error' ? '' : `${severityLabel(ctx.lang, d.severity)}: `;
        const body = [`${where(d)} ${label}${messageWithSuggestion(ctx.lang, d)}`];
        if (d.hint !== undefined) body.push(`${t(ctx.lang, 'hint')}: ${d.hint}`);
        out.push(`      <failure message="${xmlAttr(d.message)}" type="${xmlAttr(d.rule)}">${xmlText(body.join('\n'))}</failure>`);
      }
      if (passing.length > 0) {
        const text = passing.map(
          (d) => `${where(d)}: ${severityLabel(ctx.lang, d.severity)}: ${messageWithSuggestion(ctx.lang, d)} [${d.rule}]`,
        );
        out.push(`      <system-out>${xmlText(text.join('\n'))}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
