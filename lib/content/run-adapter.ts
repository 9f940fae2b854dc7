import type { HelpdeskAdapter } from '../adapters/define-adapter';
import type { ContentToBackground } from '../messaging/protocol';
import { activeThread, composerFor } from './active-thread';
import { type ObserveOptions, observeChat } from './chat-observer';
import { watchDraft } from './draft-watcher';
import { type InsertMode, type InsertResult, insertText } from './insert-text';

export interface AdapterSession {
  adapter: HelpdeskAdapter;
  insert(text: string, conversationId?: string, mode?: InsertMode): Promise<InsertResult>;
  show(conversationId: string): InsertResult;
  stop(): void;
}

/** Runs one adapter on the page: chat observer, draft watcher, focus reports and insertion. */
export function runAdapter(adapter: HelpdeskAdapter, doc: Document, send: (message: ContentToBackground) => void, observe: ObserveOptions = {}): AdapterSession {
  let conversationId: string | null = null;
  const stopChat = observeChat(adapter, doc, {
    turns: (batch) => send({ type: 'chat:turns', adapter: adapter.id, ...batch }),
    attached: (id) => {
      conversationId = id;
      send({ type: 'chat:focus', adapter: adapter.id, conversationId: id });
    },
    health: (state, missing) => send({ type: 'adapter:health', adapter: adapter.id, state, missing }),
  }, observe);
  const stopDraft = watchDraft(doc, adapter.selectors.composer, (text) => {
    if (conversationId) send({ type: 'draft:changed', adapter: adapter.id, conversationId, text });
  });
  const view = doc.defaultView;
  const onFocus = () => {
    if (conversationId && doc.visibilityState === 'visible') send({ type: 'chat:focus', adapter: adapter.id, conversationId });
  };
  view?.addEventListener('focus', onFocus);
  doc.addEventListener('visibilitychange', onFocus);
  return {
    adapter,
    async insert(text, wanted, mode) {
      if (wanted && wanted !== conversationId) return { ok: false, error: 'the helpdesk now shows another chat' };
      const composer = composerFor(adapter, activeThread(adapter, doc), doc);
      if (!composer) {
        send({ type: 'adapter:health', adapter: adapter.id, state: 'broken', missing: [`reply box (${adapter.selectors.composer})`] });
        return { ok: false, error: 'reply box not found' };
      }
      return insertText(composer, text, mode);
    },
    show(id) {
      const link = adapter.conversationLink?.(doc, id);
      if (!link) return { ok: false, error: `${adapter.name} cannot bring that chat to the front` };
      link.click();
      return { ok: true };
    },
    stop() {
      stopChat();
      stopDraft();
      view?.removeEventListener('focus', onFocus);
      doc.removeEventListener('visibilitychange', onFocus);
    },
  };
}
