import type { Role } from '../nlp/types';

/** What an adapter reads from one message element. Missing author or time is inherited
 * from the previous message of the same group by the observer, or stamped when first seen. */
export interface RawMessage {
  id?: string;
  role?: Role;
  text: string;
  time?: number;
}

/**
 * One helpdesk, described as data plus a few pure readers. An adapter does no I/O, keeps no
 * state and has no side effects on import: the shared observer (`lib/content/chat-observer.ts`)
 * does the watching and messaging.
 *
 * @example
 * export default defineAdapter({
 *   id: 'demo',
 *   name: 'Tact demo helpdesk',
 *   matches: [],
 *   selectors: { thread: '[data-tact-demo-thread]', message: '.msg', composer: '#composer' },
 *   detect: (doc) => doc.querySelector('[data-tact-demo-thread]') !== null,
 *   conversationId: (thread) => thread.getAttribute('data-conversation-id'),
 *   readMessage: (el) => ({ text: el.textContent ?? '' }),
 * });
 */
export interface HelpdeskAdapter {
  /** Equals the file name; used in logs, settings and `data-adapter`. */
  id: string;
  name: string;
  /** Match patterns of the hosted (SaaS) version; self-hosted ones are recognised by `detect`. */
  matches: string[];
  selectors: {
    /** The element holding one conversation's message list. */
    thread: string;
    /** One message inside the thread. */
    message: string;
    /** The agent's reply box. */
    composer: string;
  };
  /** True when the document is this helpdesk's agent view (its DOM signature). */
  detect(doc: Document): boolean;
  conversationId(thread: Element, doc: Document): string | null;
  readMessage(el: Element): RawMessage | null;
  /** The customer's display name, when the page shows it. */
  customerName?(thread: Element, doc: Document): string | undefined;
}

export function defineAdapter(adapter: HelpdeskAdapter): HelpdeskAdapter {
  return adapter;
}
