import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderIcs } from '../../src/export/plan/index.js';
import { context, NASTY_TITLE, sessions } from './fixtures.js';
import { unfold } from './ics-lint.js';

function read(csv: string, delimiter: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, delimiter, record_delimiter: '\r\n', relax_quotes: false, skip_empty_lines: false });
}

describe('renderCsv', () => {
  const en = renderCsv(sessions, context('en'), {});
  const nl = renderCsv(sessions, context('nl'), {});

  it('matches the golden files', async () => {
    await expect(en).toMatchFileSnapshot('./expected/plan.en.csv');
    await expect(nl).toMatchFileSnapshot('./expected/plan.nl.csv');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(en.startsWith('\uFEFF')).toBe(true);
    expect(en.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    const unquoted = en.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(unquoted.split('\r\n')).toHaveLength(sessions.length + 2);
  });

  it('uses , for English and ; for Dutch unless a delimiter is given', () => {
    expect(en.split('\r\n')[0]).toBe(
      '\uFEFFuid,cohort,programme,phase,session,title,date,start (Europe/Amsterdam),end_date,end (Europe/Amsterdam),kind,location,facilitators,participants,status,sequence,travel_before,effort,guests,cohort_title',
    );
    expect(nl.split('\r\n')[0]).toBe(
      '\uFEFFuid;cohort;programma;fase;sessie;titel;datum;begin (Europe/Amsterdam);einddatum;eind (Europe/Amsterdam);soort;locatie;begeleiders;deelnemers;status;volgnummer;reistijd_ervoor;tijdsinvestering;gasten;cohorttitel',
    );
    const nlComma = renderCsv(sessions, context('nl'), { delimiter: ',' });
    expect(read(nlComma, ',')).toEqual(read(nl, ';'));
    expect(renderCsv(sessions, context('en'), { delimiter: ';' }).split('\r\n')[0]).toContain('uid;cohort;programme');
  });

  it('names each required guest with their role, in English and Dutch files alike', () => {
    const withGuest = { ...sessions[0]!, guests: [{ role: 'directeur', person: 'f01' }, { role: 'spreker', person: 'f03' }] };
    const row = read(renderCsv([withGuest], context('en'), {}), ',')[0]!;
    // a name from a web form that starts with = is defused like every other cell
    expect(row.guests).toBe("Marieke Jansen (directeur), =Pieter Smit (spreker)");
    expect(read(renderCsv([withGuest], context('nl'), {}), ';')[0]!.gasten).toBe(row.guests);
  });

  it("carries each session's travel before it: who, how long, how far, from where", () => {
    const row = read(en, ',').find((r) => r.session === 'intake@r02')!;
    expect(row.travel_before).toBe('Marieke Jansen: 0h30, 24 km from home (Wijk bij Duurstede)');
    expect(read(nl, ';').find((r) => r.sessie === 'intake@r02')!.reistijd_ervoor).toBe('Marieke Jansen: 0u30, 24 km van huis (Wijk bij Duurstede)');
  });

  it('quotes every field with a , or ; whatever the delimiter, so an import splitting on both keeps the columns', () => {
    const semicolon = { ...sessions[0]!, uid: 'u1', title: 'Terugblik; vooruitblik' };
    for (const csv of [nl, en, renderCsv([...sessions, semicolon], context('en'), {}), renderCsv([...sessions, semicolon], context('nl'), {})]) {
      // LibreOffice's default separators are comma, semicolon and tab.
      const cells: string[][] = parse(csv, { bom: true, delimiter: [',', ';', '\t'], record_delimiter: '\r\n', relax_column_count: true });
      const width = cells[0]!.length;
      expect(cells.map((r) => r.length)).toEqual(cells.map(() => width));
    }
    expect(nl).toContain(';"Kasteel Duurstede, Langs de Wal 6, Wijk bij Duurstede";"Marieke Jansen, Ĳsbrand van der Velde";');
    expect(renderCsv([semicolon], context('en'), {})).toContain(',"Terugblik; vooruitblik",');
  });

  it('round-trips through csv-parse: quoted fields, dates, times, counts', () => {
    const rows = read(en, ',');
    expect(rows).toHaveLength(sessions.length);
    const block = rows.find((r) => r.session === 'blok#1')!;
    expect(block).toEqual({
      uid: 'blok#1.droom-2027@cohort',
      cohort: 'droom-2027',
      programme: 'De droom van elke burgemeester',
      phase: 'Groepsblokken',
      session: 'blok#1',
      title: 'Groepsblok 1 (1/4)',
      date: '2027-05-13',
      'start (Europe/Amsterdam)': '18:30',
      end_date: '2027-05-14',
      'end (Europe/Amsterdam)': '17:00',
      kind: 'group',
      location: 'Kasteel Duurstede, Langs de Wal 6, Wijk bij Duurstede',
      facilitators: 'Marieke Jansen, Ĳsbrand van der Velde',
      participants: '3',
      status: 'confirmed',
      travel_before: '',
      effort: '',
      guests: '',
      sequence: '0',
      cohort_title: 'De droom 2027',
    });
    expect(rows.find((r) => r.session === 'blok#3')!.title).toBe(NASTY_TITLE);
    const deadline = rows.find((r) => r.session === 'actieplan')!;
    expect([deadline.date, deadline['start (Europe/Amsterdam)'], deadline.end_date, deadline['end (Europe/Amsterdam)']]).toEqual(['2027-06-10', '', '2027-06-10', '']);
    // A deadline says the effort its phase expects; in Dutch hours are singular.
    expect(deadline.effort).toBe('3 to 4 hours');
    expect(read(nl, ';').find((r) => r.sessie === 'actieplan')!.tijdsinvestering).toBe('3 tot 4 uur');
    const cancelled = rows.find((r) => r.session === 'blok#4')!;
    expect([cancelled.status, cancelled.sequence]).toEqual(['cancelled', '2']);
    const dutch = read(nl, ';').find((r) => r.sessie === 'blok#4')!;
    expect([dutch.status, dutch.soort, dutch.volgnummer]).toEqual(['geannuleerd', 'groep', '2']);
  });

  it('never lists participants by name', () => {
    expect(en).not.toContain('Anneke');
    expect(en).not.toContain('HYPERLINK');
    expect(en).not.toContain('@example.nl');
  });

  it('with names, says whose one-to-one appointment each row is, guarded against formulas, and no one for a group session', () => {
    const rows = read(renderCsv(sessions, context('en'), { names: true }), ',');
    const who = Object.fromEntries(rows.map((r) => [r.session, r.participant]));
    expect(who).toEqual({
      'intake@r01': 'Anneke de Boer',
      'intake@r02': "Zoë d'Ançay",
      'blok#1': '',
      actieplan: '',
      'coaching#1@r03': "'=HYPERLINK(\"http://evil.example\",\"Kees\")",
      'blok#2': '',
      'blok#3': '',
      'blok#4': '',
    });
    expect(rows.every((r) => r.cohort_title === 'De droom 2027')).toBe(true);
    expect(renderCsv(sessions, context('en'), { names: true })).not.toContain('@example.nl');
    const dutch = read(renderCsv(sessions, context('nl'), { names: true }), ';');
    expect(dutch.find((r) => r.sessie === 'intake@r01')!.deelnemer).toBe('Anneke de Boer');
  });

  it('guards against formula injection', () => {
    const rows = read(en, ',');
    expect(rows.find((r) => r.session === 'blok#3')!.facilitators).toBe("'=Pieter Smit, Marieke Jansen");
    const evil = [
      { ...sessions[0]!, uid: 'u1', title: '=1+1' },
      { ...sessions[0]!, uid: 'u2', title: '+31 6' },
      { ...sessions[0]!, uid: 'u3', title: '-2' },
      { ...sessions[0]!, uid: 'u4', title: '@SUM(A1)' },
      { ...sessions[0]!, uid: 'u5', title: '\tx' },
      { ...sessions[0]!, uid: 'u6', title: '\rx' },
      { ...sessions[0]!, uid: 'u7', title: '\nx' },
      { ...sessions[0]!, uid: 'u8', title: 'a=b' },
    ];
    const titles = read(renderCsv(evil, context('en'), {}), ',').map((r) => r.title);
    expect(titles).toEqual(["'=1+1", "'+31 6", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "'\nx", 'a=b']);
  });

  it('has a uid column that joins with the ICS UIDs', () => {
    const icsUids = unfold(renderIcs(sessions, context('en'))).filter((l) => l.startsWith('UID:')).map((l) => l.slice(4));
    expect(read(en, ',').map((r) => r.uid)).toEqual(icsUids);
  });

  it('gives the same bytes whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const a = renderCsv(sessions, context('nl'), {});
      process.env.TZ = 'UTC';
      expect(renderCsv(sessions, context('nl'), {})).toBe(a);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
