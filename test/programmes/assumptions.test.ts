/**
 * Every value in a shipped programme either quotes its brochure or says that it is an assumption
 * (docs/brochures.md): a later edit cannot slip in a fact the brochure does not give unnoticed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/io.js';
import { MARK, NEEDS_NO_MARK, brochure, leaves, normalise, quotations, quotedIn, seedsOf, type Leaf } from './brochures.js';

const programmes = readdirSync(join(ROOT, 'programmes')).filter((f) => f.endsWith('.yaml')).sort();
const cohorts = readdirSync(join(ROOT, 'cohorts')).filter((f) => /^[^.]+\.yaml$/.test(f)).sort();

function idOf(text: string): string {
  return /^id: (\S+)/m.exec(text)?.[1] ?? '';
}

describe('assumption marks in the shipped programmes', () => {
  it.each(programmes)('%s: every value quotes its brochure or is marked as an assumption', (file) => {
    const text = readFileSync(join(ROOT, 'programmes', file), 'utf8');
    const sources = seedsOf(idOf(text)).map(brochure);
    const quotes = (l: Leaf) => quotations(l.comment).some((q) => sources.some((s) => quotedIn(q, s)));
    const verbatim = (l: Leaf) => l.value.length >= 10 && sources.some((s) => s.includes(normalise(l.value)));
    const unmarked = leaves(text)
      .filter((l) => !NEEDS_NO_MARK.has(l.key))
      .filter((l) => !l.comment.includes(MARK) && !quotes(l) && !verbatim(l))
      .map((l) => `${file}:${l.line} ${l.path} = ${l.value}`);
    expect(unmarked).toEqual([]);
  });

  it.each(programmes)('%s: every quotation is found word for word in its brochure', (file) => {
    const text = readFileSync(join(ROOT, 'programmes', file), 'utf8');
    const sources = seedsOf(idOf(text)).map(brochure);
    const misquoted = text
      .split(/\r?\n/)
      .map((line, i) => ({ line: i + 1, quotes: quotations(line.includes('#') ? line.slice(line.indexOf('#')) : '') }))
      .flatMap(({ line, quotes }) => quotes.filter((q) => !sources.some((s) => quotedIn(q, s))).map((q) => `${file}:${line} "${q.join(' … ')}"`));
    expect(misquoted).toEqual([]);
  });

  it.each(cohorts)('%s: a fixed date says where it comes from', (file) => {
    const text = readFileSync(join(ROOT, 'cohorts', file), 'utf8');
    const unmarked = leaves(text)
      .filter((l) => /^\/fixed\/\d+\/date$/.test(l.path))
      .filter((l) => !l.comment.includes(MARK))
      .map((l) => `${file}:${l.line} ${l.path} = ${l.value}`);
    expect(unmarked).toEqual([]);
  });

  it('finds an unmarked value, a misquotation and a marked one (the check can fail)', () => {
    const text = 'id: x\nspan: 3 months # "vijf maal"\nmax: 5 # brochure is silent: assumption\n# "Vier maal 24 uur"\nmin: 4\n';
    const source = brochure('002');
    const found = leaves(text).map((l) => [l.path, l.comment.includes(MARK) || quotations(l.comment).some((q) => quotedIn(q, source))]);
    expect(found).toEqual([
      ['/id', false],
      ['/span', false],
      ['/max', true],
      ['/min', true],
    ]);
  });
});
