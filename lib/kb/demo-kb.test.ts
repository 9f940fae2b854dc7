import { describe, expect, it } from 'vitest';
import demoKb from './demo/demo-kb.json';

const snippets = demoKb.snippets as Array<{ id: string; title: string; body: string; tags: string[]; language: string; variants?: { formal?: string; informal?: string } }>;

describe('demo KB', () => {
  it('has ≥ 60 snippets, ≥ 25 per language, unique kebab-case ids', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(60);
    expect(snippets.filter((s) => s.language === 'en').length).toBeGreaterThanOrEqual(25);
    expect(snippets.filter((s) => s.language === 'nl').length).toBeGreaterThanOrEqual(25);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(snippets.length);
    for (const s of snippets) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-(en|nl)$/);
  });

  it('states facts without canned greetings or apologies', () => {
    for (const s of snippets) expect(s.body).not.toMatch(/^(hi|hello|dear|sorry|beste|hallo|excuses|sorry)\b/i);
  });

  it('gives Dutch snippets that address the customer both u and je variants', () => {
    for (const s of snippets.filter((x) => x.language === 'nl' && /\b(u|uw)\b/.test(x.body))) {
      expect(s.variants?.formal, s.id).toBe(s.body);
      expect(s.variants?.informal, s.id).not.toBe(s.body);
      expect(s.variants?.informal, s.id).not.toMatch(/\b(u|uw)\b/);
    }
  });

  it('uses only known placeholders', () => {
    for (const s of snippets) for (const m of s.body.matchAll(/\{([^}]+)\}/g)) expect(['customer.name', 'agent.name', 'order.id']).toContain(m[1]);
  });
});
