import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { type SnippetInput, snippetInputSchema } from '../../../lib/sync/protocol';
import type { Snippets } from './json-format';

/**
 * One `<id>.md` file per snippet: YAML front matter (id, title, tags, language, variants) and the
 * Markdown body. A missing `id` defaults to the file name.
 */
export function parseMarkdownSnippet(fileName: string, text: string): Snippets[number] {
  const { data, content } = matter(text);
  const result = snippetInputSchema.safeParse({ id: basename(fileName, '.md'), ...data, body: content.replace(/^\n/, '').replace(/\n$/, '') });
  if (!result.success) throw new Error(`${fileName}: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`);
  return result.data;
}

export function serializeMarkdownSnippet(snippet: SnippetInput): string {
  const front = {
    id: snippet.id,
    title: snippet.title,
    tags: snippet.tags ?? [],
    language: snippet.language,
    ...(snippet.variants ? { variants: snippet.variants } : {}),
  };
  // Framed by blank lines so that parsing strips exactly what serialising added.
  return matter.stringify(`\n${snippet.body}\n`, front);
}

export async function readMarkdownFolder(dir: string): Promise<Snippets> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(files.map(async (name) => parseMarkdownSnippet(name, await readFile(join(dir, name), 'utf8'))));
}

export async function writeMarkdownFolder(dir: string, snippets: readonly SnippetInput[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(snippets.map((s) => writeFile(join(dir, `${s.id}.md`), serializeMarkdownSnippet(s))));
}
