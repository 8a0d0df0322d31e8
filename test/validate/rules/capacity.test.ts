/** Rules of src/validate/rules/capacity.ts: seats per group. */
import { describe, expect, it } from 'vitest';
import { COHORT, PROGRAMME, REGISTRATIONS, found, project, run, where } from './helpers.js';

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

describe('capacity in layers: the programme file', () => {
  const layered = (capacity: string) => PROGRAMME.replace('capacity: { min: 4, max: 10 }', capacity);

  it('a total, quotas by role and province and skip-ahead are read as written', () => {
    const text = layered('capacity:\n  min: 4\n  max: 10\n  total: 16\n  quotas:\n    - { role: oud-wethouder, max: 2 }\n    - { province: Fryslân, max: 3 }\n  skip-ahead: true');
    const { diagnostics, project: p } = run(project({ 'programmes/p.yaml': text }));
    expect(diagnostics).toEqual([]);
    expect(p.programmes.get('p')!.programme.capacity).toEqual({
      min: 4,
      max: 10,
      total: 16,
      quotas: [
        { on: 'role', value: 'oud-wethouder', max: 2 },
        { on: 'province', value: 'Fryslân', max: 3 },
      ],
      skipAhead: true,
    });
  });

  it('a quota with both a role and a province, or neither, is an error at the quota', () => {
    const text = layered('capacity:\n  max: 10\n  quotas:\n    - { role: wethouder, province: Utrecht, max: 2 }\n    - { max: 2 }');
    expect(found(project({ 'programmes/p.yaml': text }))).toEqual(['programmes/p.yaml:9:7 capacity/quota-kind', 'programmes/p.yaml:10:7 capacity/quota-kind']);
  });

  it('a province is spelt as CBS does (Fryslân), with a suggestion otherwise', () => {
    const { diagnostics } = run(project({ 'programmes/p.yaml': layered('capacity:\n  max: 10\n  quotas: [{ province: Friesland, max: 2 }]') }));
    expect(diagnostics.map((d) => d.rule)).toEqual(['schema/enum']);
  });

  it('offers until a phase that does not exist is an error at the phase id', () => {
    expect(found(project({ 'programmes/p.yaml': `${PROGRAMME}offers: { days: 5, until: blokk }\n` }))).toEqual(['programmes/p.yaml:14:27 offer/unknown-phase']);
    expect(found(project({ 'programmes/p.yaml': `${PROGRAMME}offers: { days: 3, until: blok }\n` }))).toEqual([]);
  });
});

describe('offers in the registrations', () => {
  const regs = (rows: string) => `id,name,role,municipality,email,registered,member,status,offer-expires\n${rows}`;

  it('an offered registration without an expiry is an error: the seat would be held for ever', () => {
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': regs('r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes,offered,\n') }));
    expect(diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:2:77 offer/no-expiry error']);
    expect(diagnostics[0]?.message).toBe("registration 'r1' is offered a seat but has no offer-expires date");
  });

  it('an offer with its last day is fine; so are declined and expired ones that keep the date', () => {
    const rows = ['offered', 'declined', 'expired'].map((s, i) => `r${i},P ${i},wethouder,Utrecht,p${i}@example.nl,2027-01-05T10:00:00+01:00,yes,${s},2027-01-22`).join('\n');
    expect(found(project({ 'cohorts/c.registrations.csv': regs(`${rows}\n`) }))).toEqual([]);
  });

  it('an expiry on a registration without an offer is a warning', () => {
    const { diagnostics } = run(project({ 'cohorts/c.registrations.csv': regs('r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes,confirmed,2027-01-22\n') }));
    expect(diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:2:87 offer/expiry-not-offered warning']);
  });

  it('an expiry that is not a real date is an error at the cell', () => {
    expect(found(project({ 'cohorts/c.registrations.csv': regs('r1,An de Vries,wethouder,Utrecht,a@example.nl,2027-01-05T10:00:00+01:00,yes,offered,2027-02-30\n') }))).toEqual([
      'cohorts/c.registrations.csv:2:85 date/unreal',
    ]);
  });

  it('more confirmed registrations than seats: a warning at each one left without a seat', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `r${i},P ${i},wethouder,Utrecht,p${i}@example.nl,2027-01-0${i + 1}T10:00:00+01:00,yes,confirmed,`).join('\n');
    const small = PROGRAMME.replace('{ min: 4, max: 10 }', '{ min: 1, max: 3 }');
    const { diagnostics } = run(project({ 'programmes/p.yaml': small, 'cohorts/c.registrations.csv': regs(`${rows}\n`) }));
    expect(diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:5:70 capacity/over warning', 'cohorts/c.registrations.csv:6:70 capacity/over warning']);
    expect(diagnostics[0]?.message).toBe("'r3' is confirmed or holds an offer, but no seat is left for it (capacity.max: 3 seats); it waits until one frees up");
  });

  it('a programme total below the confirmed seats of one cohort: a warning at each one left without a seat; a total with room for them: none', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `r${i},P ${i},wethouder,Utrecht,p${i}@example.nl,2027-01-0${i + 1}T10:00:00+01:00,yes,confirmed,`).join('\n');
    const withTotal = (total: number) => PROGRAMME.replace('{ min: 4, max: 10 }', `{ min: 1, max: 10, total: ${total} }`);
    const { diagnostics } = run(project({ 'programmes/p.yaml': withTotal(4), 'cohorts/c.registrations.csv': regs(`${rows}\n`) }));
    expect(diagnostics.map((d) => `${where(d)} ${d.severity}`)).toEqual(['cohorts/c.registrations.csv:6:70 capacity/over warning']);
    expect(diagnostics[0]?.message).toContain('(capacity.total: 4 seats)');
    expect(run(project({ 'programmes/p.yaml': withTotal(5), 'cohorts/c.registrations.csv': regs(`${rows}\n`) })).diagnostics).toEqual([]);
  });
});
