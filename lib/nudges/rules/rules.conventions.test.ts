// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './index';

describe('draft rule conventions', () => {
  it('registers every rule file once, with the file name as its id', () => {
    const files = readdirSync(new URL('./', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });

  it('covers every check of a draft exactly once', () => {
    expect(RULES.map((r) => r.check).sort()).toEqual(['empathetic', 'formalityMatch', 'personal', 'policyHiding', 'short']);
  });
});
