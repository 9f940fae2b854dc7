import { defineAdapter } from './define-adapter';

// Rocket.Chat Omnichannel (self-hosted, any domain; *.rocket.chat cloud workspaces declared).
// Source: shared/helpdesks.md, from Rocket.Chat's own source (RocketChat/Rocket.Chat
// apps/meteor/client/components/message/variants/RoomMessage.tsx and SequentialMessage,
// MessageList; Fuselage's rcx-message-* classes). Sequential messages have no header, so
// no time: they inherit the previous message's. Unverified: system messages as
// data-qa-type="system-message", the deleted-message class, and the room id in the URL.
// Test page: test/fixtures/rocket-chat/index.html.
export default defineAdapter({
  id: 'rocket-chat',
  name: 'Rocket.Chat Omnichannel',
  version: 1,
  matches: ['https://*.rocket.chat/*'],
  selectors: {
    thread: 'ul.messages-list',
    message: '[role="listitem"][data-qa-type="message"], [role="listitem"][data-qa-type="system-message"]',
    composer: 'footer.rc-message-box textarea[name="msg"]',
  },
  detect: (doc) => doc.querySelector('ul.messages-list') !== null && doc.querySelector('textarea[name="msg"]') !== null,
  conversationId: (_thread, doc) => /\/(?:live|group|direct|channel)\/([^/?#]+)/.exec(doc.location?.pathname ?? '')?.[1] ?? null,
  readMessage(el) {
    const id = el.getAttribute('data-id') ?? undefined;
    if (el.getAttribute('data-qa-type') === 'system-message') return { id, role: 'system', text: el.textContent ?? '' };
    const body = el.querySelector('[data-qa-type="message-body"]');
    if (el.matches('.rcx-message--deleted')) return { id, text: '', deleted: true };
    if (!body) return null;
    const own = el.getAttribute('data-own');
    const role = own === 'true' ? 'agent' : own === 'false' || el.hasAttribute('data-username') ? 'customer' : undefined;
    const title = el.querySelector('.rcx-message-header__time')?.getAttribute('title');
    const time = title ? Date.parse(title) : Number.NaN;
    return { id, role, text: body.textContent ?? '', time: Number.isNaN(time) ? undefined : time };
  },
});
