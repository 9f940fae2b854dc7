import { defineAdapter, parseDisplayTime } from './define-adapter';

// Chatwoot v4 ("components-next" message UI), SaaS at app.chatwoot.com and self-hosted anywhere.
// Source of the selectors: shared/helpdesks.md, from Chatwoot's own source
// (chatwoot/chatwoot app/javascript/dashboard/components-next/message/*: Message.vue and the
// bubbles/*.vue files that set data-bubble-name). Extrapolated, unverified: the private-note
// colour class, the conversation id taken from the URL, and the conversation-list link.
// Test page: test/fixtures/chatwoot/index.html.
export default defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  version: 1,
  matches: ['https://app.chatwoot.com/*'],
  selectors: {
    thread: 'ul.conversation-panel',
    message: '.message-bubble-container[data-message-id]',
    composer: '.reply-box [contenteditable="true"]',
  },
  detect: (doc) => doc.querySelector('ul.conversation-panel') !== null,
  // URL: /app/accounts/:account/conversations/:id (unverified beyond the route's shape).
  conversationId: (_thread, doc) => /\/conversations\/(\d+)/.exec(doc.location?.pathname ?? '')?.[1] ?? null,
  conversationLink: (doc, id) => doc.querySelector<HTMLElement>(`a[href$="/conversations/${CSS.escape(id)}"]`),
  readMessage(el) {
    const id = el.getAttribute('data-message-id') ?? undefined;
    // One query per part: long chats are read 2,000 messages at a time on attach.
    const bubble = el.querySelector('[data-bubble-name="text"], [data-bubble-name="activity"]');
    if (!bubble) return null;
    if (bubble.getAttribute('data-bubble-name') === 'activity') return { id, role: 'system', text: bubble.textContent ?? '' };
    const side = el.querySelector('.left-bubble, .right-bubble');
    // Private notes are right bubbles too; v4 paints them amber (unverified class name).
    // matches(), not classList (an object made per element): the attach scan reads thousands.
    const right = side?.matches('.right-bubble') ?? false;
    const note = right && el.querySelector('[class*="bg-n-solid-amber"]') !== null;
    const role = note ? 'note' : right ? 'agent' : side ? 'customer' : undefined;
    return { id, role, text: bubble.textContent ?? '', time: groupTime(el) };
  },
});

/** Grouped messages (`.group-with-next`) show no time; the group's last message does. */
function groupTime(el: Element): number | undefined {
  let node: Element | null = el;
  for (let steps = 0; node && steps < 20; steps++, node = node.nextElementSibling) {
    const time = node.querySelector('time');
    if (time) return parseDisplayTime(time.textContent);
    if (!node.matches('.group-with-next')) return undefined;
  }
  return undefined;
}
