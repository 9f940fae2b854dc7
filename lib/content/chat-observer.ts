import type { HelpdeskAdapter, RawMessage } from '../adapters/define-adapter';
import type { ChatTurn } from '../messaging/protocol';
import type { Role } from '../nlp/types';

export interface ChatBatch {
  conversationId: string;
  customerName?: string;
  turns: ChatTurn[];
}

export interface ChatSink {
  turns(batch: ChatBatch): void;
  /** The page now shows this conversation (attach or switch). */
  attached(conversationId: string): void;
  health(state: 'ok' | 'broken', missing: string[]): void;
}

/** Large batches are split so one runtime message never carries a whole 2,000-message history. */
const MAX_BATCH = 250;
/** Texts above this are cut before messaging; analysis looks at the start of a message anyway. */
const MAX_TEXT = 100_000;

interface Seen {
  id: string;
  text: string;
}

/**
 * Watches one helpdesk page: reads the history once when a thread appears, then only the
 * message elements that mutations touch (never a rescan of the whole chat), and hands
 * normalised turns to the sink. Returns a function that stops watching.
 */
export function observeChat(adapter: HelpdeskAdapter, doc: Document, sink: ChatSink, now: () => number = Date.now): () => void {
  let thread: Element | null = null;
  let conversationId: string | null = null;
  let threadObserver: MutationObserver | null = null;
  let seen = new WeakMap<Element, Seen>();
  let idsSent = new Set<string>();
  let textCounts = new Map<string, number>();
  let lastRole: Role = 'customer';
  let healthy: boolean | null = null;

  const reportHealth = (ok: boolean) => {
    if (ok === healthy) return;
    healthy = ok;
    sink.health(ok ? 'ok' : 'broken', ok ? [] : ['message list']);
  };

  const toTurn = (el: Element, raw: RawMessage, historical: boolean): ChatTurn => {
    const text = raw.text.trim().slice(0, MAX_TEXT);
    const role = raw.role ?? lastRole;
    lastRole = role;
    return { messageId: raw.id ?? derivedId(role, text), role, text, time: raw.time ?? now(), historical };
  };

  const derivedId = (role: Role, text: string) => {
    const base = `${role}:${hashText(text)}`;
    const n = (textCounts.get(base) ?? 0) + 1;
    textCounts.set(base, n);
    return `t:${base}:${n}`;
  };

  const read = (el: Element, historical: boolean): ChatTurn | null => {
    const raw = adapter.readMessage(el);
    if (!raw) return null;
    const known = seen.get(el);
    if (known && known.text === raw.text) return null;
    const turn = known ? { ...toTurn(el, raw, historical), messageId: known.id } : toTurn(el, raw, historical);
    seen.set(el, { id: turn.messageId, text: raw.text });
    // Virtualised lists re-create elements for messages already sent: same id, same text.
    if (!known && idsSent.has(turn.messageId)) return null;
    idsSent.add(turn.messageId);
    return turn;
  };

  const send = (turns: ChatTurn[]) => {
    if (!conversationId || turns.length === 0) return;
    for (let i = 0; i < turns.length; i += MAX_BATCH) {
      sink.turns({ conversationId, customerName: thread ? adapter.customerName?.(thread, doc) : undefined, turns: turns.slice(i, i + MAX_BATCH) });
    }
  };

  const onThreadMutations = (records: MutationRecord[]) => {
    const touched = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const owner = target?.closest(adapter.selectors.message);
      if (owner) touched.add(owner);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(adapter.selectors.message)) touched.add(node);
        else if (node.firstElementChild) for (const el of node.querySelectorAll(adapter.selectors.message)) touched.add(el);
      }
    }
    const turns: ChatTurn[] = [];
    for (const el of touched) {
      if (!el.isConnected) continue;
      const turn = read(el, false);
      if (turn) turns.push(turn);
    }
    send(turns);
  };

  const attach = (next: Element) => {
    threadObserver?.disconnect();
    thread = next;
    const id = adapter.conversationId(next, doc);
    if (id !== conversationId) {
      seen = new WeakMap();
      idsSent = new Set();
      textCounts = new Map();
      lastRole = 'customer';
    }
    conversationId = id;
    if (!conversationId) return;
    sink.attached(conversationId);
    const turns: ChatTurn[] = [];
    for (const el of next.querySelectorAll(adapter.selectors.message)) {
      const turn = read(el, true);
      if (turn) turns.push(turn);
    }
    send(turns);
    threadObserver = new MutationObserver(onThreadMutations);
    threadObserver.observe(next, { childList: true, subtree: true, characterData: true });
  };

  // The page-level watch only asks "is my thread still the one on screen?", which is cheap;
  // message work happens in the thread observer.
  const checkThread = () => {
    if (thread?.isConnected && adapter.conversationId(thread, doc) === conversationId) return;
    const next = doc.querySelector(adapter.selectors.thread);
    reportHealth(next !== null);
    if (next) attach(next);
  };

  checkThread();
  const pageObserver = new MutationObserver(checkThread);
  pageObserver.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-conversation-id'] });
  return () => {
    pageObserver.disconnect();
    threadObserver?.disconnect();
  };
}

/** A short, stable hash (FNV-1a) for ids of messages the helpdesk gives no id. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
