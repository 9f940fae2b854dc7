import { useMemo } from 'react';
import { renderMarkdown } from '@/lib/kb/render-markdown';

/**
 * The console's one use of raw HTML: renderMarkdown escapes raw HTML, keeps only safe links and
 * then sanitises with DOMPurify's allow-list, so its output is the only HTML ever injected here.
 */
export function SnippetPreview({ markdown, labelledBy }: { markdown: string; labelledBy: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return <div className="preview" role="region" aria-labelledby={labelledBy} data-testid="snippet-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
