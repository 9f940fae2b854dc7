import type { Evidence } from '../types';

/** Words that cancel a trigger when they come just before it in the same clause. */
const NEGATION = /^(?:not|no|never|don't|dont|do not|won't|wont|didn't|didnt|doesn't|doesnt|isn't|wasn't|cannot|can't|cant|without|nobody|nothing|niet|geen|nooit|niemand|niets|niks|hoef|hoeft|zonder)$/;
/** Words that make a trigger hypothetical ("if I cancelled", "als ik opzeg"): curiosity, not intent. */
const HYPOTHETICAL = /^(?:if|suppose|supposing|hypothetically|als|indien|mocht|wanneer|whether|stel)$/;
/** "Normally I'd leave a bad review", "normaal zou ik opzeggen": what the customer would do another time, not now. */
const COUNTERFACTUAL = /(?:normally|usually|normaal gesproken|normaliter|doorgaans|meestal)\s+(?:i'd|i would|we'd|we would|would|zou|zouden)(?!\p{L})|(?:i'd|i would|we'd|we would|zou ik|zouden we) (?:normally|usually|normaal gesproken|normaliter|doorgaans|meestal)(?!\p{L})/u;
/** "..., but not today", "maar nu niet": the clause that follows takes the trigger back. */
const TAKEN_BACK = /^[^.!?\n]*?(?:,|\s)\s*(?:but|maar) (?:not (?:today|now|this time)|(?:nu|vandaag|deze keer|dit keer) (?:dus )?niet)(?!\p{L})/iu;
/**
 * "I was going to complain to the ombudsman, but you fixed it", "ik wilde een slechte review schrijven,
 * maar jullie hebben het opgelost": an intention given up because the problem was solved.
 */
const FORMER_INTENT = /(?:(?:was|were) (?:going|planning|about|gonna) to|(?:was|were) (?:thinking of|considering)|wanted to|had planned to|wilde|wou|wilden|was van plan|waren van plan|stond op het punt|stonden op het punt)(?!\p{L})/u;
const SOLVED_SINCE = /^[^.!?\n]*?(?<!\p{L})(?:but|maar)(?!\p{L})[^.!?\n]*?(?<!\p{L})(?:fixed|solved|sorted|helped|convinced|resolved|changed my mind|opgelost|geholpen|overtuigd|geregeld|goedgemaakt|van gedachten)(?!\p{L})/iu;
/** "…but you fixed it" solves it; "…but nobody helped", "maar het is nog steeds niet opgelost" does not. */
function wasSolvedSince(rest: string): boolean {
  const solved = SOLVED_SINCE.exec(rest);
  return solved !== null && !UNSOLVED.test(solved[0].slice(solved[0].search(/(?<!\p{L})(?:but|maar)(?!\p{L})/iu)));
}
const UNSOLVED = /(?<![\p{L}'])(?:not|never|nobody|no one|still|niet|nooit|niemand|geen|nog steeds|nog altijd)(?![\p{L}'])|n't/iu;

/** A negator inside a gapped match ("abonnement niet opzeggen") negates it too. */
const INNER_NEGATION = /(?<![\p{L}'])(?:not|never|niet|geen|nooit|instead of|rather than|in plaats van)(?![\p{L}'])|n't/iu;
/** "Pause it instead of cancelling", "liever pauzeren dan opzeggen": the trigger is the option turned down. */
const INSTEAD_OF = /(?:instead of|rather than|in plaats van|in plaats dat|liever dan)$/;
const CLAUSE_END = /[.!?;,\n:]|\bbut\b|\bmaar\b/giu;
/**
 * How many words before a trigger a negator still belongs to it ("don't want to cancel"), and how
 * far an "if" reaches ("if I were to cancel"); further back they belong to a condition of their
 * own ("if this is not refunded by Friday my lawyer will...").
 */
const NEGATION_REACH = 3;
const HYPOTHETICAL_REACH = 5;
const LOOK_BACK_CHARS = 80;

/** Builds a case-insensitive pattern from alternatives with Unicode-aware word edges; a hyphen joins words ("rechter-kolom"). */
export function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
}

/** A gap of at most n words, for separable verbs and fillers ("zeg mijn abonnement op"). */
export const gap = (n: number) => `(?:[\\s,]+[^\\s,.!?]+){0,${n}}?[\\s,]+`;

function lastWords(text: string, index: number): string[] {
  const before = text.slice(Math.max(0, index - LOOK_BACK_CHARS), index);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_END)) clauseStart = (m.index ?? 0) + m[0].length;
  return before.slice(clauseStart).toLowerCase().split(/\s+/).filter(Boolean);
}

export function isNegatedOrHypothetical(text: string, index: number): boolean {
  const preceding = lastWords(text, index);
  if (isConditionalQuestion(text, index)) return true;
  if (isThreatCondition(preceding, text, index)) return false;
  if (INSTEAD_OF.test(preceding.slice(-3).join(' ')) || isRatherThan(preceding)) return true;
  const before = preceding.join(' ');
  const after = text.slice(index);
  if (COUNTERFACTUAL.test(before) || TAKEN_BACK.test(after)) return true;
  if (FORMER_INTENT.test(`${before} ${after.slice(0, 24).toLowerCase()}`) && wasSolvedSince(after)) return true;
  const negating = preceding.slice(-NEGATION_REACH).some((w) => NEGATION.test(w) || w.endsWith("n't"));
  return negating || preceding.slice(-HYPOTHETICAL_REACH).some((w) => HYPOTHETICAL.test(w));
}

/** "I'd rather upgrade than cancel", "liever pauzeren dan opzeggen": "dan" alone is "then", so only after "liever". */
function isRatherThan(preceding: readonly string[]): boolean {
  const last = preceding[preceding.length - 1];
  return (last === 'than' || last === 'dan') && preceding.slice(0, -1).some((w) => w === 'rather' || w === 'liever');
}

/** Whether the sentence running on from `from` ends in a question mark. */
function endsAsQuestion(text: string, from: number): boolean {
  const end = text.slice(from).search(/[.!?\n]/);
  return end >= 0 && text[from + end] === '?';
}

/** Where the last sentence of `before` starts. */
function sentenceStart(before: string): number {
  return Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
}

/** "If my parcel doesn't arrive, can I cancel?": a question under a condition asks what would happen. */
function isConditionalQuestion(text: string, index: number): boolean {
  if (!endsAsQuestion(text, index)) return false;
  const before = text.slice(Math.max(0, index - LOOK_BACK_CHARS), index);
  return before.slice(sentenceStart(before)).toLowerCase().split(/[\s,]+/).some((w) => HYPOTHETICAL.test(w));
}

const isNegator = (w: string) => NEGATION.test(w) || w.endsWith("n't");

/**
 * "If this is not fixed I'm leaving", "als dit niet opgelost wordt ben ik weg": a negated condition
 * in front of the trigger makes it a threat, not curiosity; the negator belongs to the condition.
 * Asked as a question ("if it doesn't arrive, can I cancel?") it stays curiosity.
 */
function isThreatCondition(preceding: readonly string[], text: string, index: number): boolean {
  const window = preceding.slice(-HYPOTHETICAL_REACH - 2);
  const condition = window.findIndex((w) => HYPOTHETICAL.test(w));
  if (condition < 0 || !window.slice(condition + 1).some(isNegator)) return false;
  return !endsAsQuestion(text, index);
}

/** Words that open a question ("is it…?", "who is…?", "wie is…?", "ben ik…?"). */
const QUESTION_OPENER = /^(?:is|are|am|can|could|would|will|does|do|should|who|what|which|when|where|how|kan|kun|kunnen|zijn|ben|mag|moet|wordt|wie|wat|welke|wanneer|waar|hoe|geldt|heb|hebben)(?!\p{L})/iu;

/** Whether the sentence holding a match is a question that opens with a question word: asking about a thing, not reporting it. */
export function isAskedAbout(text: string, hit: Evidence, opener: RegExp = QUESTION_OPENER): boolean {
  if (!endsAsQuestion(text, hit.end)) return false;
  const before = text.slice(0, hit.start);
  return opener.test(before.slice(sentenceStart(before)).trimStart());
}

export interface TriggerOptions {
  /** Matches that only look like the trigger ("smoke detector", "my manager"), tested on the matched text. */
  unless?: RegExp;
  /** Keep negated or hypothetical matches (e.g. a pattern that already contains its own negation). */
  allowNegated?: boolean;
}

/** The first match of any pattern that is neither negated, hypothetical nor excluded. */
export function findTrigger(text: string, patterns: readonly RegExp[], options: TriggerOptions = {}): Evidence | null {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const start = m.index;
      const ok = !options.unless?.test(m[0]) && (options.allowNegated || !(isNegatedOrHypothetical(text, start) || INNER_NEGATION.test(m[0])));
      if (ok) {
        pattern.lastIndex = 0;
        return { start, end: start + m[0].length, text: m[0] };
      }
      // A match negated by the clause before it may hide a good one in a later clause
      // ("ik praat niet meer met u, ik wil een manager"): look again from the next clause.
      const inner = options.unless?.test(m[0]) || INNER_NEGATION.test(m[0]);
      const clause = inner ? -1 : m[0].search(/[,;:]\s*\S/u);
      pattern.lastIndex = clause > 0 ? start + clause + 1 : start + m[0].length;
    }
    pattern.lastIndex = 0;
  }
  return null;
}
