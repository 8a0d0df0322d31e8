import { describe, expect, it } from 'vitest';
import { renderPlanJson, renderPlanTable } from '../../src/export/plan/index.js';
import type { Plan } from '../../src/model/plan.js';
import { context, plan, sessions } from './fixtures.js';

describe('renderPlanTable', () => {
  const en = renderPlanTable(plan, context('en'));
  const nl = renderPlanTable(plan, context('nl'));

  it('matches the golden files', async () => {
    await expect(en).toMatchFileSnapshot('./expected/plan.en.txt');
    await expect(nl).toMatchFileSnapshot('./expected/plan.nl.txt');
  });

  it('writes weekday and date in the language, and multi-day spans', () => {
    expect(en).toMatch(/Thu 13 May 2027 +18:30 → Fri 14 May 17:00 +Groepsblok 1/);
    expect(nl).toMatch(/do 13 mei 2027 +18:30 → vr 14 mei 17:00 +Groepsblok 1/);
    expect(nl).toMatch(/do 10 jun 2027 +deadline +Actieplan inleveren/);
    expect(nl).toContain('Geannuleerd: Groepsblok 4');
  });

  it('aligns columns and wraps a long title within its column, nothing cut, without control characters', () => {
    const lines = en.split('\n');
    const rows = lines.filter((l) => /^ {2}(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l));
    expect(rows).toHaveLength(sessions.length);
    expect(new Set(rows.map((r) => r.search(/\d\d:\d\d|deadline/))).size).toBe(1);
    const column = rows[0]!.indexOf('Intakegesprek');
    expect(new Set(rows.map((r) => r.search(/Intake|Groepsblok|Actieplan|Coachgesprek|Cancelled/)))).toEqual(new Set([column]));
    expect([...en].filter((c) => (c < ' ' && c !== '\n') || c === '\u007f')).toEqual([]);
    // The long title goes on over two more lines, each starting in the session column.
    const at = lines.findIndex((l) => l.includes('Groepsblok 3, deel 2'));
    expect(lines.slice(at, at + 3).map((l) => l.slice(column).split('  ')[0]!.trim())).toEqual([
      'Groepsblok 3, deel 2; "reflectie" \\ evaluatie /',
      'Droomsessie met Zoë & René — 🌷🚲 en een lange',
      'toelichting',
    ]);
    expect(lines[at + 1]!.slice(0, column).trim()).toBe('');
    expect(en).not.toContain('…');
  });

  it('strips terminal escape sequences and tabs from programme content', () => {
    const evil: Plan = { ...plan, sessions: [{ ...sessions[0]!, title: 'Blok\u001b[2J\u001b]0;pwned\u0007\tA' }] };
    const text = renderPlanTable(evil, context('en'));
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('Blok[2J]0;pwned A');
  });

  it('explains the score and the infeasible session with every date tried', () => {
    expect(en).toContain('Hard rules: 1 broken.');
    expect(en).toContain('- Programme span: cost 1');
    expect(en).toContain("Participants' unavailable dates: cost 2");
    expect(en).toContain('• 1 week between blok#2 and blok#3; 4 weeks is ideal');
    expect(en).toContain('Cannot be planned (1):');
    expect(en).toMatch(/Thu 16 Dec 2027: Marieke Jansen is booked in lbp-2027; Kasteel Duurstede is booked/);
    expect(nl).toContain('Harde regels: 1 overtreden.');
    expect(nl).toContain('Zachte kosten: 3,5 in totaal.');
    expect(nl).toMatch(/do 30 dec 2027: school holidays \(midden\)/);
  });

  it('names broken hard rules', () => {
    const broken: Plan = {
      ...plan,
      infeasible: [],
      score: { hard: 1, soft: 0, items: [{ constraint: 'double-booking', level: 'hard', cost: 1, sessions: ['blok#2'], facts: ['f01 also in lbp-2027'] }] },
    };
    const text = renderPlanTable(broken, context('nl'));
    expect(text).toContain('Harde regels: 1 overtreden.');
    expect(text).toContain('Niemand en geen locatie op twee plekken tegelijk: kosten 1');
    expect(text).toContain('Zachte kosten: geen.');
    expect(text).not.toContain('Niet in te plannen');
  });

  it('never says all hard rules are kept while a session is left unplanned, even one the score does not count', () => {
    const uncounted: Plan = { ...plan, score: { ...plan.score, hard: 0, items: plan.score.items.filter((i) => i.level === 'soft') } };
    expect(renderPlanTable(uncounted, context('en'))).toContain('Hard rules: 1 broken.');
    expect(renderPlanTable(uncounted, context('nl'))).not.toContain('alle nageleefd');
    expect(renderPlanTable({ ...uncounted, infeasible: [] }, context('en'))).toContain('Hard rules: all kept.');
  });

  it('colours only when asked', () => {
    expect(en).not.toContain('\u001b[');
    expect(renderPlanTable(plan, context('en'), { color: true })).toContain('\u001b[');
  });
});

describe('renderPlanJson', () => {
  const json = renderPlanJson(plan, context('en'));

  it('matches the golden file', async () => {
    await expect(json).toMatchFileSnapshot('./expected/plan.json');
  });

  it('has a fixed key order and sorted sessions', () => {
    const doc = JSON.parse(json) as { version: number; sessions: { uid: string; start: string }[] };
    expect(Object.keys(doc)).toEqual(['version', 'sessions', 'score', 'infeasible']);
    expect(doc.version).toBe(1);
    expect(doc.sessions.map((s) => s.start)).toEqual([...doc.sessions.map((s) => s.start)].sort());
    expect(Object.keys(doc.sessions[0]!).slice(0, 5)).toEqual(['uid', 'cohort', 'programme', 'phase', 'session']);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "version": 1,');
  });

  it('does not depend on the order of the input', () => {
    expect(renderPlanJson({ ...plan, sessions: [...plan.sessions].reverse() }, context('nl'))).toBe(json);
  });
});
