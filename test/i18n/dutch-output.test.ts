/**
 * Every command's output in Dutch on the shipped examples: no English text of any catalog in it, and
 * numbers with a decimal comma. The English texts are the catalogs' own (each rendered with
 * placeholders, the literal stretches between them kept when they have three words or more and no
 * Dutch text has them too), so a renderer that writes English by hand, or picks the English text
 * for a Dutch reader, fails here.
 */
import { describe, expect, it, vi } from 'vitest';
import { commanderMessages, helpTextNl } from '../../src/cli/help-messages.js';
import { commandMessages } from '../../src/commands/messages.js';
import { capacityMessages } from '../../src/export/capacity/messages.js';
import { messages as diagnosticMessages } from '../../src/export/diagnostics/messages.js';
import { reportMessages } from '../../src/export/html/messages.js';
import { matchMessages } from '../../src/export/match/messages.js';
import { messages as planExportMessages } from '../../src/export/plan/messages.js';
import type { SomeCatalog } from '../../src/i18n/index.js';
import { LOAD_MESSAGES } from '../../src/load/messages.js';
import { messages as planMessages } from '../../src/plan/messages.js';
import { messages as schemaMessages } from '../../src/validate/messages.js';
import { ruleMessages } from '../../src/validate/rules-messages.js';
import { memoryIO, runIn, shippedExamples } from '../support/io.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

const CATALOGS: SomeCatalog[] = [commandMessages, LOAD_MESSAGES, planMessages, planExportMessages, diagnosticMessages, capacityMessages, matchMessages, schemaMessages, ruleMessages, reportMessages, commanderMessages];

const placeholders = new Proxy({}, { get: (_t, k) => (typeof k === 'string' && k !== 'then' ? `‹${k}›` : undefined) });
function rendered(text: (p: never) => string): string {
  try {
    return (text as (p: object) => string)(placeholders);
  } catch {
    return ''; // a text that computes with a parameter (a duration, a list) has no plain frame to look for
  }
}

const dutchTexts = [...CATALOGS.flatMap((c) => Object.values(c).map((m) => rendered(m.nl))), ...Object.values(helpTextNl)].join('\n');

/** The English stretches of every catalog text: three words or more, found in no Dutch text. */
const ENGLISH = [
  ...new Set(
    [...CATALOGS.flatMap((c) => Object.values(c).map((m) => rendered(m.en))), ...Object.keys(helpTextNl)]
      .flatMap((t) => t.split(/‹[^›]*›|\n/))
      .map((s) => s.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
      .filter((s) => s.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3 && !dutchTexts.includes(s)),
  ),
];

const TODAY = '2026-11-23';
const COMMANDS: string[][] = [
  ['validate'],
  ['validate', '--strict'],
  ['plan', 'cohorts'],
  ['plan', 'cohorts', '--format', 'csv'],
  ['plan', 'cohorts', '--format', 'ics'],
  ['capacity'],
  ['capacity', 'cohorts', '--format', 'csv'],
  ['capacity', 'cohorts', '--format', 'markdown'],
  ['explain', 'cohorts/loopbaanplus-2027.yaml', 'r11'],
  ['explain', 'cohorts/loopbaanplus-2027.yaml', 'r01'],
  ['cancel', 'cohorts/loopbaanplus-2027.yaml', 'r05', '--dry-run'],
  ['offer', 'update', 'cohorts/loopbaanplus-2027.yaml', '--dry-run'],
  ['register', 'cohorts/loopbaanplus-2027.yaml', '--name', 'Noor Kaya', '--municipality', 'Arnhem', '--email', 'n.kaya@example.nl', '--member', '--dry-run'],
  ['match', 'cohorts/bestuurderspool-2027.yaml'],
  ['match', 'cohorts/bestuurderspool-2027.yaml', '--all'],
  ['match', 'cohorts/bestuurderspool-2027.yaml', '--format', 'csv'],
  ['report', 'cohorts'],
  ['groups', 'cohorts/intervisie-2027.yaml'],
  ['groups', 'cohorts/intervisie-2027.yaml', '--format', 'csv'],
  ['roster', 'cohorts/intervisie-2027.yaml'],
];

/** The text a reader sees: HTML without its tags, styles and scripts. */
function readable(out: string): string {
  return out
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

describe('Dutch output of every command on the shipped examples', () => {
  it('has English texts to look for', () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(ENGLISH).toContain('on the reserve list');
  });

  it.each(COMMANDS.map((argv) => [argv.join(' '), argv] as const))('cohort %s --lang nl', async (_name, argv) => {
    const io = memoryIO(shippedExamples(), { today: TODAY });
    const r = await runIn(io, [...argv, '--lang', 'nl', '--today', TODAY]);
    expect(r.code, r.stderr).toBeLessThan(2);
    const text = readable(`${r.stdout}\n${r.stderr}`).replace(/\s+/g, ' ');
    // validate of the shipped files (all valid) says only that; every other command says a lot more.
    expect(text.length).toBeGreaterThan(argv[0] === 'validate' ? 15 : 50);
    const found = ENGLISH.filter((e) => text.includes(e.replace(/\s+/g, ' ')));
    expect(found).toEqual([]);
    if (!argv.includes('ics')) {
      // Numbers with a decimal comma: no digit, point, digit outside dates (2027-03-01), versions and e-mail addresses.
      const decimals = text.replace(/\b\d+\.\d+\.\d+\b/g, '').match(/\d\.\d+/g) ?? [];
      expect(decimals).toEqual([]);
    }
  });
});
