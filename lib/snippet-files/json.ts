import type { SnippetInput } from '../sync/protocol';
import { exportable, toSnippetInput } from './shape';

/** The hub CLI's JSON format: `{ snippets: [...] }` (a bare array is read too). */
export function parseJsonSnippets(text: string, fileName = 'JSON'): SnippetInput[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: ${(error as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { snippets?: unknown } | null)?.snippets;
  if (!Array.isArray(list)) throw new Error(`${fileName}: expected a list of snippets or { "snippets": [...] }`);
  return list.map((item, index) => toSnippetInput(item, `${fileName}, snippet ${index + 1}`));
}

export function serializeJsonSnippets(snippets: readonly SnippetInput[]): string {
  return `${JSON.stringify({ snippets: snippets.map(exportable) }, null, 2)}\n`;
}
