import { useEffect, useState } from 'react';

/** The current time, with a re-render every `intervalMs` so waiting times tick. Read at render
 * time, so a render caused by new data never shows a stale clock. */
export function useNow(intervalMs = 5_000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return Date.now();
}
