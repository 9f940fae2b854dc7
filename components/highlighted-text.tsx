import type { Highlight } from '@/lib/nlp/types';

/**
 * The message text with the words behind its sentiment marked. Text is only ever rendered as
 * React text nodes: whatever the page wrote, nothing of it becomes HTML here.
 */
export function HighlightedText({ text, highlights = [] }: { text: string; highlights?: Highlight[] }) {
  const spans = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={span.weight < 0 ? 'hl hl--negative' : 'hl hl--positive'} data-weight={span.weight}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
