import { FEEDBACK_KINDS, FEEDBACK_RULE_CHARS, type FeedbackReport, type FeedbackRuleCounts, LIMITS } from '../sync/protocol';

/** Rule id → kind → how often; what `TactBackground.feedbackCounts()` returns. */
export type FeedbackCounts = Record<string, Partial<Record<string, number>>>;

const KINDS = FEEDBACK_KINDS;
/** A rule id the hub accepts (feedbackRuleCountsSchema). */
const validRule = (rule: string) => rule.length >= 1 && rule.length <= LIMITS.feedbackRuleChars && FEEDBACK_RULE_CHARS.test(rule);

/**
 * The counts as the hub accepts them: valid rule ids only, whole non-negative numbers, the rules
 * with the most verdicts first when there are more than the hub takes.
 */
export function toFeedbackReport(counts: FeedbackCounts): { rules: FeedbackRuleCounts[] } {
  const rules = Object.entries(counts)
    .filter(([rule]) => validRule(rule))
    .map(([rule, byKind]) => {
      const entry: FeedbackRuleCounts = { rule, dismissed: 0, unhelpful: 0, applied: 0, notified: 0 };
      for (const kind of KINDS) {
        const n = byKind[kind];
        if (typeof n === 'number' && Number.isFinite(n) && n > 0) entry[kind] = Math.floor(n);
      }
      return entry;
    })
    .filter((entry) => KINDS.some((kind) => entry[kind] > 0));
  const total = (e: FeedbackRuleCounts) => KINDS.reduce((sum, kind) => sum + e[kind], 0);
  rules.sort((a, b) => total(b) - total(a) || a.rule.localeCompare(b.rule));
  return { rules: rules.slice(0, LIMITS.feedbackRules).sort((a, b) => a.rule.localeCompare(b.rule)) };
}

export interface FeedbackReporterDeps {
  counts(): Promise<FeedbackCounts>;
  /** The agent's privacy setting "share how often I mark suggestions as not helpful". */
  allowed(): Promise<boolean>;
  connected(): boolean;
  send(report: FeedbackReport): Promise<unknown>;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** At most one report per this many ms (default a minute). */
  minIntervalMs?: number;
}

/**
 * Sends the agent's per-rule feedback counts to the hub: when connected and after each change, at
 * most once a minute, and only while the privacy setting allows it. While it is off, the only report
 * is an empty one (once per connection), which asks the hub to forget the agent's counts. Nothing
 * but rule ids and numbers ever leaves.
 */
export class FeedbackReporter {
  private timer: unknown;
  private pending = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  /** What this connection last told the hub (null: nothing yet), to skip repeats. */
  private lastSent: string | null = null;

  constructor(private readonly deps: FeedbackReporterDeps) {}

  /** Something changed (a verdict, the connection, the setting): report soon. */
  schedule(): void {
    this.pending = true;
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastSentAt + (this.deps.minIntervalMs ?? 60_000) - this.deps.now());
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  /** The hub connection was (re)made: the hub may have lost or never had this agent's counts. */
  reconnected(): void {
    this.lastSent = null;
    this.schedule();
  }

  stop(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }

  private async flush(): Promise<void> {
    if (!this.pending || !this.deps.connected()) return; // the next connection schedules again
    this.pending = false;
    try {
      const report = (await this.deps.allowed()) ? toFeedbackReport(await this.deps.counts()) : { rules: [] };
      const text = JSON.stringify(report);
      if (text === this.lastSent) return; // the hub already has exactly this
      this.lastSentAt = this.deps.now();
      await this.deps.send(report);
      this.lastSent = text;
    } catch {
      // Offline or refused: try again after the interval.
      this.schedule();
    }
  }
}
