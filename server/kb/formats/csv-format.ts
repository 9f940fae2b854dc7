import Papa from 'papaparse';
import { type SnippetInput, snippetInputSchema } from '../../../lib/sync/protocol';
import type { Snippets } from './json-format';

/** Columns: id, title, body, tags (separated by "|"), language, formal, informal. */
const COLUMNS = ['id', 'title', 'body', 'tags', 'language', 'formal', 'informal'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export function parseCsvSnippets(text: string): Snippets {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (fatal) throw new Error(`CSV row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return parsed.data.map((row, index) => {
    const variants = { ...(row.formal ? { formal: row.formal } : {}), ...(row.informal ? { informal: row.informal } : {}) };
    const result = snippetInputSchema.safeParse({
      id: row.id,
      title: row.title,
      body: row.body ?? '',
      tags: (row.tags ?? '').split('|').map((tag) => tag.trim()).filter(Boolean),
      language: row.language,
      ...(Object.keys(variants).length > 0 ? { variants } : {}),
    });
    if (!result.success) throw new Error(`CSV row ${index + 2}: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`);
    return result.data;
  });
}

export function serializeCsvSnippets(snippets: readonly SnippetInput[]): string {
  const rows = snippets.map((s) => ({
    id: s.id,
    title: s.title,
    body: s.body,
    tags: (s.tags ?? []).join('|'),
    language: s.language,
    formal: s.variants?.formal ?? '',
    informal: s.variants?.informal ?? '',
  }));
  return `${Papa.unparse(rows, { columns: [...COLUMNS], newline: '\n' })}\n`;
}
