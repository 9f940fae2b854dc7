import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../lib/nlp/analyzer';

/**
 * Test support: runs a table of messages that must raise their reason (with evidence that is
 * the text it points at) and messages that must stay quiet.
 */
export function describeSignalTable(title: string, positives: ReadonlyArray<readonly [string, string]>, quiet: readonly string[]): void {
  describe(title, () => {
    it.each(positives)('%s: %s', (reason, text) => {
      const hit = detectEscalation(text);
      expect(hit?.reason).toBe(reason);
      expect(text.slice(hit!.evidence.start, hit!.evidence.end)).toBe(hit!.evidence.text);
    });
    it.each(quiet)('no escalation: %s', (text) => {
      expect(detectEscalation(text)).toBeNull();
    });
  });
}
