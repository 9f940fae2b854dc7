import { defineAdapter, parseDisplayTime } from './define-adapter';

// Zammad customer chat, agent side (self-hosted only: recognised by its DOM once the user
// enables Tact on the Zammad domain). Source: shared/helpdesks.md, from Zammad's own source
// (zammad/zammad app/assets/javascripts/app/views/customer_chat/*.jst.eco). Messages carry
// no name and no id; time comes from `.chat-timestamp` rows shown only after gaps, and the
// messages after such a row inherit it. Unverified: the chat window's `data-session-id`.
// Test page: test/fixtures/zammad/index.html.
export default defineAdapter({
  id: 'zammad',
  name: 'Zammad chat',
  version: 1,
  matches: [],
  selectors: {
    // A second, hidden `.js-meta` body exists in each chat window: never read it.
    thread: '.chat-body.js-body',
    message: '.chat-message',
    composer: '.js-customerChatInput',
  },
  detect: (doc) => doc.querySelector('.chat-body.js-body') !== null && doc.querySelector('.js-customerChatInput') !== null,
  conversationId: (thread) => thread.closest('[data-session-id]')?.getAttribute('data-session-id') ?? null,
  readMessage(el) {
    // matches(), not classList: a classList is an object made per element on first use, and the
    // attach scan reads 2,000 of them at once.
    const role = el.matches('.chat-message--customer') ? 'customer' : el.matches('.chat-message--agent') ? 'agent' : undefined;
    const stamp = el.previousElementSibling?.matches('.chat-timestamp') ? el.previousElementSibling : null;
    return { role, text: el.textContent ?? '', time: parseDisplayTime(stamp?.textContent) };
  },
});
