/** Go/no-go (issue 19): the programme names the phase, a registration records its decision and day. */
import { describe, expect, it } from 'vitest';
import { COHORT, PROGRAMME, found, project, run } from './helpers.js';

const INTAKE = PROGRAMME.replace('phases:\n', 'go-no-go: intake\nphases:\n  - { id: intake, name: Intake, mode: individual, duration: 2h, window: 4w }\n');
const rows = (r1: string) => `id,name,role,municipality,email,registered,member,status,decision,decided
r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes,${r1}
r2,Bo Smit,wethouder,Zwolle,b@example.nl,2027-01-06T10:00:00+01:00,yes,confirmed,go,2027-03-05
`;
const files = (r1: string, extra: Record<string, string> = {}) => project({ 'programmes/p.yaml': INTAKE, 'cohorts/c.registrations.csv': rows(r1), ...extra });

describe('go/no-go decisions', () => {
  it('a no-go that is withdrawn and a go after the start are valid', () => {
    expect(found(files('withdrawn,no-go,2027-03-04'))).toEqual([]);
  });

  it('a no-go that still holds its seat is an error with the fix as hint', () => {
    const { diagnostics } = run(files('confirmed,no-go,2027-03-04'));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:2:87 decision/no-go-active error']);
    expect(diagnostics[0]!.hint).toBe('set status: withdrawn (cohort decide does, and offers the seat)');
  });

  it('a decision before the cohort starts, or before the fixed intake, is an error', () => {
    const early = run(files('withdrawn,no-go,2027-02-20')).diagnostics;
    expect(early.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:93 decision/before-talk']);
    expect(early[0]!.message).toBe('decided on 2027-02-20, before the cohort starts (2027-03-01) and so before the go-no-go appointment');
    const cohort = COHORT + 'fixed:\n  - { session: intake@r1, date: "2027-03-10", start: "10:00" }\n';
    const before = run(files('withdrawn,no-go,2027-03-09', { 'cohorts/c.yaml': cohort })).diagnostics;
    expect(before.map((d) => d.message)).toEqual(['decided on 2027-03-09, before the go-no-go appointment intake@r1 on 2027-03-10']);
    expect(found(files('withdrawn,no-go,2027-03-10', { 'cohorts/c.yaml': cohort }))).toEqual([]);
  });

  it('a decision in a programme without go-no-go is a warning; go-no-go must name an individual phase', () => {
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': rows('withdrawn,no-go,2027-03-04') }));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['2:87 decision/no-phase warning', '3:82 decision/no-phase warning']);
    expect(found(project({ 'programmes/p.yaml': PROGRAMME.replace('phases:\n', 'go-no-go: blok\nphases:\n') }))).toEqual(['programmes/p.yaml:7:11 decision/phase-not-individual']);
    const typo = run(project({ 'programmes/p.yaml': INTAKE.replace('go-no-go: intake', 'go-no-go: intak') })).diagnostics;
    expect(typo.map((d) => `${d.line}:${d.column} ${d.rule} ${d.suggestion}`)).toEqual(['7:11 ref/unknown-phase intake']);
  });

  it('the schema knows the values', () => {
    expect(found(files('withdrawn,maybe,2027-03-04'))).toEqual(['cohorts/c.registrations.csv:2:87 schema/enum']);
  });
});
