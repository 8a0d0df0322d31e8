/**
 * Each brochure's planning facts, asserted against the shipped files and against the plan they give:
 * durations, session counts, group sizes, spans, slots, partner and membership rules. Every fact
 * carries the brochure's own words, which must still be in the brochure, so neither side can drift.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { memoryIO, ROOT, runIn, shippedExamples } from '../support/io.js';
import { brochure, normalise, quotedIn } from './brochures.js';

// Each distinct planner input is searched and each distinct file parsed once per worker; every run still reads, checks, renders and writes (test/support/plan-once.ts, parse-once.ts).
vi.mock('../../src/plan/index.js', async (original) => (await import('../support/plan-once.js')).planOnce(await original()));
vi.mock('../../src/validate/parse.js', async (original) => (await import('../support/parse-once.js')).parseOnce(await original()));

type Yaml = Record<string, unknown>;
const programme = (id: string): Yaml => parse(readFileSync(join(ROOT, 'programmes', `${id}.yaml`), 'utf8')) as Yaml;
/** The weekday (0 Sunday) of an ISO date or date-time, as written. */
const weekday = (d: string) => new Date(`${d.slice(0, 10)}T12:00Z`).getUTCDay();
const cohort = (id: string): Yaml => parse(readFileSync(join(ROOT, 'cohorts', `${id}.yaml`), 'utf8')) as Yaml;

/** The value at a path such as `phases/droom/duration` (a phase by its id). */
function at(doc: unknown, path: string): unknown {
  let v = doc;
  for (const part of path.split('/')) {
    if (Array.isArray(v)) v = v.find((x: Yaml) => x['id'] === part);
    else v = (v as Yaml | undefined)?.[part];
  }
  return v;
}

interface Fact {
  seed: string;
  quote: string;
  file: string;
  path: string;
  value: unknown;
}
const fact = (seed: string, file: string, path: string, value: unknown, quote: string): Fact => ({ seed, file, path, value, quote });

const FACTS: Fact[] = [
  // 000 LoopbaanPlus
  fact('000', 'loopbaanplus', 'span', '9 months', 'Het traject heeft een doorlooptijd van driekwart jaar'),
  fact('000', 'loopbaanplus', 'capacity/max', 12, 'De groep zal uit maximaal 12 deelnemers bestaan'),
  fact('000', 'loopbaanplus', 'partners', 'optional', 'maar is geen verplichting'),
  fact('000', 'loopbaanplus', 'eligibility/members-only', false, 'bekostigd vanuit het Professionaliseringsfonds burgemeesters'),
  fact('000', 'loopbaanplus', 'phases/intake/duration', '2h', '1. Intake (2 uur)'),
  fact('000', 'loopbaanplus', 'phases/droom/duration', '2h..3h', '2. Uw droom (2-3 uur)'),
  fact('000', 'loopbaanplus', 'phases/groepsblok-1/dagdelen', 3.5, '3. groepsblok 1 (3,5 dagdelen)'),
  fact('000', 'loopbaanplus', 'phases/groepsblok-1/slot/weekday', 'fri', 'levert op vrijdag avond een inhoudelijke bijdrage'),
  fact('000', 'loopbaanplus', 'phases/zelfonderzoek/effort', '3h..4h', '4. Zelfonderzoek (totaal +/- 3 tot 4 uur)'),
  fact('000', 'loopbaanplus', 'phases/zelfonderzoek/mode', 'self-study', 'Thuis doet u een denkstijlen scan'),
  fact('000', 'loopbaanplus', 'phases/feedback/duration', '2h', '5. Feedback gesprek (2 x 2 uur met lunch tussendoor)'),
  fact('000', 'loopbaanplus', 'phases/feedback/sessions', 2, '2 x 2 uur met lunch tussendoor'),
  fact('000', 'loopbaanplus', 'phases/feedback/same-day', true, '2 x 2 uur met lunch tussendoor'),
  fact('000', 'loopbaanplus', 'phases/feedback/facilitators', 'all', 'feedback van de begeleiders'),
  fact('000', 'loopbaanplus', 'phases/actieplan/effort', '2h', '6. Actieplan (+/- 2 uur)'),
  fact('000', 'loopbaanplus', 'phases/groepsblok-2/dagdelen', 3, '7. Groepsblok 2 (3 dagdelen)'),
  fact('000', 'loopbaanplus', 'phases/terugkomdag/dagdelen', 2, '8. Terugkomdag (2 dagdelen)'),
  fact('000', 'loopbaanplus', 'phases/groepsblok-1/guests', ['directeur'], 'directeur van het genootschap levert op vrijdag avond een inhoudelijke bijdrage'),
  fact('000', 'loopbaanplus', 'go-no-go', 'intake', 'In dit gesprek onderzoeken we ook hoe het programma aan uw behoeften voldoet'),
  // 001 Bestuurderspool
  fact('001', 'bestuurderspool', 'audience', ['wethouder'], 'bij het coachen van nieuwe wethouders'),
  fact('001', 'bestuurderspool', 'partners', 'none', 'vertrouwelijke één op één-sessies'),
  fact('001', 'bestuurderspool', 'phases/intake/facilitators', 'all', 'intakegesprek met een coach en oud-bestuurder'),
  fact('001', 'bestuurderspool', 'phases/coaching/sessions', '5..8', 'Een reeks van 5 á 8 gesprekken'),
  fact('001', 'bestuurderspool', 'phases/coaching/spread', '6 months..12 months', 'verspreid over een periode van 6 – 12 maanden'),
  fact('001', 'bestuurderspool', 'phases/observatie/sessions', '0..2', 'Hij of zij observeert desgewenst ook uw optreden'),
  fact('001', 'bestuurderspool', 'phases/observatie/location', 'participant-municipality', 'in raads- en commissiebijeenkomsten'),
  // 002 De droom van elke burgemeester
  fact('002', 'droom-van-elke-burgemeester', 'span', '3 months..4 months', 'Doorlooptijd 3-4 maanden'),
  fact('002', 'droom-van-elke-burgemeester', 'capacity/max', 10, 'Maximum aantal deelnemers 10'),
  fact('002', 'droom-van-elke-burgemeester', 'phases/kennismaking/mode', 'individual', 'In een kennismakingsgesprek bespreken we met u'),
  fact('002', 'droom-van-elke-burgemeester', 'phases/blok/sessions', 4, 'Vier maal 24 uur komen we bij elkaar'),
  fact('002', 'droom-van-elke-burgemeester', 'phases/blok/slot', { weekday: 'thu', start: '18:30', end: '17:00', days: 2 }, 'Donderdagavond 21 en vrijdag 22 maart'),
  fact('002', 'droom-van-elke-burgemeester', 'phases/blok/location', 'venue', 'Locatie Wijk bij Duurstede'),
  fact('002', 'droom-van-elke-burgemeester', 'go-no-go', 'kennismaking', 'Daarna besluit u definitief over deelname'),
  // 004 Intervisie
  fact('004', 'intervisie-wethouders', 'phases/intake/mode', 'individual', 'Voorafgaand vindt een persoonlijkeintake plaats'),
  fact('004', 'intervisie-wethouders', 'phases/bijeenkomst/sessions', 6, 'Het traject bestaat uit zes bijeenkomsten'),
  fact('004', 'intervisie-wethouders', 'phases/bijeenkomst/location', 'host-rotation', 'Iedere wethouder ontvangt eenmaal de groep in zijn of haar gemeente'),
  fact('004', 'intervisie-wethouders', 'eligibility/members-only', false, 'hanteren wij een open inschrijving'),
  // 003 the catalogue, by career stage
  fact('003', 'wv-orientatieprogramma', 'stage', 'instroom', 'Het oriëntatieprogramma voor mensen die het wethouderschap ambiëren'),
  fact('003', 'wv-basisopleiding', 'stage', 'instroom', 'De basisopleiding voor nieuw aangetreden wethouders'),
  fact('003', 'wv-pbm', 'stage', 'doorstroom', 'In de doorstroomfase bieden wij diverse opleidingen aan'),
  fact('003', 'wv-bestuurlijk-leiderschap', 'stage', 'doorstroom', 'In de leergang Bestuurlijk Leiderschap'),
  fact('003', 'wv-masterclasses', 'stage', 'doorstroom', 'Het hele jaar door vinden er masterclasses en trainingen plaats'),
  fact('003', 'intervisie-wethouders', 'stage', 'doorstroom', 'Intervisie maakt integraal onderdeel uit'),
  fact('003', 'wv-loopbaandagen', 'stage', 'uitstroom', 'Met de loopbaandagen beoogt de Wethoudersvereniging'),
  fact('003', 'wv-keukenbezoeken', 'stage', 'uitstroom', 'Met keukenbezoeken maken wethouders kennis met bedrijven'),
];

describe('the brochures\' planning facts in the shipped programmes', () => {
  it.each(FACTS.map((f) => [`${f.file}: ${f.path}`, f] as const))('%s', (_, f) => {
    expect(quotedIn([normalise(f.quote)], brochure(f.seed)), `seed ${f.seed} no longer says "${f.quote}"`).toBe(true);
    expect(at(programme(f.file), f.path)).toEqual(f.value);
  });

  it('the catalogue (seed 003) restricts none of its programmes to members, and no programme does', () => {
    const files = readdirSync(join(ROOT, 'programmes')).filter((f) => f.endsWith('.yaml'));
    const restricted = files.filter((f) => at(parse(readFileSync(join(ROOT, 'programmes', f), 'utf8')), 'eligibility/members-only') !== false);
    expect(restricted).toEqual([]);
    expect(quotedIn([normalise('niet iedere wethouder automatisch lid')], brochure('003'))).toBe(true);
  });

  it('a programme for mayors or aldermen that avoids school holidays avoids those of its participants\' regions, never one region', () => {
    const files = readdirSync(join(ROOT, 'programmes')).filter((f) => f.endsWith('.yaml'));
    const national = files.map((f) => parse(readFileSync(join(ROOT, 'programmes', f), 'utf8')) as Yaml).filter((p) => ((at(p, 'calendar/avoid') as string[] | undefined) ?? []).includes('school-holidays'));
    expect(national.map((p) => p['id'])).toEqual(expect.arrayContaining(['loopbaanplus', 'wv-basisopleiding', 'intervisie-wethouders']));
    for (const p of national) {
      expect((p['audience'] as string[]).some((a) => a === 'burgemeester' || a === 'wethouder'), String(p['id'])).toBe(true);
      expect(at(p, 'calendar/school-region'), String(p['id'])).toBe('participants');
    }
  });

  it('LoopbaanPlus 2027 names a director for the guest role, a person of its people file', () => {
    const guests = at(cohort('loopbaanplus-2027'), 'guests') as Yaml;
    const people = (parse(readFileSync(join(ROOT, 'cohorts', 'ngb-begeleiders.people.yaml'), 'utf8')) as { people: Yaml[] }).people;
    expect(people.find((p) => p['id'] === guests['directeur'])).toMatchObject({ roles: ['speaker'] });
  });

  it('De droom meets in Wijk bij Duurstede ("Locatie Wijk bij Duurstede")', () => {
    expect(at(cohort('droom-2027'), 'venue/municipality')).toBe('GM0352');
    expect(quotedIn(['locatie wijk bij duurstede'], brochure('002'))).toBe(true);
  });
});

interface Session {
  cohort: string;
  phase: string;
  session: string;
  start: string;
  end: string;
  participants?: string[];
  facilitators: string[];
}

describe('the brochures\' planning facts in the plans of the shipped cohorts', () => {
  const sessions = new Map<string, Session[]>();
  beforeAll(async () => {
    for (const id of ['droom-2027', 'loopbaanplus-2027', 'bestuurderspool-2027']) {
      const r = await runIn(memoryIO(shippedExamples(), { today: '2026-12-01' }), ['plan', `cohorts/${id}.yaml`, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      sessions.set(id, (JSON.parse(r.stdout) as { sessions: Session[] }).sessions);
    }
  }, 120_000);
  const days = (a: string, b: string) => (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;

  it('De droom: four blocks of 24 hours, Thursday 18:30 to Friday, within 3 to 4 months', () => {
    const blocks = sessions.get('droom-2027')!.filter((s) => s.phase === 'blok');
    expect(blocks).toHaveLength(4);
    for (const b of blocks) {
      expect([weekday(b.start), b.start.slice(11)]).toEqual([4, '18:30']);
      expect(days(b.start, b.end)).toBe(1);
    }
    const all = sessions.get('droom-2027')!;
    const span = days(all[0]!.start, blocks[3]!.end);
    expect(span).toBeLessThanOrEqual(4 * 31);
  });

  it('LoopbaanPlus: the eight phases in order, the feedback as 2 × 2 hours on one day with lunch, within nine months', () => {
    const all = sessions.get('loopbaanplus-2027')!;
    const order = ['intake', 'droom', 'groepsblok-1', 'zelfonderzoek', 'feedback', 'actieplan', 'groepsblok-2', 'terugkomdag'];
    const first = order.map((p) => all.filter((s) => s.phase === p).map((s) => s.start).sort()[0]!);
    expect([...first].sort()).toEqual(first);
    for (const p of new Set(all.filter((s) => s.phase === 'feedback').flatMap((s) => s.participants ?? []))) {
      const pair = all.filter((s) => s.phase === 'feedback' && s.participants?.includes(p)).sort((a, b) => (a.start < b.start ? -1 : 1));
      expect(pair).toHaveLength(2);
      expect(pair[0]!.start.slice(0, 10)).toBe(pair[1]!.start.slice(0, 10));
      const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
      expect([minutes(pair[0]!.end) - minutes(pair[0]!.start), minutes(pair[1]!.end) - minutes(pair[1]!.start)]).toEqual([120, 120]);
      expect(minutes(pair[1]!.start) - minutes(pair[0]!.end)).toBeGreaterThanOrEqual(60);
    }
    expect(days('2027-01-11', all.map((s) => s.end).sort().at(-1)!)).toBeLessThanOrEqual(275);
  });

  it('LoopbaanPlus: "Uw droom (2-3 uur)" is booked for the full 3 hours, the intake for 2', () => {
    const all = sessions.get('loopbaanplus-2027')!;
    const length = (s: Session) => Date.parse(`${s.end}Z`) - Date.parse(`${s.start}Z`);
    const lengths = (phase: string) => [...new Set(all.filter((s) => s.phase === phase).map(length))];
    expect(lengths('droom')).toEqual([3 * 3_600_000]);
    expect(lengths('intake')).toEqual([2 * 3_600_000]);
  });

  it('Bestuurderspool: each coachee has 5 to 8 conversations, spread over 6 to 12 months', () => {
    const all = sessions.get('bestuurderspool-2027')!.filter((s) => s.phase === 'coaching');
    const by = new Map<string, Session[]>();
    for (const s of all) by.set(s.participants?.[0] ?? '', [...(by.get(s.participants?.[0] ?? '') ?? []), s]);
    expect(by.size).toBeGreaterThan(0);
    for (const [, talks] of by) {
      expect(talks.length).toBeGreaterThanOrEqual(5);
      expect(talks.length).toBeLessThanOrEqual(8);
      const starts = talks.map((s) => s.start).sort();
      const spread = days(starts[0]!, starts.at(-1)!);
      expect(spread).toBeGreaterThanOrEqual(6 * 28);
      expect(spread).toBeLessThanOrEqual(12 * 31);
    }
  });
});

/**
 * The shipped cohorts planned together, read as a planner of mayors and aldermen reads a calendar
 * (issue 19's audit): nothing on a weekend but the LoopbaanPlus blocks that run from Friday into
 * Saturday ("op vrijdag avond"), nothing into a Monday-to-Thursday evening but what the brochure puts
 * there (De droom's Thursday 18:30) or a meeting's own time, appointments inside their programme's
 * hours, the director at Groepsblok 1, no group meeting in a school holiday of a member, and no
 * facilitator's day with more than 7 hours at the wheel.
 */
describe('the shipped cohorts planned together, as a planner reads the calendar', () => {
  interface Full extends Session {
    kind: string;
    guests?: { role: string; person: string }[];
    travelBefore?: { person: string; minutes: number }[];
  }
  let all: Full[] = [];
  let score = '';
  beforeAll(async () => {
    const r = await runIn(memoryIO(shippedExamples(), { today: '2026-11-23' }), ['plan', 'cohorts', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { sessions: Full[]; score: { hard: number } };
    all = json.sessions;
    expect(json.score.hard).toBe(0);
    const text = await runIn(memoryIO(shippedExamples(), { today: '2026-11-23' }), ['plan', 'cohorts']);
    score = text.stdout;
  }, 180_000);
  const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));

  it('no weekend appointment: only the LoopbaanPlus blocks run into Saturday, and nothing is on a Sunday', () => {
    const weekend = all.filter((s) => s.kind !== 'deadline' && [0, 6].some((d) => weekday(s.start) === d || weekday(s.end) === d));
    expect([...new Set(weekend.map((s) => `${s.cohort}/${s.phase}`))]).toEqual(['loopbaanplus-2027/groepsblok-1', 'loopbaanplus-2027/groepsblok-2']);
    expect(weekend.every((s) => weekday(s.start) === 5 && weekday(s.end) === 6)).toBe(true);
  });

  it('council evenings: nothing runs past 18:00 Monday to Thursday but De droom\'s Thursday-evening blocks', () => {
    const evening = all.filter((s) => s.kind !== 'deadline' && weekday(s.start) >= 1 && weekday(s.start) <= 4 && (s.end.slice(0, 10) > s.start.slice(0, 10) || minutes(s.end) > 18 * 60));
    expect([...new Set(evening.map((s) => `${s.cohort}/${s.phase}`))]).toEqual(['droom-2027/blok']);
  });

  it('the director is at Groepsblok 1, and nowhere else', () => {
    expect(all.filter((s) => s.guests).map((s) => [s.session, s.guests])).toEqual([['groepsblok-1', [{ role: 'directeur', person: 'ruth-mulder' }]]]);
  });

  it('intervisie: each group meets outside the school holidays of its members\' regions, about every six weeks', () => {
    const meetings = all.filter((s) => s.cohort === 'intervisie-2027' && s.phase === 'bijeenkomst');
    expect(meetings).toHaveLength(12);
    // the summer of the south ends on 5 September 2027: a group with members there meets after it
    const g1 = meetings.filter((s) => s.session.startsWith('g1/')).map((s) => s.start.slice(0, 10));
    expect(g1.filter((d) => d >= '2027-07-10' && d <= '2027-09-05')).toEqual([]);
  });

  it('no facilitator or coach drives more than 7 hours on a day (the longest: a day from Brabant to Groningen and back)', () => {
    const longest = [...score.matchAll(/longest day \d{4}-\d\d-\d\d \((\d+) km, (\d+)h(\d\d)\)/g)].map((m) => Number(m[2]) * 60 + Number(m[3]));
    expect(longest.length).toBeGreaterThan(5);
    expect(Math.max(...longest)).toBeLessThanOrEqual(7 * 60);
  });
});
