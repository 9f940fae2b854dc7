/**
 * The order number the customer mentioned most recently ("NW-48213", "order 48213123"),
 * to fill {order.id}. Undefined when the chat has none: the placeholder then stays visible.
 */
const PREFIXED = /\b([A-Z]{2,4}-\d{4,10})\b/g;
const AFTER_WORD = /\b(?:order|bestelling|ordernummer|bestelnummer)\s*(?:nr\.?|number|nummer|#)?\s*:?\s*#?(\d{5,12})\b/gi;

export function extractOrderId(messages: readonly string[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const text = messages[i] ?? '';
    const found = [...text.matchAll(PREFIXED)].at(-1)?.[1] ?? [...text.matchAll(AFTER_WORD)].at(-1)?.[1];
    if (found) return found;
  }
  return undefined;
}
