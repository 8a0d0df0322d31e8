/** Rules of src/validate/rules/capacity.ts: seats per group. */
import { describe, expect, it } from 'vitest';
import { COHORT, PROGRAMME, REGISTRATIONS, found, project, run } from './helpers.js';

describe('capacity', () => {
  it('a minimum above the maximum is reported at the minimum', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 12, max: 10 }') }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['programmes/p.yaml:6:18 capacity/min-exceeds-max']);
    expect(diagnostics[0]?.message).toBe('capacity min 12 exceeds max 10');
  });

  it('a group of exactly one size is fine', () => {
    expect(found(project({ 'programmes/p.yaml': PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 6, max: 6 }') }))).toEqual([]);
  });
});

describe('capacity: the reserve list needs the time of registration', () => {
  it('an empty registered cell in a CSV is an error at its row', () => {
    const regs = REGISTRATIONS.replace('b@example.nl,2027-01-06T10:00:00+01:00', 'b@example.nl, ');
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': regs }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:3:1 registration/missing-registered error']);
    expect(diagnostics[0]?.message).toBe("registration 'r2' has no registered time, which decides its place on the reserve list");
    expect(diagnostics[0]?.hint).toBe('add when the registration came in, such as 2026-10-02T09:14:00+02:00 or 2026-10-02');
    expect(run(project({ 'cohorts/c.registrations.csv': regs }), 'nl').diagnostics[0]?.message).toBe("inschrijving 'r2' heeft geen registered-tijd, die haar plaats op de reservelijst bepaalt");
  });

  it('a CSV without the registered column: every row', () => {
    const regs = REGISTRATIONS.replace(',registered', '').replace(/,2027-01-0\dT10:00:00\+01:00/g, '');
    expect(found(project({ 'cohorts/c.registrations.csv': regs }))).toEqual([
      'cohorts/c.registrations.csv:2:1 registration/missing-registered',
      'cohorts/c.registrations.csv:3:1 registration/missing-registered',
    ]);
  });

  it('a YAML registrations file and inline registrations: at the row', () => {
    const yaml = `registrations:
  - id: r1
    name: An de Vries
    municipality: Utrecht
    email: a@example.nl
    registered: "2027-01-05"
  - id: r2
    name: Bo Smit
    municipality: Zwolle
    email: b@example.nl
`;
    const fromFile = project({ 'cohorts/c.yaml': COHORT.replace('c.registrations.csv', 'c.registrations.yaml'), 'cohorts/c.registrations.yaml': yaml });
    delete fromFile['cohorts/c.registrations.csv'];
    expect(found(fromFile)).toEqual(['cohorts/c.registrations.yaml:7:5 registration/missing-registered']);
    const inline = COHORT.replace('registrations: c.registrations.csv\n', '') + yaml.replace(/\n {2}/g, '\n  ');
    expect(found({ ...project({ 'cohorts/c.yaml': inline }) })).toEqual(['cohorts/c.yaml:13:5 registration/missing-registered']);
  });
});
