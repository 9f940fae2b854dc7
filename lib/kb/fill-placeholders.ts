/**
 * Fills a snippet's personal slots from the chat and picks its u/je variant. A value the chat
 * did not give is left visibly in the text ("[order number]") and listed in `missing`, so the
 * agent fills it in: never silently dropped.
 *
 * @example
 * fillSnippet(snippet, { customerName: 'Anna', orderId: 'NW-48213', register: 'informal' })
 * // → { text: 'Bestelling NW-48213 kan …', missing: [] }
 */
import type { KbLanguage, KbSnippet, Register } from './types';

export interface FillContext {
  customerName?: string;
  agentName?: string;
  orderId?: string;
  register?: Register;
}

export interface FilledSnippet {
  text: string;
  /** Placeholder names that had no value, e.g. ['order.id']. */
  missing: string[];
}

type Slot = 'customer.name' | 'agent.name' | 'order.id';
const SLOT_VALUE: Record<Slot, (c: FillContext) => string | undefined> = {
  'customer.name': (c) => c.customerName,
  'agent.name': (c) => c.agentName,
  'order.id': (c) => c.orderId,
};
const SLOT_LABEL: Record<Slot, Record<KbLanguage, string>> = {
  'customer.name': { en: 'customer name', nl: 'naam klant' },
  'agent.name': { en: 'your name', nl: 'jouw naam' },
  'order.id': { en: 'order number', nl: 'bestelnummer' },
};
const PLACEHOLDER = /\{([a-zA-Z]+(?:\.[a-zA-Z]+)*)\}/g;

const isSlot = (name: string): name is Slot => name in SLOT_VALUE;

/** The body in the customer's register, falling back to the plain body. */
export function bodyFor(snippet: Pick<KbSnippet, 'body' | 'variants'>, register?: Register): string {
  return (register && snippet.variants?.[register]) || snippet.body;
}

export function fillSnippet(snippet: Pick<KbSnippet, 'body' | 'variants' | 'language'>, context: FillContext): FilledSnippet {
  const missing = new Set<string>();
  const text = bodyFor(snippet, context.register).replace(PLACEHOLDER, (_whole, name: string) => {
    const value = isSlot(name) ? SLOT_VALUE[name](context)?.trim() : undefined;
    if (value) return value;
    missing.add(name);
    return `[${isSlot(name) ? SLOT_LABEL[name][snippet.language] : name}]`;
  });
  return { text, missing: [...missing] };
}
