import type { ConversationTurn, Evidence, Highlight } from '../types';

/** Customer turns in a row whose mood must keep falling (each after an agent reply). */
const RUN = 3;
/** Total fall over the run, and how low the last turn must be, before it is worth a flag. */
const MIN_FALL = 0.4;
const MAX_END = -0.25;
const MIN_STEP = 0.05;
/** The sudden-drop path: how low the last turn must be, and how far below each earlier turn of the run. */
const ANGRY_END = -0.4;
const DROP_BELOW = 0.25;
const OPENING_WEIGHT = 0.5;
/** How far below a negative opening the last turn must end to count as a fall at all. */
const BELOW_OPENING = 0.05;

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
  for (let k = 1; k < run.length; k++) if (!run[k]!.afterAgentReply) return null;
  const last = run[run.length - 1]!;
  if (!fellBelowOpening(last, customerTurns[0]!)) return null;
  return keepsFalling(run) || dropsBelowAll(run, customerTurns[0]!) ? strongestNegative(last) : null;
}

/**
 * A customer who ends no lower than they opened ("annoying" at the start, "annoying" again now)
 * has not fallen, whatever happened in between: the usual negative opening sets the floor.
 */
function fellBelowOpening(last: ScoredTurn, opening: ScoredTurn): boolean {
  return opening.sentiment >= 0 || opening.sentiment - last.sentiment >= BELOW_OPENING;
}

/** Every customer turn of the run lower than the one before, and a real fall in all. */
function keepsFalling(run: readonly ScoredTurn[]): boolean {
  for (let k = 1; k < run.length; k++) if (run[k - 1]!.sentiment - run[k]!.sentiment < MIN_STEP) return false;
  const first = run[0]!.sentiment;
  const last = run[run.length - 1]!.sentiment;
  return first - last >= MIN_FALL && last <= MAX_END;
}

/**
 * Calm (or merely reporting) turns while the agent replies, then clear anger well below all of
 * them: the chat is going wrong even if the middle turn did not fall. The opening turn usually
 * states the problem, so its negativity counts half (as in the mood trend).
 */
function dropsBelowAll(run: readonly ScoredTurn[], opening: ScoredTurn): boolean {
  const last = run[run.length - 1]!.sentiment;
  if (last > ANGRY_END) return false;
  return run.slice(0, -1).every((t) => {
    const s = t === opening && t.sentiment < 0 ? t.sentiment * OPENING_WEIGHT : t.sentiment;
    return s - last >= DROP_BELOW;
  });
}

function strongestNegative({ turn, highlights }: ScoredTurn): Evidence {
  let worst: Highlight | undefined;
  for (const h of highlights) if (h.weight < 0 && (!worst || h.weight < worst.weight)) worst = h;
  if (!worst) return { start: 0, end: turn.text.length, text: turn.text };
  return { start: worst.start, end: worst.end, text: turn.text.slice(worst.start, worst.end) };
}
