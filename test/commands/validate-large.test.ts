/** Inputs with tens of thousands of problems: every one located, exit 1, and a text report a person can read. */
import { describe, expect, it } from 'vitest';
import { memoryIO, runIn } from '../support/io.js';

const HEADER = 'id,name,role,municipality,email,registered,member,party,partner,partner-joins,unavailable,status,priority';
const row = (i: number, status = 'confirmed') => `r${i},Persoon ${i},wethouder,GM0352,p${i}@example.nl,2026-05-12T10:03:00+02:00,yes,,,,,${status},`;

/** A registrations file of `n` rows under `header`. */
function csv(n: number, header = HEADER, status?: string): string {
  const rows = [header];
  for (let i = 0; i < n; i++) rows.push(row(i, status));
  return rows.join('\n') + '\n';
}

interface JsonReport {
  errors: number;
  diagnostics: { file: string; line: number; column: number; rule: string }[];
}

describe('validate with very many problems', () => {
  it('a 60,000-row CSV whose header has the other delimiter is exit 1 with every row located', async () => {
    // A `;` header over `,` rows: each row is one cell, so two problems a row (once a stack overflow at ~125,000).
    const file = 'mixed.registrations.csv';
    const r = await runIn(memoryIO({ [file]: csv(60_000, HEADER.replaceAll(',', ';')) }), ['validate', '--format', 'json', file]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.errors).toBeGreaterThanOrEqual(120_000);
    const rows = new Set(report.diagnostics.filter((d) => d.rule === 'csv/column-count').map((d) => d.line));
    expect(rows.size).toBe(60_000);
    expect(Math.min(...rows)).toBe(2);
    expect(Math.max(...rows)).toBe(60_001);
  });
});
