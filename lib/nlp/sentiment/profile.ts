import type { Lang } from '../types';

/** A multi-word expression scored as one unit (it also shields its words from negation). */
export interface Phrase {
  words: readonly string[];
  /** On the −4..4 scale; 0 makes the words neutral ("kind regards"). */
  valence: number;
}

/**
 * Everything language-specific the scorer needs. Valences are on VADER's −4..4 scale so the
 * rule constants (booster 0.293, caps 0.733, negation ×−0.74) keep their published meaning.
 */
export interface SentimentProfile {
  lang: Lang;
  /** Valence of a lower-case word, or undefined when it carries none. */
  valence(word: string): number | undefined;
  /**
   * A weaker, noisier lexicon consulted only in long sentences (reviews, not chat lines), where
   * many faint words add up; in a short message one such word would decide the score alone.
   */
  backoff?(word: string): number | undefined;
  negators: ReadonlySet<string>;
  /** Positive: intensifier ("very", "echt"); negative: dampener ("slightly", "beetje"). */
  boosters: ReadonlyMap<string, number>;
  /** "but"/"maar": the clause after it weighs more than the one before. */
  contrast: ReadonlySet<string>;
  /** Gratitude and hope: weighed only when the message is not a request (then they are politeness). */
  courtesy: ReadonlySet<string>;
  /** Words that make a message a request ("please", "graag"). */
  requestWords: ReadonlySet<string>;
  /** Two-word openers that make a sentence a request ("can you", "kunt u"). */
  requestOpeners: ReadonlySet<string>;
  /** What a customer expects to happen; negated ("not arrived", "werkt niet") it is a complaint. */
  expectations: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Common chat spellings → the lexicon's word. */
  typos: ReadonlyMap<string, string>;
  /**
   * "too"/"te" before a neutral adjective makes it a complaint ("te duur", "too small");
   * `isExcessTarget` says whether the next word can be such an adjective.
   */
  excess: string;
  isExcessTarget(word: string): boolean;
  /** Laughter and other interjections ("lol", "haha"): the writer's own feeling, like an emoji. */
  interjections: ReadonlySet<string>;
  /** Waiting is neutral ("I'm waiting for my package") until it has a length ("for two weeks", "al 3 dagen"). */
  waiting: ReadonlySet<string>;
  /** Units and words that give a wait its length ("days", "weken", "ages"). */
  durations: ReadonlySet<string>;
  /**
   * Fault words (and phrases) a customer uses to report a problem plainly ("broken", "late",
   * "te laat"): they weigh nothing in a message that shows no emotion (see tone.ts).
   */
  factual: ReadonlySet<string>;
  /** Products, orders, accounts and appointments: a message about one of these is a service report. */
  serviceWords: ReadonlySet<string>;
  /** Words that open a letter ("Beste Anna,") but praise elsewhere ("de beste service"). */
  greetings?: ReadonlySet<string>;
  /** Dutch puts the negator after a finite verb ("het werkt niet"). */
  negatorMayFollow: boolean;
}

/** Groups phrases by their first word for a constant-time check per token. */
export function indexPhrases(list: ReadonlyArray<readonly [string, number]>): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const [text, valence] of list) {
    const words = text.split(' ');
    const first = words[0]!;
    const bucket = index.get(first) ?? [];
    bucket.push({ words, valence });
    bucket.sort((a, b) => b.words.length - a.words.length);
    index.set(first, bucket);
  }
  return index;
}
