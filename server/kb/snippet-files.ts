import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { parseCsvSnippets, serializeCsvSnippets } from '../../lib/snippet-files/csv';
import { parseJsonSnippets, serializeJsonSnippets } from '../../lib/snippet-files/json';
import { markdownFileName, parseMarkdownSnippet, serializeMarkdownSnippet } from '../../lib/snippet-files/markdown';
import { exportable } from '../../lib/snippet-files/shape';
import { type SnippetInput, snippetInputSchema } from '../../lib/sync/protocol';

/**
 * The hub CLI's snippet files. The formats are the lead console's (lib/snippet-files), so a file
 * exported by one imports in the other; the CLI adds the folder of Markdown files and checks every
 * snippet against the schema a lead's publish goes through (sizes, id pattern, tag limits).
 */
export type SnippetFormat = 'json' | 'csv' | 'markdown';
export type ValidSnippet = z.output<typeof snippetInputSchema>;

export async function readSnippets(path: string, format: SnippetFormat): Promise<ValidSnippet[]> {
  if (format === 'markdown') {
    const files = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.md')).sort();
    return Promise.all(files.map(async (name) => validate(parseMarkdownSnippet(name, await readFile(join(path, name), 'utf8')), name)));
  }
  const name = basename(path);
  const text = await readFile(path, 'utf8');
  return parseSnippetText(text, format, name);
}

/** Parses and checks one JSON or CSV text; `name` starts every error message. */
export function parseSnippetText(text: string, format: 'json' | 'csv', name: string): ValidSnippet[] {
  const parsed = format === 'csv' ? parseCsvSnippets(text, name) : parseJsonSnippets(text, name);
  return parsed.map((snippet, index) => validate(snippet, `${name}, ${format === 'csv' ? `row ${index + 2}` : `snippet ${index + 1}`}`));
}

export async function writeSnippets(path: string, format: SnippetFormat, snippets: readonly SnippetInput[]): Promise<void> {
  const exported = snippets.map(exportable);
  if (format === 'csv') return writeFile(path, serializeCsvSnippets(exported));
  if (format === 'json') return writeFile(path, serializeJsonSnippets(exported));
  await mkdir(path, { recursive: true });
  await Promise.all(exported.map((s) => writeFile(join(path, markdownFileName(s.id)), serializeMarkdownSnippet(s))));
}

function validate(snippet: SnippetInput, where: string): ValidSnippet {
  const result = snippetInputSchema.safeParse(snippet);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${where}: ${issue?.path.join('.') || 'snippet'}: ${issue?.message}`);
}
