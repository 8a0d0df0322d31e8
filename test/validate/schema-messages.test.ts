/** Schema messages read in the user's language, including the words put around the schema's own titles. */
import { describe, expect, it } from 'vitest';
import { PROGRAMME, run } from './rules/helpers.js';

const messages = (text: string, lang: 'en' | 'nl') => run({ 'programmes/p.yaml': text }, lang).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`);

describe('schema messages in English and Dutch', () => {
  it('a wrong type names the expected type', () => {
    const text = PROGRAMME.replace('sessions: 3', 'sessions: drie');
    expect(messages(text, 'en')).toEqual(['11:15 schema/type: expected a whole number, found text (drie)']);
    expect(messages(text, 'nl')).toEqual(['11:15 schema/type: verwacht een geheel getal, gevonden tekst (drie)']);
  });

  it('a value that does not match gives examples', () => {
    const text = PROGRAMME.replace('start: "13:00"', 'start: "25:00"');
    expect(messages(text, 'en')[0]).toMatch(/^13:34 schema\/pattern: '25:00' is not .* \(e\.g\. /);
    expect(messages(text, 'nl')[0]).toMatch(/^13:34 schema\/pattern: '25:00' is geen .* \(bijv\. /);
  });

  it('each of two items under a oneOf is judged by its own errors, not the other item\'s', () => {
    const coaching = (id: string, sessions: string) => `  - { id: ${id}, name: Gesprekken, mode: coaching, sessions: ${sessions}, every: 4w..8w, duration: 90m }\n`;
    const text = PROGRAMME + coaching('een', '0') + coaching('twee', 'veel');
    expect(messages(text, 'en').filter((m) => !m.includes('required'))).toEqual([
      '14:60 schema/range: 0 must be >= 1',
      "15:61 schema/pattern: 'veel' is not count range text (e.g. 5..8, 0..2)",
    ]);
  });
});
