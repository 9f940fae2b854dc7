import { useLiveQuery } from 'dexie-react-hooks';
import { kbDb } from '@/lib/kb/db';
import { bodyFor } from '@/lib/kb/fill-placeholders';
import { renderMarkdown } from '@/lib/kb/render-markdown';

/**
 * A snippet's body, rendered from Markdown. renderMarkdown escapes raw HTML and DOMPurify
 * sanitises the result (safe links only), so this is the one place the panel sets HTML.
 */
export function SnippetPreview({ snippetId }: { snippetId: string }) {
  const snippet = useLiveQuery(() => kbDb().snippets.get(snippetId), [snippetId]);
  if (!snippet) return null;
  return <div className="snippet-preview" data-testid="snippet-preview" dangerouslySetInnerHTML={{ __html: renderMarkdown(bodyFor(snippet)) }} />;
}
