import Dexie, { type EntityTable } from 'dexie';
import type { AnalysedMessage, ConversationSummary } from '../messaging/protocol';
import type { EscalationReason } from '../nlp/types';

export interface StoredConversation extends ConversationSummary {
  /** Arrival order counter, so messages keep the page's order across worker restarts. */
  nextSeq: number;
  /** The customer's latest sentiment, for the queue. */
  lastMood?: number | null;
  /** Escalation reasons the agent dismissed in this chat. */
  dismissedEscalations?: EscalationReason[];
}

/** The agent's verdicts on Tact's suggestions, counted per rule so false-alarm rates can be shown. */
export interface FeedbackEntry {
  id?: number;
  /** An escalation reason or a nudge rule id. */
  rule: string;
  kind: 'dismissed' | 'unhelpful' | 'applied' | 'notified';
  /** The agent's reason, for dismissals. */
  note?: string;
  at: number;
}

export interface StoredMessage extends AnalysedMessage {
  conversationKey: string;
  seq: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The agent's local conversation store. It lives in the extension's own IndexedDB, so it
 * survives service-worker restarts; retention (lib/background/retention.ts) bounds its age. */
export class ConversationDb extends Dexie {
  conversations!: EntityTable<StoredConversation, 'key'>;
  messages!: Dexie.Table<StoredMessage, [string, string]>;
  meta!: EntityTable<MetaEntry, 'key'>;
  feedback!: EntityTable<FeedbackEntry, 'id'>;

  constructor(name = 'tact-conversations') {
    super(name);
    this.version(1).stores({
      conversations: 'key, lastActivity, tabId',
      messages: '[conversationKey+messageId], [conversationKey+seq], time',
      meta: 'key',
    });
    this.version(2).stores({ feedback: '++id, rule, kind, at' });
  }
}
