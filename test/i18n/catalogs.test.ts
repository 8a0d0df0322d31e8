/** Every message of every catalog speaks English and Dutch: both texts present, non-empty, and different where the language matters. */
import { describe, expect, it } from 'vitest';
import { commanderMessages } from '../../src/cli/help-messages.js';
import { commandMessages, type CommandMessages } from '../../src/commands/messages.js';
import { capacityMessages, type CapacityMessages } from '../../src/export/capacity/messages.js';
import { matchMessages } from '../../src/export/match/messages.js';
import { messages as diagnosticMessages, type DiagnosticViewMessages } from '../../src/export/diagnostics/messages.js';
import { messages as planExportMessages, type PlanExportMessages } from '../../src/export/plan/messages.js';
import { reportMessages } from '../../src/export/html/messages.js';
import type { SomeCatalog } from '../../src/i18n/index.js';
import { LOAD_MESSAGES, type LoadMessages } from '../../src/load/messages.js';
import type { Duration, DurationUnit } from '../../src/model/types.js';
import { messages as planMessages, type PlanMessages } from '../../src/plan/messages.js';
import { messages as schemaMessages, type SchemaParams } from '../../src/validate/messages.js';
import { ruleMessages } from '../../src/validate/rules-messages.js';

const CATALOGS: [string, SomeCatalog][] = [
  ['src/commands/messages.ts', commandMessages],
  ['src/load/messages.ts', LOAD_MESSAGES],
  ['src/plan/messages.ts', planMessages],
  ['src/export/plan/messages.ts', planExportMessages],
  ['src/export/diagnostics/messages.ts', diagnosticMessages],
  ['src/export/capacity/messages.ts', capacityMessages],
  ['src/export/match/messages.ts', matchMessages],
  ['src/validate/messages.ts', schemaMessages],
  ['src/validate/rules-messages.ts', ruleMessages],
  ['src/export/html/messages.ts', reportMessages],
  ['src/cli/help-messages.ts', commanderMessages],
];

const d = (amount: number, unit: DurationUnit): Duration => ({ amount, unit });

type Samples<P> = { [K in keyof P]?: P[K] };

/** Messages that compute with a parameter (a duration, a number with decimals) get a real value; the rest get placeholders. */
const SAMPLES: Record<string, Samples<LoadMessages> | Samples<PlanMessages> | Samples<PlanExportMessages> | Samples<DiagnosticViewMessages> | Samples<SchemaParams> | Samples<CapacityMessages> | Samples<CommandMessages>> = {
  'src/commands/messages.ts': {
    'plan/unpinned-coaches': { cohort: 'c', n: 2, ids: ['b01', 'b02'] },
    'plan/unpinned-groups': { cohort: 'c', n: 2, ids: ['g1', 'g2'] },
  },
  'src/export/capacity/messages.ts': {
    'change.offered': { who: 'r12 W. de Haan', date: 'ma 30 nov 2026', days: 5, place: '1e' },
    'change.offered-couple': { who: 'r12 W. de Haan', date: 'ma 30 nov 2026', days: 5, place: '1e' },
    'report.seats': { max: 12, used: 11, placed: 9, partners: 2, offered: 0, due: 1, free: 0, groups: { n: 2, max: 6 } },
  },
  'src/plan/messages.ts': {
    'why.after-span': { span: d(9, 'month'), date: '2027-12-31' },
    'why.gap': { gap: { min: d(1, 'week'), max: d(6, 'week') }, phase: 'Intake', ends: '2027-03-04' },
    'why.every': { gap: { min: d(3, 'week') }, previous: 'Groepsblok (1/4)', ends: '2027-05-14' },
    'why.no-room-after': { next: 'Terugkomdag', gap: { min: d(6, 'week'), max: d(14, 'month') } },
    'why.no-appointment': { registration: 'r01', hours: '09:00–17:00', max: 3, window: d(4, 'week'), detail: 'geen vrije tijd' },
    'why.no-appointment-blocked': { registration: 'r01', hours: '09:00–17:00', max: 3, window: d(4, 'week'), detail: 'geen vrije tijd', blockers: '2027-03-01: …' },
    'why.phase-too-late': { first: '2027-06-01', max: d(2, 'week'), phase: 'Intake' },
    'fact.spacing-every': { title: 'Groepsblok (2/4)', gapDays: 46.2, aimDays: 42, range: { min: d(4, 'week'), max: d(8, 'week') } },
    'fact.spacing-after': { phase: 'Terugkomdag', gapDays: 69.3, parent: 'Groepsblok 2', aimDays: 70, range: { min: d(0, 'day'), max: d(2, 'month') } },
    'fact.compactness': { cohort: 'c', days: 24.25, last: '2027-04-23' },
    'fact.span-min': { cohort: 'c', last: '2027-04-23', days: 10, span: d(2, 'month'), date: '2027-05-03' },
  },
  'src/validate/messages.ts': {
    'list:or': { items: ['text', 'a number'] },
  },
  'src/export/plan/messages.ts': {
    'desc.dagdelen': { n: 3.5 },
    'table.soft-total': { n: 12.05 },
    'table.item': { label: 'Even spacing', cost: 2.76 },
    'csv.travel-leg': { who: 'Marleen Vos', hours: 1, minutes: 15, km: 84.4, from: 'Zwolle' },
    'csv.travel-leg-home': { who: 'Marleen Vos', hours: 1, minutes: 15, km: 84.4, from: 'Tilburg' },
  },
};

/**
 * Keys whose text is the same in both languages, each for a reason: a name, a loanword Dutch uses
 * as is, or a frame around parts that are translated on their own.
 */
const SAME_IN_BOTH = new Set([
  // cohort match: diff lines of ids and arrows, and loanwords (coach, coachee, cohort)
  'src/commands/messages.ts match/pin-added',
  'src/commands/messages.ts match/pin-changed',
  'src/commands/messages.ts match/pin-removed',
  'src/export/match/messages.ts load.heading',
  'src/export/match/messages.ts load.elsewhere',
  'src/export/match/messages.ts csv.cohort',
  'src/export/match/messages.ts csv.coachee',
  'src/export/match/messages.ts csv.coach',
  // frames: the holiday's name and kind are translated before they are put in
  'src/plan/messages.ts why.holiday',
  // the proposal is translated before it is put in; the route's places and sessions are names
  'src/export/plan/messages.ts table.suggestion',
  'src/plan/messages.ts fact.travel-day',
  // loanwords and names
  'src/export/plan/messages.ts online',
  'src/export/plan/messages.ts csv.uid',
  'src/export/plan/messages.ts csv.cohort',
  'src/export/plan/messages.ts csv.status',
  'src/export/plan/messages.ts kind.deadline',
  'src/export/plan/messages.ts kind.coaching',
  'src/export/plan/messages.ts table.cohort',
  'src/export/plan/messages.ts table.cohort-title',
  'src/export/plan/messages.ts table.deadline',
  'src/export/plan/messages.ts table.score',
  'src/export/plan/messages.ts rule.coach-capacity',
  'src/export/diagnostics/messages.ts step.heading',
  'src/export/diagnostics/messages.ts where.all',
  // frames around a cohort id, a date, file syntax or a command line, and column names that are the same word
  'src/export/capacity/messages.ts changes.heading',
  'src/export/capacity/messages.ts change.status',
  'src/export/capacity/messages.ts history.line',
  'src/export/capacity/messages.ts report.title',
  'src/export/capacity/messages.ts csv.cohort',
  'src/export/capacity/messages.ts csv.id',
  'src/export/capacity/messages.ts csv.status',
  'src/commands/messages.ts register/bad-flag',
  // the report: frames around names, dates and counts worded before they are put in, and loanwords
  'src/export/html/messages.ts map.place',
  'src/export/html/messages.ts map.traveller',
  'src/export/html/messages.ts map.day',
  'src/export/html/messages.ts charts.cohort',
  'src/export/html/messages.ts chart.item',
  'src/export/html/messages.ts capacity.no-position',
  'src/export/html/messages.ts col.status',
  'src/export/html/messages.ts time.all-day',
  'src/export/html/messages.ts capacity.partners',
]);

const placeholders = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? `‹${k}›` : undefined) });

function render(file: string, key: string, text: (p: never) => string): string {
  const sample = (SAMPLES[file] as Record<string, object> | undefined)?.[key];
  return (text as (p: object) => string)(sample ?? placeholders);
}

const entries = CATALOGS.flatMap(([file, catalog]) => Object.entries(catalog).map(([key, m]) => ({ file, key, m })));

describe('message catalogs', () => {
  it.each(entries)('$file $key has an English and a Dutch text', ({ file, key, m }) => {
    expect(typeof m.en, 'en').toBe('function');
    expect(typeof m.nl, 'nl').toBe('function');
    for (const text of [render(file, key, m.en), render(file, key, m.nl)]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it.each(entries.filter(({ file, key }) => !SAME_IN_BOTH.has(`${file} ${key}`)))('$file $key differs between English and Dutch', ({ file, key, m }) => {
    expect(render(file, key, m.nl)).not.toBe(render(file, key, m.en));
  });

  it('lists only keys that exist and are the same in both languages as allowed exceptions', () => {
    for (const id of SAME_IN_BOTH) {
      const entry = entries.find(({ file, key }) => `${file} ${key}` === id);
      expect(entry, id).toBeDefined();
      expect(render(entry!.file, entry!.key, entry!.m.nl), id).toBe(render(entry!.file, entry!.key, entry!.m.en));
    }
  });

  it('has a sample only for keys that exist', () => {
    for (const [file, samples] of Object.entries(SAMPLES)) {
      for (const key of Object.keys(samples)) expect(entries.some((e) => e.file === file && e.key === key), `${file} ${key}`).toBe(true);
    }
  });
});

describe('Dutch messages write numbers and durations the Dutch way', () => {
  const sampled = entries.filter(({ file, key }) => (SAMPLES[file] as Record<string, object> | undefined)?.[key] !== undefined);

  it.each(sampled)('$file $key', ({ file, key, m }) => {
    const nl = render(file, key, m.nl);
    // No decimal point, no file syntax such as 3w, 0d or "2 months".
    expect(nl).not.toMatch(/\d\.\d/);
    expect(nl).not.toMatch(/\d[mhdw]\b/);
    expect(nl).not.toMatch(/\bmonths?\b|\bweeks\b|\bdays\b/);
  });

  it('says the score facts in words with a decimal comma', () => {
    const p = SAMPLES['src/plan/messages.ts'] as Samples<PlanMessages>;
    expect(planMessages['fact.spacing-every'].nl(p['fact.spacing-every']!)).toBe(
      'Groepsblok (2/4): 6,6 weken na de vorige sessie, streven 6 weken (4 tot 8 weken)',
    );
    expect(planMessages['fact.span-min'].nl(p['fact.span-min']!)).toBe(
      'c: de planning eindigt 2027-04-23, 10 dagen voor de minimale looptijd 2 maanden (2027-05-03)',
    );
    expect(planMessages['fact.compactness'].nl(p['fact.compactness']!)).toContain('gemiddeld 24,3 dagen na de start');
  });

  it('keeps English in the syntax of the files, as the English goldens show', () => {
    const p = SAMPLES['src/plan/messages.ts'] as Samples<PlanMessages>;
    expect(planMessages['fact.spacing-every'].en(p['fact.spacing-every']!)).toBe(
      'Groepsblok (2/4): 6.6w after the previous session, aim 6.0w (4w..8w)',
    );
    expect(planMessages['fact.span-min'].en(p['fact.span-min']!)).toContain('1.429 weeks before the span\'s minimum 2 months');
  });

  it('writes costs with a decimal comma in the Dutch plan table', () => {
    expect(planExportMessages['table.item'].nl({ label: 'Gelijkmatige spreiding', cost: 2.76 })).toBe('Gelijkmatige spreiding: kosten 2,76');
    expect(planExportMessages['desc.dagdelen'].nl({ n: 3.5 })).toBe('Omvang: 3,5 dagdelen');
    expect(planExportMessages['desc.dagdelen'].nl({ n: 1 })).toBe('Omvang: 1 dagdeel');
  });
});
