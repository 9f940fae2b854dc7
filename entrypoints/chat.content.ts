import { detectAdapter } from '@/lib/adapters/index';
import { observeChat } from '@/lib/content/chat-observer';
import { watchDraft } from '@/lib/content/draft-watcher';
import { insertText } from '@/lib/content/insert-text';
import type { BackgroundToContent, ContentToBackground } from '@/lib/messaging/protocol';

// Known SaaS helpdesks; `npm run build:test` (mode "test") adds loopback pages so e2e tests
// can serve helpdesk pages on 127.0.0.1 and have Tact recognise them by their DOM.
const SAAS = ['https://*.zendesk.com/*', 'https://app.intercom.com/*', 'https://app.chatwoot.com/*'];
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineContentScript({
  matches: import.meta.env.MODE === 'production' ? SAAS : [...SAAS, ...LOOPBACK],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = detectAdapter(document);
    if (!adapter) return;
    const send = (message: ContentToBackground) => {
      // A stopped service worker is woken by the message; one retry covers its start-up race.
      browser.runtime.sendMessage(message).catch(() => setTimeout(() => browser.runtime.sendMessage(message).catch(() => {}), 200));
    };
    let conversationId: string | null = null;
    const stop = observeChat(adapter, document, {
      turns: (batch) => send({ type: 'chat:turns', adapter: adapter.id, ...batch }),
      attached: (id) => {
        conversationId = id;
        send({ type: 'chat:focus', adapter: adapter.id, conversationId: id });
      },
      health: (state, missing) => send({ type: 'adapter:health', adapter: adapter.id, state, missing }),
    });
    const stopDraft = watchDraft(document, adapter.selectors.composer, (text) => {
      if (conversationId) send({ type: 'draft:changed', adapter: adapter.id, conversationId, text });
    });
    const onFocus = () => {
      if (conversationId && document.visibilityState === 'visible') send({ type: 'chat:focus', adapter: adapter.id, conversationId });
    };
    ctx.addEventListener(window, 'focus', onFocus);
    ctx.addEventListener(document, 'visibilitychange', onFocus);
    // Only Tact's background may ask for insertion; pages cannot reach runtime.onMessage.
    const onMessage = (message: BackgroundToContent, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || message?.type !== 'composer:insert' || typeof message.text !== 'string') return;
      const composer = document.querySelector(adapter.selectors.composer);
      return Promise.resolve(composer ? insertText(composer, message.text) : { ok: false, error: 'reply box not found' });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      stop();
      stopDraft();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
