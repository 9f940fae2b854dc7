import type { ConversationTurn, Evidence, Highlight } from '../types';

/** Customer turns in a row whose mood must keep falling (each after an agent reply). */
const RUN = 3;
/** Total fall over the run, and how low the last turn must be, before it is worth a flag. */
const MIN_FALL = 0.4;
const MAX_END = -0.25;
const MIN_STEP = 0.05;

export interface ScoredTurn {
  /** 0-based position in the conversation. */
  index: number;
  turn: ConversationTurn;
  sentiment: number;
  highlights: Highlight[];
  /** Whether an agent replied between the previous customer turn and this one. */
  afterAgentReply: boolean;
}

/**
 * sentiment_decline: the customer's mood keeps falling over several turns while the agent
 * replies. Checked at each customer turn, so it fires at the turn that completes the run.
 */
export function detectDecline(customerTurns: readonly ScoredTurn[]): Evidence | null {
  if (customerTurns.length < RUN) return null;
  const run = customerTurns.slice(-RUN);
  for (let k = 1; k < run.length; k++) {
    if (!run[k]!.afterAgentReply) return null;
    if (run[k - 1]!.sentiment - run[k]!.sentiment < MIN_STEP) return null;
  }
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (first.sentiment - last.sentiment < MIN_FALL || last.sentiment > MAX_END) return null;
  return strongestNegative(last);
}

function strongestNegative({ turn, highlights }: ScoredTurn): Evidence {
  let worst: Highlight | undefined;
  for (const h of highlights) if (h.weight < 0 && (!worst || h.weight < worst.weight)) worst = h;
  if (!worst) return { start: 0, end: turn.text.length, text: turn.text };
  return { start: worst.start, end: worst.end, text: turn.text.slice(worst.start, worst.end) };
}
