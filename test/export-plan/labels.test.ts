import { describe, expect, it } from 'vitest';
import { planExportMessages } from '../../src/export/plan/index.js';
import { HARD_RULES } from '../../src/plan/index.js';

describe('every rule the planner reports has a label in English and Dutch', () => {
  const soft = ['unavailable', 'spacing', 'compactness', 'span-min'];
  it.each([...HARD_RULES, ...soft])('%s', (id) => {
    const m = (planExportMessages as Record<string, { en: (p: object) => string; nl: (p: object) => string }>)[`rule.${id}`];
    expect(m, `rule.${id}`).toBeDefined();
    expect(m!.en({}).length).toBeGreaterThan(3);
    expect(m!.nl({}).length).toBeGreaterThan(3);
  });
});
