/**
 * Records which snippet was shown, inserted, and edited before sending: the feedback team
 * leads use to improve the KB. Only ids and times are kept, never the chat's words.
 */
import type { KbDb, UsageEvent, UsageRecord } from './db';

export async function recordUsage(db: KbDb, snippetId: string, event: UsageEvent, conversationKey?: string, at = Date.now()): Promise<void> {
  await db.usage.add({ snippetId, event, at, ...(conversationKey ? { conversationKey } : {}) });
}

/** Counts per event for one snippet (shown → inserted → edited is the funnel). */
export async function usageCounts(db: KbDb, snippetId: string): Promise<Record<UsageEvent, number>> {
  const rows: UsageRecord[] = await db.usage.where('snippetId').equals(snippetId).toArray();
  const counts: Record<UsageEvent, number> = { shown: 0, inserted: 0, edited: 0 };
  for (const r of rows) counts[r.event]++;
  return counts;
}

/** "Forget this chat": its usage records go with it (the rest of the funnel stays). */
export async function forgetUsageOf(db: KbDb, conversationKey: string): Promise<void> {
  await db.usage.filter((r) => r.conversationKey === conversationKey).delete();
}

/** "Forget all local data". */
export async function forgetAllUsage(db: KbDb): Promise<void> {
  await db.usage.clear();
}
