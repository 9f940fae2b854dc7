// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNALS } from './signals';

const HELPERS = new Set(['define-signal', 'find-trigger', 'signals', 'sentiment-decline']);

describe('escalation signal conventions', () => {
  it('registers every signal file once, under its file name', () => {
    const files = readdirSync(new URL('./', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !HELPERS.has(f));
    expect(SIGNALS.map((s) => s.id).sort()).toEqual(files.sort());
  });
});
