/** Types shared by every part of the on-device analysis. No browser API here: the service
 * worker and the `npm run analyze` command line run the same code. */
export type Lang = 'en' | 'nl';

/**
 * Texts longer than this are analysed from their start only (`truncated: true` says so):
 * a chat message is never this long, and the cap keeps every step linear and fast.
 */
export const MAX_ANALYSED_CHARS = 20_000;
export type DetectedLang = Lang | 'mixed' | 'unknown';
export type Role = 'customer' | 'agent' | 'bot' | 'system' | 'note';

export type EscalationReason = 'legal' | 'public' | 'churn' | 'manager' | 'repeat' | 'safety' | 'sentiment_decline';

/** A span of the analysed text, as UTF-16 offsets into it. */
export interface Span {
  start: number;
  end: number;
}

/** A word or phrase that moved the sentiment, with its signed contribution. */
export interface Highlight extends Span {
  weight: number;
}

export interface Evidence extends Span {
  text: string;
}

export interface MessageEscalation {
  reason: EscalationReason;
  evidence: Evidence;
}

/** A sentiment with |s| below this is neutral (the benchmark's threshold too). */
export const NEUTRAL_BAND = 0.05;

export interface MessageAnalysis {
  lang: DetectedLang;
  /** In [-1, 1]; |s| < NEUTRAL_BAND is neutral. */
  sentiment: number;
  highlights: Highlight[];
  escalation: MessageEscalation | null;
  /** Set when the text was longer than the analyser reads; only its start was analysed. */
  truncated?: boolean;
}

export interface ConversationTurn {
  role: Role;
  text: string;
}

export interface ConversationEscalation extends MessageEscalation {
  /** 1-based position in the turns (all roles counted) of the customer turn that triggered it. */
  turn: number;
}

export interface ConversationAnalysis {
  /** One mood value per customer turn, in [-1, 1]. */
  mood: number[];
  /** End mood minus start mood, discounting the typically negative opening; null with < 2 customer turns. */
  turnaround: number | null;
  escalation: ConversationEscalation | null;
}

export interface DraftInput {
  customer: string;
  draft: string;
  customerName?: string;
  lang?: Lang;
}

export interface DraftChecks {
  empathetic: boolean;
  personal: boolean;
  short: boolean;
  policyHiding: boolean;
  formalityMatch: boolean | null;
}

export interface DraftSuggestion {
  rule: string;
  message: string;
  /** A rewording the agent can apply with one click, if the rule has one. */
  replacement?: string;
}

export interface DraftCheck {
  checks: DraftChecks;
  suggestions: DraftSuggestion[];
  /** Checks this customer message does not call for (an acknowledgement when they are calm): shown as not needed. */
  notNeeded?: Array<keyof DraftChecks>;
}
