import type { EscalationReason, Lang, MessageAnalysis } from '../nlp/types';
import type { AnalysisEngine } from './analysis-engine';
import { type ActiveEscalation, type AnalysedMessage, type ChatTurnsMessage, type ConversationView, type QueueItem, conversationKey } from '../messaging/protocol';
import { ConversationSignals } from './conversation-signals';
import type { ConversationDb, StoredConversation, StoredMessage } from './db';

/** How many of the latest messages a conversation view carries to the panel. */
export const VIEW_LIMIT = 300;

export interface Ingested {
  key: string;
  /** New or changed messages, in page order. */
  changed: AnalysedMessage[];
  mood: number[];
  turnaround: number | null;
  /** The escalation suggested in this chat, if the agent has not dismissed it. */
  escalation: ActiveEscalation | null;
  /** True when this ingest raised a new escalation. */
  newEscalation: boolean;
}

interface Cached {
  conversation: StoredConversation;
  signals: ConversationSignals;
  /** The customer's latest messages (oldest first), for the draft check and KB suggestions. */
  customerTexts: string[];
  /** The language of the customer's latest message, when it was English or Dutch. */
  customerLang?: Lang;
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
    private readonly analysis: AnalysisEngine,
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
    const analyses = await this.analyseNewCustomerTurns(cached, batch);
    const escalationBefore = conversation.escalation;
    for (const turn of batch.turns) {
      const previous = cached.texts.get(turn.messageId);
      if (previous?.text === turn.text) continue;
      const message: StoredMessage = { ...turn, conversationKey: key, seq: previous?.seq ?? conversation.nextSeq++ };
      const analysis = analyses.get(turn);
      if (analysis) {
        message.lang = analysis.lang;
        message.sentiment = round(analysis.sentiment);
        message.highlights = analysis.highlights;
        message.escalation = analysis.escalation;
        rememberCustomer(cached, message);
      }
      if (previous === undefined) {
        trackWaiting(conversation, message);
        suggest(conversation, cached.signals.add(message), message);
      }
      cached.texts.set(turn.messageId, { text: turn.text, seq: message.seq });
      changed.push(message);
    }
    const mood = cached.signals.mood;
    conversation.lastMood = mood.at(-1) ?? null;
    conversation.lastActivity = this.now();
    if (tabId !== undefined && conversation.tabId !== tabId) {
      conversation.tabId = tabId;
      await this.releaseTab(tabId, key);
    }
    if (batch.customerName) conversation.customerName = batch.customerName;
    if (batch.title) conversation.title = batch.title;
    const escalation = conversation.escalation ?? null;
    const result: Ingested = { key, changed: changed.map(stripStorage), mood, turnaround: cached.signals.turnaround, escalation, newEscalation: escalation !== null && escalation !== escalationBefore };
    onAnalysed?.(result);
    await this.db.transaction('rw', this.db.conversations, this.db.messages, async () => {
      await this.db.conversations.put(conversation);
      if (changed.length) await this.db.messages.bulkPut(changed);
    });
    return result;
  }

  /** Analyses, in one request, the customer's messages of a batch that are new or edited. */
  private async analyseNewCustomerTurns(cached: Cached, batch: ChatTurnsMessage): Promise<Map<ChatTurnsMessage['turns'][number], MessageAnalysis>> {
    const turns = batch.turns.filter((t) => t.role === 'customer' && !t.deleted && cached.texts.get(t.messageId)?.text !== t.text);
    if (!turns.length) return new Map();
    const analyses = await this.analysis.analyzeMessages(turns.map((t) => t.text));
    return new Map(turns.map((turn, i) => [turn, analyses[i]!]));
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
    const cached: Cached = { conversation, signals: new ConversationSignals(), texts: new Map(), customerTexts: [] };
    for (const m of messages) {
      cached.signals.add(m);
      if (m.role === 'customer') rememberCustomer(cached, m);
      cached.texts.set(m.messageId, { text: m.text, seq: m.seq });
    }
    return cached;
  }

  /** The conversation as the panel shows it, once every ingest queued for it has landed. A chat
   * the agent focused before any message was read is an empty conversation, not none. */
  async view(key: string): Promise<ConversationView> {
    await this.queue.get(key);
    const cached = await this.load(key, parseConversationKey(key));
    const latest = await this.db.messages.where('[conversationKey+seq]').between([key, -Infinity], [key, Infinity]).reverse().limit(VIEW_LIMIT).toArray();
    const { nextSeq: _seq, ...summary } = cached.conversation;
    return { ...summary, messages: latest.reverse().map(stripStorage), mood: cached.signals.mood, turnaround: cached.signals.turnaround };
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

  /** The agent's verdict on an escalation: it goes, and the same reason is not raised again here. */
  async dismissEscalation(key: string): Promise<EscalationReason | undefined> {
    await this.queue.get(key);
    const cached = await this.load(key, parseConversationKey(key));
    const reason = cached.conversation.escalation?.reason;
    if (!reason) return undefined;
    cached.conversation.dismissedEscalations = [...(cached.conversation.dismissedEscalations ?? []), reason];
    cached.conversation.escalation = null;
    await this.db.conversations.put(cached.conversation);
    return reason;
  }

  /** What the draft check compares the agent's draft with. */
  async draftContext(key: string): Promise<{ customer: string; customerName?: string } | undefined> {
    const facts = await this.customerFacts(key);
    const customer = facts.customerTexts.at(-1);
    return customer === undefined ? undefined : { customer, customerName: facts.customerName };
  }

  /** The customer's recent words, name and language: for KB suggestions and filling snippets. */
  async customerFacts(key: string): Promise<{ customerTexts: string[]; customerName?: string; lang?: Lang }> {
    await this.queue.get(key);
    const cached = await this.load(key, parseConversationKey(key));
    return { customerTexts: cached.customerTexts.slice(), customerName: cached.conversation.customerName, lang: cached.customerLang };
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

/** How many of the customer's latest messages are kept at hand (suggestions use the last 3). */
const RECENT_CUSTOMER_TEXTS = 10;

function rememberCustomer(cached: Cached, message: AnalysedMessage): void {
  cached.customerTexts.push(message.text);
  if (cached.customerTexts.length > RECENT_CUSTOMER_TEXTS) cached.customerTexts.shift();
  if (message.lang === 'en' || message.lang === 'nl') cached.customerLang = message.lang;
}

/** The first escalation a chat raises stays on show until the agent dismisses it; a reason the
 * agent dismissed is not raised again in the same chat. */
function suggest(conversation: StoredConversation, candidate: ReturnType<ConversationSignals['add']>, message: StoredMessage): void {
  if (!candidate || conversation.escalation) return;
  if (conversation.dismissedEscalations?.includes(candidate.reason)) return;
  conversation.escalation = { ...candidate, messageId: message.messageId, at: message.time };
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
