import type { SnippetInput } from '../sync/protocol';
import { parseCsvSnippets } from '../snippet-files/csv';
import { parseJsonSnippets } from '../snippet-files/json';
import { parseMarkdownSnippet } from '../snippet-files/markdown';

export interface ImportedFile {
  name: string;
  text(): Promise<string>;
}

/** The file types the import button accepts. */
export const IMPORT_ACCEPT = '.json,.csv,.md,application/json,text/csv,text/markdown';

/** Reads .json, .csv and .md files (any mix) into snippets; throws naming the file and record at fault. */
export async function readImportFiles(files: readonly ImportedFile[]): Promise<SnippetInput[]> {
  const lists = await Promise.all(
    files.map(async (file) => {
      const text = await file.text();
      const name = file.name.toLowerCase();
      if (name.endsWith('.json')) return parseJsonSnippets(text, file.name);
      if (name.endsWith('.csv')) return parseCsvSnippets(text, file.name);
      if (name.endsWith('.md') || name.endsWith('.markdown')) return [parseMarkdownSnippet(file.name, text)];
      throw new Error(`${file.name}: only .json, .csv and .md files can be imported`);
    }),
  );
  return lists.flat();
}

/** One entry per id, the last one read winning: the hub refuses a publish naming an id twice. */
export function dedupeById(snippets: readonly SnippetInput[]): SnippetInput[] {
  return [...new Map(snippets.map((s) => [s.id, s])).values()];
}
