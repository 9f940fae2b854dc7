import { expect, it } from 'vitest';
import { generateKb, generateQueries, generateSnippet } from './generate-kb';

it('is deterministic and realistic', () => {
  const a = generateKb(500);
  expect(generateKb(500)).toEqual(a);
  expect(generateSnippet(123)).toEqual(a[123]);
  expect(new Set(a.map((s) => s.id)).size).toBe(500);
  const nl = a.filter((s) => s.language === 'nl').length;
  expect(nl).toBeGreaterThan(150);
  expect(nl).toBeLessThan(350);
  const words = a.flatMap((s) => s.body.split(/\s+/));
  expect(words.length / a.length).toBeGreaterThan(40);
  expect(new Set(words).size).toBeGreaterThan(2_000);
});

it('makes queries and messages', () => {
  const q = generateQueries(50);
  expect(q.keyTerms).toHaveLength(50);
  expect(q.messages.every((m) => m.split(' ').length > 15)).toBe(true);
  expect(generateQueries(50)).toEqual(q);
});
