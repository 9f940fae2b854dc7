import type { Snippet, SnippetInput } from '../sync/protocol';
import { compactVariants } from '../snippet-files/shape';

/** The editor's form: free text while typing, turned into a publishable snippet on publish. */
export interface SnippetDraft {
  id: string;
  /** False for a snippet not yet published: its id may still be edited. */
  published: boolean;
  title: string;
  body: string;
  /** Comma-separated. */
  tags: string;
  language: 'en' | 'nl';
  formal: string;
  informal: string;
}

export const emptyDraft = (language: 'en' | 'nl' = 'en'): SnippetDraft => ({ id: '', published: false, title: '', body: '', tags: '', language, formal: '', informal: '' });

export function draftFromSnippet(snippet: Snippet): SnippetDraft {
  return {
    id: snippet.id,
    published: true,
    title: snippet.title,
    body: snippet.body,
    tags: snippet.tags.join(', '),
    language: snippet.language,
    formal: snippet.variants?.formal ?? '',
    informal: snippet.variants?.informal ?? '',
  };
}

/** An id for a new snippet from its title ("Refund policy" → "refund-policy"), unique among `taken`. */
export function suggestId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'snippet';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function draftToInput(draft: SnippetDraft, taken: ReadonlySet<string>): SnippetInput {
  const variants = compactVariants(draft.formal.trim() || undefined, draft.informal.trim() || undefined);
  return {
    id: draft.id.trim() || suggestId(draft.title, taken),
    title: draft.title.trim(),
    body: draft.body,
    tags: [...new Set(draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean))],
    language: draft.language,
    ...(variants ? { variants } : {}),
  };
}
