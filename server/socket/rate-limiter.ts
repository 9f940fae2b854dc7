/** A token bucket: `burst` events at once, refilled at `perSecond`. One per socket and kind. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export function createTokenBucket(limit: RateLimit, now: () => number = Date.now) {
  let tokens = limit.burst;
  let refilledAt = now();
  return {
    take(): boolean {
      const current = now();
      tokens = Math.min(limit.burst, tokens + ((current - refilledAt) / 1000) * limit.perSecond);
      refilledAt = current;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
