import type { Analyzer } from '../nlp/analyzer';
import { type AnalysedMessage, type ChatTurnsMessage, type ConversationView, type QueueItem, conversationKey } from '../messaging/protocol';
import type { ConversationDb, StoredConversation, StoredMessage } from './db';

/** How many of the latest messages a conversation view carries to the panel. */
export const VIEW_LIMIT = 300;

export interface Ingested {
  key: string;
  /** New or changed messages, in page order. */
  changed: AnalysedMessage[];
  mood: number[];
  turnaround: number | null;
}

interface Cached {
  conversation: StoredConversation;
  /** Customer sentiments in arrival order, for the mood trend. */
  mood: number[];
  /** Text and place of every message seen, to skip repeats and keep an edited message's place. */
  texts: Map<string, { text: string; seq: number }>;
}

/**
 * Keeps each conversation's messages and their analysis. Ingest is serialised per
 * conversation so arrival order is kept; analysis runs before the write so the panel can be
 * told at once, and the write finishes before the content script's message is answered.
 */
export class ConversationService {
  private cache = new Map<string, Promise<Cached>>();
  private queue = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: ConversationDb,
    private readonly analyzer: () => Analyzer,
    private readonly now: () => number = Date.now,
  ) {}

  ingest(batch: ChatTurnsMessage, tabId: number | undefined, onAnalysed?: (result: Ingested) => void): Promise<Ingested> {
    const key = conversationKey(batch.adapter, batch.conversationId);
    const run = (this.queue.get(key) ?? Promise.resolve()).then(() => this.ingestNow(key, batch, tabId, onAnalysed));
    this.queue.set(key, run.catch(() => {}));
    return run;
  }

  private async ingestNow(key: string, batch: ChatTurnsMessage, tabId: number | undefined, onAnalysed?: (result: Ingested) => void): Promise<Ingested> {
    const cached = await this.load(key, batch);
    const conversation = cached.conversation;
    const changed: StoredMessage[] = [];
    for (const turn of batch.turns) {
      const previous = cached.texts.get(turn.messageId);
      if (previous?.text === turn.text) continue;
      const message: StoredMessage = { ...turn, conversationKey: key, seq: previous?.seq ?? conversation.nextSeq++ };
      if (turn.role === 'customer') {
        const analysis = this.analyzer().analyzeMessage(turn.text);
        message.lang = analysis.lang;
        message.sentiment = round(analysis.sentiment);
        message.highlights = analysis.highlights;
        message.escalation = analysis.escalation;
        if (previous === undefined) cached.mood.push(message.sentiment);
      }
      if (previous === undefined) trackWaiting(conversation, message);
      cached.texts.set(turn.messageId, { text: turn.text, seq: message.seq });
      changed.push(message);
    }
    conversation.lastMood = cached.mood.at(-1) ?? null;
    conversation.lastActivity = this.now();
    if (tabId !== undefined && conversation.tabId !== tabId) {
      conversation.tabId = tabId;
      await this.releaseTab(tabId, key);
    }
    if (batch.customerName) conversation.customerName = batch.customerName;
    if (batch.title) conversation.title = batch.title;
    const result: Ingested = { key, changed: changed.map(stripStorage), mood: cached.mood, turnaround: turnaround(cached.mood) };
    onAnalysed?.(result);
    await this.db.transaction('rw', this.db.conversations, this.db.messages, async () => {
      await this.db.conversations.put(conversation);
      if (changed.length) await this.db.messages.bulkPut(changed);
    });
    return result;
  }

  private load(key: string, batch: { adapter: string; conversationId: string }): Promise<Cached> {
    let entry = this.cache.get(key);
    if (!entry) {
      entry = this.readFromDb(key, batch);
      this.cache.set(key, entry);
      entry.catch(() => this.cache.delete(key));
    }
    return entry;
  }

  private async readFromDb(key: string, batch: { adapter: string; conversationId: string }): Promise<Cached> {
    const stored = await this.db.conversations.get(key);
    const conversation: StoredConversation = stored ?? { key, adapter: batch.adapter, conversationId: batch.conversationId, lastActivity: this.now(), nextSeq: 0 };
    const messages = stored ? await this.db.messages.where('[conversationKey+seq]').between([key, -Infinity], [key, Infinity]).toArray() : [];
    const texts = new Map<string, { text: string; seq: number }>();
    const mood: number[] = [];
    for (const m of messages) {
      if (m.role === 'customer' && typeof m.sentiment === 'number' && !texts.has(m.messageId)) mood.push(m.sentiment);
      texts.set(m.messageId, { text: m.text, seq: m.seq });
    }
    return { conversation, mood, texts };
  }

  /** The conversation as the panel shows it, once every ingest queued for it has landed. A chat
   * the agent focused before any message was read is an empty conversation, not none. */
  async view(key: string): Promise<ConversationView> {
    await this.queue.get(key);
    const cached = await this.load(key, parseConversationKey(key));
    const latest = await this.db.messages.where('[conversationKey+seq]').between([key, -Infinity], [key, Infinity]).reverse().limit(VIEW_LIMIT).toArray();
    const { nextSeq: _seq, ...summary } = cached.conversation;
    return { ...summary, messages: latest.reverse().map(stripStorage), mood: cached.mood, turnaround: turnaround(cached.mood) };
  }

  async forget(key: string): Promise<void> {
    await this.queue.get(key);
    this.cache.delete(key);
    await this.db.transaction('rw', this.db.conversations, this.db.messages, async () => {
      await this.db.messages.where('[conversationKey+seq]').between([key, -Infinity], [key, Infinity]).delete();
      await this.db.conversations.delete(key);
    });
  }

  async forgetAll(): Promise<void> {
    await Promise.all(this.queue.values());
    this.cache.clear();
    await this.db.transaction('rw', this.db.conversations, this.db.messages, async () => {
      await this.db.messages.clear();
      await this.db.conversations.clear();
    });
  }

  /** Drops conversations idle for longer than the retention window, and messages older than it. */
  async purgeOlderThan(cutoff: number): Promise<number> {
    const stale = await this.db.conversations.where('lastActivity').below(cutoff).primaryKeys();
    for (const key of stale) await this.forget(key);
    const oldMessages = await this.db.messages.where('time').below(cutoff).delete();
    if (oldMessages) this.cache.clear();
    return stale.length + oldMessages;
  }

  /** The chat now shown in a tab: the tab's previous chat is no longer open. */
  async attach(key: string, tabId: number): Promise<void> {
    await this.queue.get(key);
    const cached = await this.load(key, parseConversationKey(key));
    if (cached.conversation.tabId === tabId) return;
    cached.conversation.tabId = tabId;
    await this.releaseTab(tabId, key);
    await this.db.conversations.put(cached.conversation);
  }

  /** A closed tab's chats leave the queue (their history stays until retention ends). */
  async closeTab(tabId: number): Promise<void> {
    await this.releaseTab(tabId, undefined);
  }

  private async releaseTab(tabId: number, keep: string | undefined): Promise<void> {
    const others = await this.db.conversations.where('tabId').equals(tabId).toArray();
    for (const other of others) {
      if (other.key === keep) continue;
      const cached = this.cache.get(other.key);
      if (cached) delete (await cached).conversation.tabId;
      delete other.tabId;
      await this.db.conversations.put(other);
    }
  }

  /** Every chat open in a helpdesk tab, for the panel's queue (sorted there by urgency). */
  async openConversations(): Promise<QueueItem[]> {
    const open = await this.db.conversations.where('tabId').aboveOrEqual(0).toArray();
    return open.map((c) => ({
      key: c.key,
      adapter: c.adapter,
      conversationId: c.conversationId,
      customerName: c.customerName,
      mood: c.lastMood ?? null,
      waitingSince: c.waitingSince ?? null,
      escalation: c.escalation?.reason ?? null,
    }));
  }

  async conversationForTab(tabId: number): Promise<string | undefined> {
    const found = await this.db.conversations.where('tabId').equals(tabId).sortBy('lastActivity');
    return found.at(-1)?.key;
  }

  async tabOf(key: string): Promise<number | undefined> {
    return (await this.db.conversations.get(key))?.tabId;
  }
}

/** The customer waits from their first message after the agent's last reply. */
function trackWaiting(conversation: StoredConversation, message: StoredMessage): void {
  if (message.role === 'customer') conversation.waitingSince ??= message.time;
  else if (message.role === 'agent') conversation.waitingSince = null;
}

function parseConversationKey(key: string): { adapter: string; conversationId: string } {
  const colon = key.indexOf(':');
  return { adapter: key.slice(0, colon), conversationId: key.slice(colon + 1) };
}

function stripStorage({ conversationKey: _k, seq: _s, ...message }: StoredMessage): AnalysedMessage {
  return message;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function turnaround(mood: number[]): number | null {
  return mood.length >= 2 ? round(mood[mood.length - 1]! - mood[0]!) : null;
}
