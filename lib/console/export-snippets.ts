import type { SnippetInput } from '../sync/protocol';
import { downloadFile } from './download-file';
import { serializeCsvSnippets } from '../snippet-files/csv';
import { serializeJsonSnippets } from '../snippet-files/json';
import { markdownFileName, serializeMarkdownSnippet } from '../snippet-files/markdown';

export type ExportFormat = 'json' | 'csv' | 'markdown';

const stamp = () => new Date().toISOString().slice(0, 10);

/**
 * Downloads the snippets in one of the hub CLI's formats. JSON and CSV are one file each;
 * Markdown is the CLI's folder format, one `<id>.md` download per snippet (a browser page has
 * no folder to write to, and zip would need another library), which the import reads back
 * when the files are selected together.
 */
export function exportSnippets(format: ExportFormat, snippets: readonly SnippetInput[], save = downloadFile): void {
  if (format === 'json') return save(`tact-snippets-${stamp()}.json`, serializeJsonSnippets(snippets), 'application/json');
  if (format === 'csv') return save(`tact-snippets-${stamp()}.csv`, serializeCsvSnippets(snippets), 'text/csv');
  for (const snippet of snippets) save(markdownFileName(snippet.id), serializeMarkdownSnippet(snippet), 'text/markdown');
}
