// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
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

describe('escalation hints', () => {
  // A hint is a cheap pre-filter: it must never hide a message the full patterns would flag.
  const lines = ['escalation-en.tsv', 'escalation-nl.tsv', 'sentiment-en.tsv', 'sentiment-nl.tsv']
    .flatMap((file) => [file, `dev2/${file}`, ...(file.startsWith('escalation') ? [`dev5/${file}`] : [])])
    .flatMap((file) => readFileSync(new URL(`../../../test/nlp-dev/${file}`, import.meta.url), 'utf8').split('\n'))
    .map((line) => line.split('\t')[1] ?? '')
    .filter(Boolean);
  it.each(SIGNALS.map((s) => [s.id, s] as const))('%s hint passes every message its patterns flag', (_id, signal) => {
    const hidden = lines.filter((text) => signal.detect({ text }) !== null && !signal.hint.test(text));
    expect(hidden).toEqual([]);
  });
});
