// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/hub-harness';
import { parseCsvSnippets, serializeCsvSnippets } from './csv-format';
import { parseJsonSnippets, serializeJsonSnippets } from './json-format';
import { readMarkdownFolder, writeMarkdownFolder } from './markdown-folder';

const tricky = [
  {
    id: 'refund-policy',
    title: 'Refund: "30 days", no questions',
    body: 'Line one, with a comma\n\n- a list\n- "quoted"\n\n---\n\nafter a rule\n',
    tags: ['refund', 'billing'],
    language: 'en' as const,
    variants: { formal: 'You may return it.', informal: "Send it back, it's fine!" },
  },
  { id: 'leeg', title: 'Lege tekst', body: '', tags: [], language: 'nl' as const },
  { id: 'no-trailing', title: 'x', body: 'ends without newline', tags: ['a-b'], language: 'en' as const },
];

describe('knowledge-base import/export formats', () => {
  it('round-trips JSON', () => {
    expect(parseJsonSnippets(serializeJsonSnippets(tricky))).toEqual(tricky);
  });

  it('round-trips CSV, quotes, commas and newlines included', () => {
    expect(parseCsvSnippets(serializeCsvSnippets(tricky))).toEqual(tricky);
  });

  it('round-trips a folder of Markdown files with front matter', async () => {
    const dir = await tempDir('tact-md-');
    await writeMarkdownFolder(dir, tricky);
    expect(await readFile(`${dir}/refund-policy.md`, 'utf8')).toMatch(/^---\nid: refund-policy\n/);
    const back = await readMarkdownFolder(dir);
    expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...tricky].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('reads JSON exports that carry the hub’s bookkeeping fields', () => {
    const exported = JSON.stringify([{ ...tricky[1], version: 7, updatedAt: 1, deleted: false }]);
    expect(parseJsonSnippets(exported)).toEqual([tricky[1]]);
  });

  it('names the bad row of an import', () => {
    expect(() => parseCsvSnippets('id,title,body,tags,language\na,Title,Body,,en\nb,,Body,,xx\n')).toThrow(/^CSV row 3: title/);
    expect(() => parseJsonSnippets('[{"id":"a","title":"t","body":"","language":"de"}]')).toThrow(/^snippet 1: language/);
  });
});
