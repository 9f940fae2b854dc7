import { describe, expect, it } from 'vitest';
import { dedupeById, readImportFiles } from './import-files';
import { publishBatches } from './publish-batches';

const file = (name: string, text: string) => ({ name, text: async () => text });

describe('readImportFiles', () => {
  it('reads a mix of JSON, CSV and Markdown files', async () => {
    const snippets = await readImportFiles([
      file('a.json', JSON.stringify({ snippets: [{ id: 'a', title: 'A', body: 'x', tags: [], language: 'en' }] })),
      file('b.CSV', 'id,title,body,tags,language\nb,B,y,t1|t2,nl\n'),
      file('c.md', '---\ntitle: C\nlanguage: en\n---\n\nz\n'),
    ]);
    expect(snippets.map((s) => [s.id, s.tags])).toEqual([
      ['a', []],
      ['b', ['t1', 't2']],
      ['c', []],
    ]);
  });

  it('refuses other files by name', async () => {
    await expect(readImportFiles([file('notes.txt', 'hi')])).rejects.toThrow(/^notes\.txt: only/);
  });

  it('keeps the last of duplicate ids', () => {
    const base = { body: '', tags: [], language: 'en' as const };
    expect(dedupeById([{ ...base, id: 'a', title: '1' }, { ...base, id: 'b', title: '2' }, { ...base, id: 'a', title: '3' }]).map((s) => s.title)).toEqual(['3', '2']);
  });
});

describe('publishBatches', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, title: 'T', body: 'x'.repeat(100), tags: [], language: 'en' as const }));
  it('splits by count and by size, keeping order', () => {
    expect(publishBatches(many, 3).map((b) => b.length)).toEqual([3, 3, 1]);
    expect(publishBatches(many, 500, 400).map((b) => b.length)).toEqual([2, 2, 2, 1]);
    expect(publishBatches(many, 500).flat()).toEqual(many);
    expect(publishBatches([])).toEqual([]);
  });
});
