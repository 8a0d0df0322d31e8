import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOAD_MESSAGES } from '../../src/load/messages.js';
import { messages } from '../../src/validate/messages.js';
import { ruleMessages } from '../../src/validate/rules-messages.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');

describe('every rule id is documented in docs/rules.md and has both languages', () => {
  const ids = [...Object.keys(LOAD_MESSAGES), ...Object.keys(messages), ...Object.keys(ruleMessages)].filter((k) => !k.includes(':'));
  it.each(ids)('%s', (id) => {
    expect(doc).toContain(`\`${id}\``);
    const m = ({ ...LOAD_MESSAGES, ...messages, ...ruleMessages } as Record<string, { en: (p: object) => string; nl: (p: object) => string }>)[id]!;
    const params = new Proxy({}, { get: () => 'x' });
    expect(m.en(params)).not.toBe(m.nl(params));
  });
});
