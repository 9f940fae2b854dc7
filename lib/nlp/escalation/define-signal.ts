import type { Evidence, EscalationReason } from '../types';

/** What a message-level escalation signal sees: the (possibly truncated) text it reports spans of. */
export interface SignalInput {
  text: string;
  /** The message's sentiment when known: a signal may need the message to be unhappy. */
  sentiment?: number;
}

/** One reason to suggest escalation, detected from a single customer message (EN and NL). */
export interface EscalationSignal {
  id: Exclude<EscalationReason, 'sentiment_decline'>;
  /**
   * A cheap pre-check (plain substrings, no look-arounds): a message without any of these
   * cannot match, so the full patterns only run on the few messages that might.
   */
  hint: RegExp;
  detect(input: SignalInput): Evidence | null;
}

/** Identity helper for typed signal files (one file per reason, registered in signals.ts). */
export function defineSignal(signal: EscalationSignal): EscalationSignal {
  return signal;
}
