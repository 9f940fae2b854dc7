/** How much of an opening message's negativity counts: customers usually open with the problem. */
const OPENING_WEIGHT = 0.5;
/** Weight of the newest message in the running mood (the rest is the mood so far). */
const NEWEST_WEIGHT = 0.6;

/**
 * The customer's mood per customer turn: a running average that discounts a negative
 * opening, so a chat that starts with a complaint is not judged by it alone.
 */
export function moodTrend(sentiments: readonly number[]): number[] {
  const mood: number[] = [];
  for (const s of sentiments) {
    const previous = mood[mood.length - 1];
    const value = previous === undefined ? (s < 0 ? s * OPENING_WEIGHT : s) : NEWEST_WEIGHT * s + (1 - NEWEST_WEIGHT) * previous;
    mood.push(Math.round(value * 10_000) / 10_000);
  }
  return mood;
}

/** End mood minus start mood (positive: the agent turned the chat around); null under two turns. */
export function turnaround(mood: readonly number[]): number | null {
  if (mood.length < 2) return null;
  return Math.round((mood[mood.length - 1]! - mood[0]!) * 10_000) / 10_000;
}
