import type { Role } from '../nlp/types';
import { defineAdapter } from './define-adapter';

// Zendesk Agent Workspace, messaging tickets (SaaS only, *.zendesk.com).
// Source of the selectors: shared/helpdesks.md, from the data-test-id attributes that public
// Zendesk extensions and userscripts depend on (omni-log-*, omnicomposer-*, timestamp-*).
// Extrapolated, unverified: the `type` values other than "agent"/"end-user" (bot, note) and
// hiding background tickets with `hidden`/display:none (Tact checks visibility either way).
// Test page: test/fixtures/zendesk/index.html.
const TYPES: Record<string, Role> = { agent: 'agent', 'end-user': 'customer', bot: 'bot', system: 'system', 'internal-note': 'note', note: 'note' };

export default defineAdapter({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  version: 1,
  matches: ['https://*.zendesk.com/*'],
  selectors: {
    thread: '[data-test-id="omni-log-container"]',
    message: 'article[data-test-id="omni-log-comment-item"]',
    composer: '[data-test-id="omnicomposer-plain-text-ckeditor"]',
  },
  detect: (doc) => doc.querySelector('[data-test-id="omni-log-container"]') !== null,
  // Several tickets can be in the DOM at once: each log sits inside its ticket's [data-ticket-id].
  conversationId: (thread) => thread.closest('[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null,
  customerName: (thread) => thread.querySelector('[data-test-id="omni-log-item-message"][type="end-user"] [data-test-id="omni-log-item-sender"]')?.textContent?.trim() || undefined,
  readMessage(el) {
    const body = el.querySelector('[data-test-id="omni-log-message-content"]');
    if (!body) return null;
    const type = el.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type') ?? '';
    const datetime = el.querySelector('time[data-test-id^="timestamp-"]')?.getAttribute('datetime');
    const time = datetime ? Date.parse(datetime) : Number.NaN;
    return { role: TYPES[type], text: body.textContent ?? '', time: Number.isNaN(time) ? undefined : time };
  },
});
