import Dexie, { type EntityTable } from 'dexie';
import type { AnalysedMessage, ConversationSummary } from '../messaging/protocol';

export interface StoredConversation extends ConversationSummary {
  /** Arrival order counter, so messages keep the page's order across worker restarts. */
  nextSeq: number;
  /** The customer's latest sentiment, for the queue. */
  lastMood?: number | null;
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

  constructor(name = 'tact-conversations') {
    super(name);
    this.version(1).stores({
      conversations: 'key, lastActivity, tabId',
      messages: '[conversationKey+messageId], [conversationKey+seq], time',
      meta: 'key',
    });
  }
}
