import type { Role } from '../nlp/types';
import { defineAdapter } from './define-adapter';

// Intercom inbox (SaaS only, app.intercom.com). Class names are renamed across builds, so
// only data attributes are used. Source: shared/helpdesks.md (selectors public Intercom
// extensions/userscripts depend on: data-conversation-stream, data-part-group-*,
// data-conversation-reply-composer). Intercom shows no machine-readable time: Tact stamps
// messages when it first sees them. Unverified: the conversation id in the URL, and how
// notes are categorised — any category Tact does not know is read as "system", so an
// internal note is never taken for the customer's words.
// Test page: test/fixtures/intercom/index.html.
const CATEGORIES: Record<string, Role> = { '1': 'customer', '3': 'agent', '5': 'bot', '20': 'system' };

export default defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  version: 1,
  matches: ['https://app.intercom.com/*'],
  selectors: {
    thread: '[data-conversation-stream]',
    message: '[data-part-group-id]',
    composer: '[data-conversation-reply-composer] [contenteditable="true"]',
  },
  detect: (doc) => doc.querySelector('[data-conversation-stream]') !== null,
  conversationId: (_thread, doc) => /\/conversations?\/(\d+)/.exec(doc.location?.pathname ?? '')?.[1] ?? null,
  readMessage(el) {
    const category = el.getAttribute('data-part-group-category') ?? '';
    return { id: el.getAttribute('data-part-group-id') ?? undefined, role: CATEGORIES[category] ?? 'system', text: el.textContent ?? '' };
  },
});
