import type { Snippet } from '../sync/protocol';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The console's search: every word of the query must appear in the title, a tag or the body
 * (case and accents ignored). Live snippets only, sorted by title.
 */
export function filterSnippets(snippets: readonly Snippet[], query: string): Snippet[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return snippets
    .filter((s) => !s.deleted)
    .filter((s) => {
      const haystack = fold([s.title, s.tags.join(' '), s.body].join('\n'));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
