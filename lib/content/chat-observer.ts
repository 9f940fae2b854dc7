import type { HelpdeskAdapter } from '../adapters/define-adapter';
import type { ChatTurn } from '../messaging/protocol';
import type { Role } from '../nlp/types';
import { checkHealth } from './adapter-health';
import { activeThread } from './active-thread';
import { hashText } from './hash-text';

export { hashText } from './hash-text';

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

export interface ObserveOptions {
  now?: () => number;
  /** When the full health check (reply box, message text) first runs, then repeats. */
  healthDelayMs?: number;
  healthEveryMs?: number;
  /** Test builds time the observer's own work (attach scan, each mutation batch). */
  onTiming?: (what: 'attach' | 'slice' | 'mutations', durationMs: number, messages: number) => void;
}

/** Large batches are split so one runtime message never carries a whole 2,000-message history. */
const MAX_BATCH = 250;
/** Texts above this are cut before messaging; analysis looks at the start of a message anyway. */
const MAX_TEXT = 100_000;
/** A thread that vanishes mid-navigation is only "broken" if it stays gone this long. */
const VANISH_GRACE_MS = 3000;
/** History messages read per task at attach (≈ 5–10 ms each on the bench machine). */
const SCAN_SLICE = 250;
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'class', 'style', 'data-conversation-id', 'data-ticket-id'];

interface Seen {
  id: string;
  text: string;
  role: Role;
  time: number;
}

/**
 * Watches one helpdesk page: reads the history once when a thread appears, then only the
 * message elements that mutations touch (never a rescan of the whole chat), and hands
 * normalised turns to the sink. One MutationObserver serves both jobs, so a conversation
 * switch is always noticed before the new conversation's messages are read.
 */
export function observeChat(adapter: HelpdeskAdapter, doc: Document, sink: ChatSink, opts: ObserveOptions | (() => number) = {}): () => void {
  const options = typeof opts === 'function' ? { now: opts } : opts;
  const now = options.now ?? Date.now;
  let thread: Element | null = null;
  let conversationId: string | null = null;
  let seen = new WeakMap<Element, Seen>();
  let sentById = new Map<string, string>();
  let baseCounts = new Map<string, number>();
  let last: Seen | undefined;
  const reads = { ok: 0, empty: 0 };
  let reported = '';
  let repickTimer: ReturnType<typeof setTimeout> | undefined;
  let vanishTimer: ReturnType<typeof setTimeout> | undefined;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per attach, so a history scan of a conversation left behind stops. */
  let scan = 0;
  /** Mutations that arrived while a history scan was still running. */
  let pending: MutationRecord[] | null = null;
  /**
   * History read but not handed over yet. It goes out once the whole history is read, so the
   * worker's analysis of it never competes with the reading; a switch mid-scan flushes it.
   */
  let unsent: ChatTurn[] = [];

  const report = (missing: string[]) => {
    const key = missing.join('|') || 'ok';
    if (key === reported) return;
    reported = key;
    sink.health(missing.length ? 'broken' : 'ok', missing);
  };

  // Only messages the helpdesk gives no id are hashed: the id is their author, text and rank
  // among same-text messages.
  const derive = (el: Element, role: Role, text: string, scanCounts?: Map<string, number>): string => {
    const base = `${role}:${hashText(text)}`;
    let n: number;
    if (scanCounts) n = (scanCounts.get(base) ?? 0) + 1;
    else if (!baseCounts.has(base)) n = 1;
    else n = occurrence(el, role, text);
    scanCounts?.set(base, n);
    baseCounts.set(base, Math.max(n, baseCounts.get(base) ?? 0));
    return `t:${base}:${n}`;
  };

  // Only for a repeated text without a helpdesk id: is this a re-render of an earlier message
  // or a new one with the same words? Its place among the same-text messages decides.
  const occurrence = (el: Element, role: Role, text: string): number => {
    let n = 1;
    for (const other of thread?.querySelectorAll(adapter.selectors.message) ?? []) {
      if (other === el) break;
      const entry = seen.get(other);
      if (entry && entry.role === role && entry.text === text) n++;
    }
    return n;
  };

  const read = (el: Element, historical: boolean, prev: Seen | undefined, scanCounts?: Map<string, number>): ChatTurn | null => {
    const raw = adapter.readMessage(el);
    if (!raw) {
      reads.empty++;
      return null;
    }
    reads.ok++;
    const text = raw.deleted ? '' : raw.text.trim().slice(0, MAX_TEXT);
    const known = seen.get(el);
    if (known && known.text === text) return null;
    const role = raw.role ?? known?.role ?? prev?.role ?? 'customer';
    const time = raw.time ?? known?.time ?? (historical ? prev?.time : undefined) ?? now();
    const id = raw.id ?? known?.id ?? derive(el, role, text, scanCounts);
    const entry: Seen = { id, text, role, time };
    seen.set(el, entry);
    last = entry;
    // Virtualised lists re-create elements for messages already sent: same id, same text.
    if (!known && sentById.get(id) === text) return null;
    sentById.set(id, text);
    const turn: ChatTurn = { messageId: id, role, text, time, historical };
    if (raw.deleted) turn.deleted = true;
    return turn;
  };

  const previousSeen = (el: Element): Seen | undefined => {
    let sibling = el.previousElementSibling;
    for (let steps = 0; sibling && steps < 30; steps++, sibling = sibling.previousElementSibling) {
      const entry = seen.get(sibling);
      if (entry) return entry;
    }
    return last;
  };

  const send = (turns: ChatTurn[]) => {
    if (!conversationId || turns.length === 0) return;
    const customerName = thread ? adapter.customerName?.(thread, doc) : undefined;
    for (let i = 0; i < turns.length; i += MAX_BATCH) {
      sink.turns({ conversationId, ...(customerName ? { customerName } : {}), turns: turns.slice(i, i + MAX_BATCH) });
    }
  };

  const flushHistory = () => {
    const turns = unsent;
    unsent = [];
    send(turns);
  };

  const attach = (next: Element) => {
    // Still for the thread and conversation the cut-short scan was reading.
    flushHistory();
    thread = next;
    const id = adapter.conversationId(next, doc);
    if (id !== conversationId) {
      seen = new WeakMap();
      sentById = new Map();
      baseCounts = new Map();
      last = undefined;
    }
    conversationId = id;
    scan++;
    pending = null;
    if (!conversationId) return;
    sink.attached(conversationId);
    scanHistory(next, scan);
  };

  // The history is read in slices of SCAN_SLICE messages, one task each, so a long chat never
  // blocks the page; changes that arrive meanwhile wait until the scan is done, keeping order.
  // What was read is sent after the last slice, one batch per task (the attach measure counts them).
  const scanHistory = (root: Element, token: number) => {
    let all: NodeListOf<Element> | undefined;
    const scanCounts = new Map<string, number>();
    let prev: Seen | undefined;
    let at = 0;
    let spent = 0;
    const step = () => {
      if (token !== scan) return;
      const startedAt = performance.now();
      all ??= root.querySelectorAll(adapter.selectors.message);
      const before = unsent.length;
      for (const end = Math.min(all.length, at + SCAN_SLICE); at < end; at++) {
        const el = all[at]!;
        if (!el.isConnected) continue;
        const turn = read(el, true, prev, scanCounts);
        if (turn) unsent.push(turn);
        prev = seen.get(el) ?? prev;
      }
      const readNow = unsent.length - before;
      // Once all is read, one batch goes out per task: no task sends the whole history.
      if (at >= all.length) send(unsent.splice(0, MAX_BATCH));
      const took = performance.now() - startedAt;
      spent += took;
      options.onTiming?.('slice', took, readNow);
      if (at < all.length || unsent.length > 0) {
        pending ??= [];
        setTimeout(() => {
          try {
            step();
          } catch (error) {
            console.warn(`[tact] ${adapter.id}: could not read the history`, error);
          }
        }, 0);
        return;
      }
      options.onTiming?.('attach', spent, all.length);
      const queued = pending;
      pending = null;
      if (queued?.length && thread) readTouched(queued, thread);
    };
    step();
  };

  const checkThread = (immediate: boolean) => {
    const next = activeThread(adapter, doc);
    if (!next) {
      if (immediate) report([`message list (${adapter.selectors.thread})`]);
      else vanishTimer ??= setTimeout(() => !activeThread(adapter, doc) && report([`message list (${adapter.selectors.thread})`]), VANISH_GRACE_MS);
      thread = null;
      return;
    }
    clearTimeout(vanishTimer);
    vanishTimer = undefined;
    if (reported === '' || reported.startsWith('message list')) report([]);
    if (next !== thread || adapter.conversationId(next, doc) !== conversationId) attach(next);
  };

  const readTouched = (records: MutationRecord[], current: Element): number => {
    const touched = new Set<Element>();
    const selector = adapter.selectors.message;
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (!target || !current.contains(target) || record.type === 'attributes') continue;
      const owner = target.closest(selector);
      if (owner) touched.add(owner);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(selector)) touched.add(node);
        else if (node.firstElementChild) for (const el of node.querySelectorAll(selector)) touched.add(el);
      }
    }
    if (touched.size === 0) return 0;
    const ordered = touched.size > 1 ? [...touched].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)) : [...touched];
    const turns: ChatTurn[] = [];
    for (const el of ordered) {
      if (!el.isConnected || !current.contains(el)) continue;
      const turn = read(el, false, previousSeen(el));
      if (turn) turns.push(turn);
    }
    send(turns);
    return turns.length;
  };

  const onMutations = (records: MutationRecord[]): number => {
    const current = thread;
    if (!current?.isConnected || adapter.conversationId(current, doc) !== conversationId) {
      checkThread(false);
      return 0;
    }
    if (pending) {
      pending.push(...records);
      return 0;
    }
    // Something outside the thread changed how things are shown (a tab, a hidden pane):
    // re-pick the thread a moment later, once, rather than on every class flip.
    if (!repickTimer && records.some((r) => r.type === 'attributes' && !current.contains(r.target))) {
      repickTimer = setTimeout(() => {
        repickTimer = undefined;
        checkThread(false);
      }, 50);
    }
    return readTouched(records, current);
  };

  const fullCheck = () => {
    report(checkHealth(adapter, doc, thread, reads));
    healthTimer = setTimeout(fullCheck, options.healthEveryMs ?? 10_000);
  };

  checkThread(true);
  const observer = new MutationObserver((records) => {
    const startedAt = performance.now();
    try {
      const read = onMutations(records);
      if (read > 0) options.onTiming?.('mutations', performance.now() - startedAt, read);
    } catch (error) {
      console.warn(`[tact] ${adapter.id}: could not read a change`, error);
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: HIDING_ATTRIBUTES });
  healthTimer = setTimeout(fullCheck, options.healthDelayMs ?? 1500);
  return () => {
    observer.disconnect();
    unsent = [];
    clearTimeout(repickTimer);
    clearTimeout(vanishTimer);
    clearTimeout(healthTimer);
    scan++;
  };
}
