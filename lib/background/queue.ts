import type { QueueItem } from '../messaging/protocol';

/** When a waiting customer starts to count as "waiting too long" (team settings can change it). */
export interface WaitThresholds {
  /** Show a waiting-time nudge from this many seconds. */
  nudgeAfterSeconds: number;
  /** Past this, waiting outranks everything but an escalation. */
  urgentAfterSeconds: number;
}

export const DEFAULT_WAIT: WaitThresholds = { nudgeAfterSeconds: 60, urgentAfterSeconds: 120 };

/**
 * How urgently a chat needs the agent. The domain notes put the customer left waiting first
 * ("are you still there?"), a suggested escalation above all, and a falling mood next.
 * Points: escalation 1000; waiting 1 per second up to 600, doubled past the urgent threshold;
 * mood up to 100 for a very negative customer.
 */
export function urgency(item: QueueItem, now: number, wait: WaitThresholds = DEFAULT_WAIT): number {
  const waited = item.waitingSince === null ? 0 : Math.max(0, (now - item.waitingSince) / 1000);
  const waiting = Math.min(600, waited) * (waited >= wait.urgentAfterSeconds ? 2 : 1);
  const mood = item.mood === null ? 0 : Math.max(0, -item.mood) * 100;
  return (item.escalation ? 1000 : 0) + waiting + mood;
}

/** Most urgent first; ties keep the longest-waiting customer first, then a stable key order. */
export function sortQueue(items: QueueItem[], now: number, wait: WaitThresholds = DEFAULT_WAIT): QueueItem[] {
  return items
    .map((item) => ({ item, score: urgency(item, now, wait) }))
    .sort((a, b) => b.score - a.score || (a.item.waitingSince ?? Infinity) - (b.item.waitingSince ?? Infinity) || a.item.key.localeCompare(b.item.key))
    .map(({ item }) => item);
}
