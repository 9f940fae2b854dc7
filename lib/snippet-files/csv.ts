import Papa from 'papaparse';
import type { SnippetInput } from '../sync/protocol';
import { compactVariants, toSnippetInput } from './shape';

/** The hub CLI's CSV columns; tags are separated by "|". */
const COLUMNS = ['id', 'title', 'body', 'tags', 'language', 'formal', 'informal'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export function parseCsvSnippets(text: string, fileName = 'CSV'): SnippetInput[] {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (fatal) throw new Error(`${fileName}, row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return parsed.data.map((row, index) => {
    const variants = compactVariants(row.formal, row.informal);
    return toSnippetInput(
      {
        id: row.id,
        title: row.title,
        body: row.body ?? '',
        tags: (row.tags ?? '').split('|'),
        language: row.language,
        ...(variants ? { variants } : {}),
      },
      `${fileName}, row ${index + 2}`,
    );
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
