import { defineAdapter } from './define-adapter';
import type { Role } from '../nlp/types';

// Tact's own demo helpdesk (demo/helpdesk/index.html): the page `npm start`, the e2e tests and
// the README screenshot use. Its markup is ours, so the selectors are stable by design.
const ROLES: ReadonlySet<string> = new Set(['customer', 'agent', 'bot', 'system', 'note']);

export default defineAdapter({
  id: 'demo',
  name: 'Tact demo helpdesk',
  version: 1,
  matches: [],
  selectors: {
    thread: '[data-demo-thread]',
    message: '[data-demo-message]',
    composer: '[data-demo-composer]',
  },
  detect: (doc) => doc.querySelector('meta[name="tact-demo-helpdesk"]') !== null,
  conversationId: (thread) => thread.getAttribute('data-conversation-id'),
  customerName: (thread) => thread.getAttribute('data-customer-name') ?? undefined,
  readMessage(el) {
    const author = el.getAttribute('data-author') ?? '';
    const text = el.querySelector('[data-demo-text]')?.textContent ?? '';
    const datetime = el.querySelector('time')?.getAttribute('datetime');
    const time = datetime ? Date.parse(datetime) : Number.NaN;
    return {
      id: el.getAttribute('data-message-id') ?? undefined,
      role: ROLES.has(author) ? (author as Role) : undefined,
      text,
      time: Number.isNaN(time) ? undefined : time,
    };
  },
});
