import { parse, stringify } from 'yaml';
import type { SnippetInput } from '../sync/protocol';
import { toSnippetInput } from './shape';

/**
 * One `<id>.md` file per snippet, the folder format of the lead console and the hub CLI: YAML
 * front matter (id, title, tags, language, variants) between `---` lines, then the Markdown body
 * framed by blank lines. The front matter is split here and read with `yaml`, which runs in the
 * browser as well as in Node (gray-matter needs Node's Buffer).
 */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseMarkdownSnippet(fileName: string, text: string): SnippetInput {
  const match = FRONT_MATTER.exec(text);
  let data: unknown = {};
  if (match) {
    try {
      data = parse(match[1]!) ?? {};
    } catch (error) {
      throw new Error(`${fileName}: front matter: ${(error as Error).message}`);
    }
    if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${fileName}: front matter must be a mapping`);
  }
  const content = match ? text.slice(match[0].length) : text;
  const body = content.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
  return toSnippetInput({ id: fileName.replace(/\.md$/i, ''), ...(data as object), body }, fileName);
}

export function serializeMarkdownSnippet(snippet: SnippetInput): string {
  const front = {
    id: snippet.id,
    title: snippet.title,
    tags: snippet.tags ?? [],
    language: snippet.language,
    ...(snippet.variants ? { variants: snippet.variants } : {}),
  };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${snippet.body}\n`;
}

/** A file name safe on every OS for a snippet id (ids use letters, digits, ".", ":", "_", "-"). */
export const markdownFileName = (id: string) => `${id.replace(/:/g, '_')}.md`;
