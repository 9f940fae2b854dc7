import { z } from 'zod';
import { type SnippetInput, snippetInputSchema } from '../../../lib/sync/protocol';

// Like the publish schema, but tolerant of the extra fields an export or another tool adds.
const importedSnippet = z.object(snippetInputSchema.shape);

export type Snippets = z.output<typeof snippetInputSchema>[];

/** Accepts an array of snippets or `{ snippets: [...] }` (the export's shape); extra stored fields are dropped. */
export function parseJsonSnippets(text: string): Snippets {
  const raw: unknown = JSON.parse(text);
  const list = Array.isArray(raw) ? raw : z.object({ snippets: z.array(z.unknown()) }).parse(raw).snippets;
  return list.map((item, index) => {
    const result = importedSnippet.safeParse(item);
    if (!result.success) throw new Error(`snippet ${index + 1}: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`);
    return result.data;
  });
}

/** Drops the hub's bookkeeping (version, updatedAt, deleted) so exports hold only what imports read. */
export function toSnippetInput(snippet: SnippetInput): SnippetInput {
  const { id, title, body, tags, language, variants } = snippet;
  return { id, title, body, tags, language, ...(variants ? { variants } : {}) };
}

export function serializeJsonSnippets(snippets: readonly SnippetInput[]): string {
  return `${JSON.stringify({ snippets: snippets.map(toSnippetInput) }, null, 2)}\n`;
}
