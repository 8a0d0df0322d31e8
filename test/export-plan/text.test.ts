import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/export/plan/index.js';
import { csvCell, displayWidth, escapeText, foldLine, quoteParam, wrap } from '../../src/export/plan/text.js';

describe('safeFileName', () => {
  it.each([
    ['Anneke de Boer', 'anneke-de-boer'],
    ["Zoë d'Ançay", 'zoe-d-ancay'],
    ['Ĳsbrand Ĳzerman', 'ijsbrand-ijzerman'],
    ['Jørgen Straße Œuvre', 'jorgen-strasse-oeuvre'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'unnamed'],
    ['.', 'unnamed'],
    ['', 'unnamed'],
    ['🌷🚲', 'unnamed'],
    ['CON', 'con-file'],
    ['nul', 'nul-file'],
    ['Com1', 'com1-file'],
    ['LPT9', 'lpt9-file'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['  --a--b--  ', 'a-b'],
  ])('%j → %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('is at most 80 characters and never ends in a dash', () => {
    const s = safeFileName(`${'a'.repeat(79)} b`);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toBe('a'.repeat(79));
  });
});

describe('ICS text helpers', () => {
  it('escapes TEXT per RFC 5545 3.3.11 and drops control characters', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
    expect(escapeText('x\u0007y\u001bz')).toBe('xyz');
  });

  it('quotes parameters with RFC 6868 caret encoding', () => {
    expect(quoteParam('A "B" ^C\nD')).toBe('"A ^\'B^\' ^^C^nD"');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'🌷'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
    expect(foldLine(`${'X'.repeat(74)}\\n`)).toBe(`${'X'.repeat(74)}\r\n \\n`);
  });

  it('never folds next to a space or tab, so unfolding that strips every blank after a fold loses nothing', () => {
    expect(foldLine(`${'X'.repeat(74)} Y`)).toBe(`${'X'.repeat(73)}\r\n X Y`);
    expect(foldLine(`${'X'.repeat(73)} \tY`)).toBe(`${'X'.repeat(72)}\r\n X \tY`);
    expect(foldLine(`${'X'.repeat(75)}\tY`)).toBe(`${'X'.repeat(74)}\r\n X\tY`);
    // A run of blanks longer than the step back folds inside it rather than lose a line's worth of text.
    expect(foldLine(`X${' '.repeat(100)}`).split('\r\n').map((p) => p.length)).toEqual([75, 27]);
    for (const words of ['aa b', 'a\tb c', 'Marleen Vos, Joost Hendriks ']) {
      const line = `DESCRIPTION:${words.repeat(40)}`;
      const folded = foldLine(line);
      expect(folded.replace(/\r\n[ \t]+/g, '')).toBe(line);
      expect(folded.split('\r\n').every((p) => Buffer.byteLength(p) <= 75)).toBe(true);
    }
  });
});

describe('csvCell', () => {
  it('quotes per RFC 4180 and doubles quotes', () => {
    expect(csvCell('plain', ',')).toBe('plain');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    // LibreOffice's default import splits on , and ; whichever the file's delimiter.
    expect(csvCell('a,b', ';')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
  });
});

describe('displayWidth (columns in a terminal)', () => {
  it('counts one column per Latin character, none for a combining mark, two for wide ones', () => {
    expect(displayWidth('Súdwest-Fryslân')).toBe(15);
    expect(displayWidth('e\u0301e')).toBe(2);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('🌷 Ĳ')).toBe(4);
    expect(displayWidth('会議')).toBe(4);
  });
  it('below U+0300 every character is one column, whatever it is', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0x2ff }), { maxLength: 40 }), (cps) => {
      expect(displayWidth(String.fromCodePoint(...cps))).toBe(cps.length);
    }));
  });
});

describe('wrap (the plan table\'s long cells)', () => {
  it('puts the host of a town hall on a line of its own, and leaves a text that fits alone', () => {
    expect(wrap('Gemeentehuis Arnhem (host: Joost van Dijk)', 40)).toEqual(['Gemeentehuis Arnhem', '(host: Joost van Dijk)']);
    expect(wrap('Gemeentehuis Groningen (host: Tim Groen)', 40)).toEqual(['Gemeentehuis Groningen (host: Tim Groen)']);
    expect(wrap('Gemeentehuis Súdwest-Fryslân (gastheer/gastvrouw: Gijs Boersma)', 40)).toEqual(['Gemeentehuis Súdwest-Fryslân', '(gastheer/gastvrouw: Gijs Boersma)']);
  });

  it('breaks at spaces, and inside a word only when the word is longer than a line', () => {
    expect(wrap('Groepsblok 3, deel 2 met een lange toelichting', 20)).toEqual(['Groepsblok 3, deel 2', 'met een lange', 'toelichting']);
    expect(wrap('Kasteeldomein-Duurstede-Wijk', 10)).toEqual(['Kasteeldom', 'ein-Duurst', 'ede-Wijk']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('keeps every character and no line is wider than asked', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '🌷', ' ', '(', 'Ĳ', 'x'), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 30 }), (s, width) => {
        const lines = wrap(s, width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
      }),
    );
  });
});
