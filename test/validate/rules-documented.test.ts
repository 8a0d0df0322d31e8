/** docs/rules.md is generated from the message catalogs: `npx vitest run test/validate -u` rewrites it. */
import { describe, expect, it } from 'vitest';
import type { SomeCatalog } from '../../src/i18n/index.js';
import { LOAD_MESSAGES } from '../../src/load/messages.js';
import { messages } from '../../src/validate/messages.js';
import { ruleMessages } from '../../src/validate/rules-messages.js';

const HEADER = `# Rule ids

Every diagnostic of \`cohort validate\` carries one of these stable ids; tests assert the ids, so the
wording of messages may change. ‹name› marks a value filled in from the file. Errors fail
validation (exit 1); the YAML 1.1 look-alikes, \`yaml/unknown-tag\`, \`time/dst-gap\`,
\`intervisie/host-rotation-uneven\`, \`groups/size-below-min\`, \`fixed/not-slot-weekday\`, \`registration/*\` (except
\`registration/missing-registered\`), \`eligibility/non-member\`, \`partner/*\`, \`capacity/over\`,
\`offer/expiry-not-offered\` and \`offer/expired\` are warnings (they fail only with \`--strict\`).
`;

const SECTIONS: [string, SomeCatalog][] = [
  ['Reading files', LOAD_MESSAGES],
  ['JSON Schema', messages],
  ['Rules across files', ruleMessages],
];

const placeholders = new Proxy({}, { get: (_t, k) => `‹${String(k)}›` });
// The placeholders stand in for every parameter, whatever type the catalog gives it.
const say = (text: (p: never) => string): string => (text as (p: object) => string)(placeholders);

function rulesDoc(): string {
  const lines = [HEADER];
  for (const [title, catalog] of SECTIONS) {
    lines.push(`## ${title}\n\n| rule | message |\n|---|---|`);
    for (const [id, m] of Object.entries(catalog)) {
      if (id.includes(':')) continue;
      lines.push(`| \`${id}\` | ${say(m.en).replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

describe('rule ids', () => {
  it('docs/rules.md lists every rule id with its message', async () => {
    await expect(rulesDoc()).toMatchFileSnapshot('../../docs/rules.md');
  });

  it('every rule speaks English and Dutch', () => {
    for (const [, catalog] of SECTIONS) {
      for (const [id, m] of Object.entries(catalog)) {
        if (id.includes(':') || id === 'schema/invalid') continue;
        expect(say(m.en), id).not.toBe(say(m.nl));
      }
    }
  });
});
