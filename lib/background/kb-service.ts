import { detectRegister } from '../kb/detect-register';
import { extractOrderId } from '../kb/extract-order-id';
import { type FilledSnippet, fillSnippet } from '../kb/fill-placeholders';
import { search, suggest } from '../kb/search';
import { KbStore } from '../kb/store';
import type { KbHit, KbLanguage } from '../kb/types';
import { forgetAllUsage, forgetUsageOf, recordUsage } from '../kb/usage';

/** What the chat tells us for filling a snippet's personal parts. */
export interface ChatFacts {
  customerName?: string;
  agentName?: string;
  /** The customer's recent messages, oldest first. */
  customerTexts: string[];
}

/**
 * The knowledge base as the background uses it: suggestions from the customer's recent
 * messages, the agent's own searches, and snippets filled for insertion. The store is opened
 * once per worker; a fresh install starts with the demo knowledge base.
 */
export class KbService {
  private store: Promise<KbStore> | undefined;
  private readonly shown = new Map<string, Set<string>>();

  constructor(private readonly open: () => Promise<KbStore> = () => KbStore.open()) {}

  kb(): Promise<KbStore> {
    this.store ??= this.open().then(async (store) => {
      await store.seedDemoIfEmpty();
      return store;
    });
    this.store.catch(() => {
      this.store = undefined;
    });
    return this.store;
  }

  async suggestions(conversationKey: string, customerTexts: string[], lang?: KbLanguage): Promise<KbHit[]> {
    if (customerTexts.length === 0) return [];
    const store = await this.kb();
    const hits = await suggest(store, customerTexts.slice(-3), { lang });
    await this.recordShown(store, conversationKey, hits);
    return hits;
  }

  /** Drops the usage records of one chat, or of all chats. */
  async forgetUsage(conversationKey?: string): Promise<void> {
    const { db } = await this.kb();
    await (conversationKey ? forgetUsageOf(db, conversationKey) : forgetAllUsage(db));
  }

  async search(query: string, lang?: KbLanguage): Promise<KbHit[]> {
    if (!query.trim()) return [];
    return search(await this.kb(), query, { lang, limit: 8 });
  }

  /** The snippet's text for this chat: u/je variant by the customer's register, slots filled. */
  async fill(snippetId: string, facts: ChatFacts): Promise<FilledSnippet | undefined> {
    const store = await this.kb();
    const [snippet] = await store.snippets([snippetId]);
    if (!snippet || snippet.deleted) return undefined;
    return fillSnippet(snippet, {
      customerName: facts.customerName,
      agentName: facts.agentName,
      orderId: extractOrderId(facts.customerTexts),
      register: detectRegister(facts.customerTexts),
    });
  }

  async recordInserted(snippetId: string, conversationKey: string): Promise<void> {
    await recordUsage((await this.kb()).db, snippetId, 'inserted', conversationKey);
  }

  /** Counts each snippet once per chat as shown, for the lead's "shown → inserted" funnel. */
  private async recordShown(store: KbStore, conversationKey: string, hits: KbHit[]): Promise<void> {
    const seen = this.shown.get(conversationKey) ?? new Set<string>();
    this.shown.set(conversationKey, seen);
    const fresh: string[] = [];
    for (const { snippetId } of hits) {
      if (seen.has(snippetId)) continue;
      seen.add(snippetId);
      fresh.push(snippetId);
    }
    if (!fresh.length) return;
    // One transaction (one commit) for all of them, not one per hit in turn: suggestions wait for it.
    const { db } = store;
    await db.transaction('rw', db.usage, async () => {
      await Promise.all(fresh.map((snippetId) => recordUsage(db, snippetId, 'shown', conversationKey)));
    });
  }
}
