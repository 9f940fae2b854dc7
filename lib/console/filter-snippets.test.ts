import { describe, expect, it } from 'vitest';
import type { Snippet } from '../sync/protocol';
import { filterSnippets } from './filter-snippets';

const snip = (id: string, title: string, body: string, tags: string[] = [], deleted = false): Snippet => ({ id, title, body, tags, language: 'en', version: 1, updatedAt: 0, deleted });

const all = [snip('r', 'Refunds', 'Money back within 30 days', ['billing']), snip('d', 'Delivery', 'Parcels arrive in two days', ['shipping']), snip('x', 'Café hours', 'Open daily'), snip('gone', 'Refund old', 'x', [], true)];

describe('filterSnippets', () => {
  it('matches every word over title, tags and body, ignoring case and accents; hides deleted', () => {
    expect(filterSnippets(all, '').map((s) => s.id)).toEqual(['x', 'd', 'r']);
    expect(filterSnippets(all, 'BILLING money').map((s) => s.id)).toEqual(['r']);
    expect(filterSnippets(all, 'days').map((s) => s.id)).toEqual(['d', 'r']);
    expect(filterSnippets(all, 'cafe').map((s) => s.id)).toEqual(['x']);
    expect(filterSnippets(all, 'refund nothing')).toEqual([]);
  });
});
