import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/calendar/date.js';
import { addDuration } from '../../src/calendar/duration.js';
import type { Plan, PlannedSession } from '../../src/model/plan.js';
import { checkHardRules, planCohorts } from '../../src/plan/index.js';
import { dur, planInput } from './builders.js';
import { PEOPLE, loopbaanPlusCohort } from './programmes.js';

function phase(plan: Plan, id: string): PlannedSession[] {
  return plan.sessions.filter((s) => s.phase === id);
}

function day(s: string): number {
  return dayNumber(s.slice(0, 10));
}

describe('LoopbaanPlus (seed 000)', () => {
  const input = planInput([loopbaanPlusCohort().fix('groepsblok-1', '2027-03-19')], PEOPLE);
  const plan = planCohorts(input);

  it('plans all 8 phases completely', () => {
    expect(plan.infeasible).toEqual([]);
    expect(checkHardRules(input, plan)).toEqual([]);
    // 10 active registrations (r04 withdrew): intake, droom, 2 feedback each; 3 group sessions; 2 deadlines
    expect(phase(plan, 'intake')).toHaveLength(10);
    expect(phase(plan, 'droom')).toHaveLength(10);
    expect(phase(plan, 'feedback')).toHaveLength(20);
    expect(plan.sessions.filter((s) => s.kind === 'group')).toHaveLength(3);
    expect(plan.sessions.filter((s) => s.kind === 'deadline')).toHaveLength(2);
    expect(plan.sessions.some((s) => s.participants.includes('r04'))).toBe(false);
  });

  it('keeps the fixed first group block and every gap', () => {
    expect(phase(plan, 'groepsblok-1')[0]).toMatchObject({ start: '2027-03-19T13:00', end: '2027-03-20T14:30', fixed: true });
    const end = (id: string) => Math.max(...phase(plan, id).map((s) => day(s.end)));
    const start = (id: string) => Math.min(...phase(plan, id).map((s) => day(s.start)));
    const gap = (from: string, to: string) => start(to) - end(from);
    expect(gap('intake', 'droom')).toBeGreaterThanOrEqual(7);
    expect(gap('intake', 'droom')).toBeLessThanOrEqual(42);
    expect(gap('droom', 'groepsblok-1')).toBeGreaterThanOrEqual(7);
    expect(gap('groepsblok-2', 'terugkomdag')).toBeGreaterThanOrEqual(42);
    expect(gap('groepsblok-2', 'terugkomdag')).toBeLessThanOrEqual(98);
    const last = Math.max(...plan.sessions.map((s) => day(s.end)));
    expect(last).toBeLessThanOrEqual(dayNumber('2027-10-08'));
    expect(last).toBeLessThan(dayNumber(addDuration('2027-01-11', dur('9 months'))));
  });

  it('feedback: two appointments of 2 h on one day with an hour between, with both facilitators', () => {
    for (let i = 1; i <= 11; i++) {
      const r = `r${String(i).padStart(2, '0')}`;
      if (r === 'r04') continue;
      const [a, b] = ['feedback#1', 'feedback#2'].map((id) => plan.sessions.find((s) => s.session === `${id}@${r}`)!);
      expect(a!.start.slice(0, 10)).toBe(b!.start.slice(0, 10));
      expect(b!.start.slice(11)).toBe(addMinutes(a!.end.slice(11), 60));
      expect(a!.facilitators).toEqual(['marleen-vos', 'joost-hendriks']);
      expect(a!.title).toBe('Feedbackgesprek');
    }
  });

  it('names sessions with stable uids and locations', () => {
    const intake = plan.sessions.find((s) => s.session === 'intake@r01')!;
    expect(intake.uid).toBe('intake@r01.loopbaanplus-2027@cohort');
    expect(intake.location).toEqual({ kind: 'participant-municipality', municipality: 'GM0344' });
    expect(intake.participants).toEqual(['r01']);
    expect(phase(plan, 'terugkomdag')[0]!.location).toMatchObject({ kind: 'venue', name: 'Landgoed De Horst' });
    expect(phase(plan, 'zelfonderzoek')[0]).toMatchObject({ kind: 'deadline', allDay: true });
    expect(phase(plan, 'zelfonderzoek')[0]!.start).toBe(phase(plan, 'zelfonderzoek')[0]!.end);
  });

  it('appointments and deadlines fall on working days while the group blocks keep Friday to Saturday (per-phase weekdays)', () => {
    const weekday = (s: PlannedSession, which: 'start' | 'end') => new Date(`${s[which].slice(0, 10)}T12:00:00Z`).getUTCDay();
    const appointments = plan.sessions.filter((s) => s.kind !== 'group');
    expect(appointments.length).toBeGreaterThan(40);
    for (const s of appointments) expect([1, 2, 3, 4, 5], s.session).toContain(weekday(s, 'start'));
    const blocks = plan.sessions.filter((s) => s.phase.startsWith('groepsblok'));
    for (const s of blocks) expect([weekday(s, 'start'), weekday(s, 'end')]).toEqual([5, 6]);
    // the independent check holds a Saturday appointment against the phase's weekdays
    const intake = appointments.find((s) => s.phase === 'intake')!;
    const saturday = { ...intake, start: `2027-01-16${intake.start.slice(10)}`, end: `2027-01-16${intake.end.slice(10)}` };
    const moved = { ...plan, sessions: plan.sessions.map((s) => (s === intake ? saturday : s)) };
    expect(checkHardRules(input, moved).map((v) => v.rule)).toContain('weekdays');
  });

  it('does not plan r03’s intake in the week they are away', () => {
    const s = plan.sessions.find((x) => x.session === 'intake@r03')!;
    expect(s.start.slice(0, 10) > '2027-01-15').toBe(true);
  });

  it('lists every hard rule kept and the soft costs with facts', () => {
    const hard = plan.score.items.filter((i) => i.level === 'hard');
    expect(hard.map((i) => i.constraint)).toContain('double-booking');
    expect(hard.every((i) => i.cost === 0)).toBe(true);
    expect(plan.score.hard).toBe(0);
    const soft = plan.score.items.filter((i) => i.level === 'soft').map((i) => i.constraint);
    expect(soft).toEqual(['unavailable', 'spacing', 'compactness', 'span-min', 'travel', 'bunching']);
    expect(plan.score.soft).toBeGreaterThan(0);
  });

  it('is sorted by start, then cohort, then session id', () => {
    const keys = plan.sessions.map((s) => `${s.start}|${s.cohort}|${s.session}`);
    expect(keys).toEqual([...keys].sort());
  });
});

function addMinutes(hhmm: string, n: number): string {
  const m = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) + n;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
