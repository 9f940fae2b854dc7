// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SnippetInput } from '../sync/protocol';
import { parseCsvSnippets, serializeCsvSnippets } from './csv';
import { parseJsonSnippets, serializeJsonSnippets } from './json';
import { markdownFileName, parseMarkdownSnippet, serializeMarkdownSnippet } from './markdown';

const tricky: SnippetInput[] = [
  {
    id: 'refund-policy',
    title: 'Refund: "30 days", no questions',
    body: 'Line one, with a comma\n\n- a list\n- "quoted"\n\n---\n\nafter a rule\n',
    tags: ['refund', 'billing'],
    language: 'en',
    variants: { formal: 'You may return it.', informal: "Send it back, it's fine!" },
  },
  { id: 'leeg', title: 'Lege tekst', body: '', tags: [], language: 'nl' },
  { id: 'no-trailing', title: 'yes', body: 'ends without newline', tags: ['a-b', 'true'], language: 'en' },
  { id: 'ns:accents', title: 'Ça va — “quotes” #hash', body: '# Heading\n\n`code: x`', tags: ['één'], language: 'nl' },
];

describe('snippet files (lead console and hub CLI)', () => {
  it('round-trip JSON, CSV and Markdown', () => {
    expect(parseJsonSnippets(serializeJsonSnippets(tricky))).toEqual(tricky);
    expect(parseCsvSnippets(serializeCsvSnippets(tricky))).toEqual(tricky);
    for (const s of tricky) expect(parseMarkdownSnippet(markdownFileName(s.id), serializeMarkdownSnippet(s))).toEqual(s);
  });

  it('take the id from the file name when the front matter has none', () => {
    expect(parseMarkdownSnippet('greeting.md', '---\ntitle: Hi\nlanguage: en\n---\n\nHello!\n')).toEqual({ id: 'greeting', title: 'Hi', body: 'Hello!', tags: [], language: 'en' });
  });

  it('name the file and record at fault', () => {
    expect(() => parseJsonSnippets('[{"id":"a","title":"t","body":"","language":"de"}]', 'kb.json')).toThrow(/^kb\.json, snippet 1: language/);
    expect(() => parseCsvSnippets('id,title,body,tags,language\na,Title,Body,,en\nb,,Body,,en\n', 'kb.csv')).toThrow(/^kb\.csv, row 3: title/);
    expect(() => parseJsonSnippets('{oops', 'kb.json')).toThrow(/^kb\.json: /);
    expect(() => parseMarkdownSnippet('x.md', '---\ntitle: [unclosed\n---\nbody')).toThrow(/^x\.md: front matter/);
    expect(() => parseJsonSnippets('{"items":[]}', 'kb.json')).toThrow(/expected a list/);
  });

  it('drop the hub’s bookkeeping fields from JSON', () => {
    expect(parseJsonSnippets(JSON.stringify([{ ...tricky[1], version: 7, updatedAt: 1, deleted: false }]))).toEqual([tricky[1]]);
  });
});
