// @vitest-environment node
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/hub-harness';
import { readSnippets, writeSnippets } from './snippet-files';

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
  { id: 'team:no-trailing', title: 'x', body: 'ends without newline', tags: ['a-b'], language: 'en' as const },
];
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('hub CLI snippet files', () => {
  it.each(['json', 'csv'] as const)('round-trips a %s file', async (format) => {
    const file = join(await tempDir('tact-files-'), `kb.${format}`);
    await writeSnippets(file, format, tricky);
    expect(await readSnippets(file, format)).toEqual(tricky);
  });

  it('round-trips a folder of Markdown files, one per snippet, named safely for every OS', async () => {
    const dir = await tempDir('tact-md-');
    await writeSnippets(dir, 'markdown', tricky);
    expect((await readdir(dir)).sort()).toEqual(['leeg.md', 'refund-policy.md', 'team_no-trailing.md']);
    expect(await readFile(join(dir, 'refund-policy.md'), 'utf8')).toMatch(/^---\nid: refund-policy\n/);
    expect(byId(await readSnippets(dir, 'markdown'))).toEqual(byId(tricky));
  });

  it('exports only what an import reads, not the hub’s bookkeeping', async () => {
    const file = join(await tempDir('tact-files-'), 'kb.json');
    const stored = { ...tricky[1]!, version: 7, updatedAt: 1, deleted: false };
    await writeSnippets(file, 'json', [stored]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ snippets: [tricky[1]] });
  });

  it('names the file and record at fault, for the shape and for the hub’s own limits', async () => {
    const dir = await tempDir('tact-bad-');
    await writeFile(join(dir, 'kb.csv'), 'id,title,body,tags,language\na,Title,Body,,en\nb,,Body,,xx\n');
    await expect(readSnippets(join(dir, 'kb.csv'), 'csv')).rejects.toThrow(/^kb\.csv, row 3: title/);
    await writeFile(join(dir, 'kb.json'), JSON.stringify([{ id: 'a', title: 'x'.repeat(10_000), body: '', language: 'en' }]));
    await expect(readSnippets(join(dir, 'kb.json'), 'json')).rejects.toThrow(/^kb\.json, snippet 1: title: /);
    await writeFile(join(dir, 'kb2.json'), JSON.stringify([{ id: 'bad id with spaces', title: 't', body: '', language: 'en' }]));
    await expect(readSnippets(join(dir, 'kb2.json'), 'json')).rejects.toThrow(/^kb2\.json, snippet 1: id: /);
  });
});
