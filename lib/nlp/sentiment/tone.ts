import type { Token } from '../tokens';
import type { Highlight } from '../types';
import type { SentimentProfile } from './profile';

/** A scored word or phrase, with what the tone rules need to know about it. */
export interface ToneItem extends Highlight {
  sentence: number;
  clause: number;
  /** The lexicon word (lower case) or the emoji. */
  word: string;
  /** A service fault named plainly ("broken", "late", "werkt niet", "te klein"). */
  factual?: boolean;
  /** A negated expectation ("does not work", "gaat niet aan"). */
  unmet?: boolean;
  /** Shifted by capitals or a booster ("SO bad", "echt kapot"). */
  emphasised?: boolean;
  /** An emoji, emoticon or interjection: the writer's own feeling. */
  expressive?: boolean;
}

export interface ToneContext {
  tokens: readonly Token[];
  words: readonly string[];
  clause: readonly number[];
  sentence: readonly number[];
  profile: SentimentProfile;
  /** The message asks for something (question, "please", "can you"). */
  request: boolean;
  shouting: boolean;
  exclamations: number;
  questions: number;
}

/** Emoji that say "I don't mean the nice words" (eye roll, upside-down face, unamused, clown). */
const SARCASM_EMOJI = new Set(['🙄', '🙃', '😒', '🤡']);
/** Praise words that open ironic complaints: "Oh great, …", "Lovely.", "Top hoor, …". */
const IRONIC_OPENERS = new Set([
  'great', 'lovely', 'wonderful', 'fantastic', 'brilliant', 'perfect', 'nice', 'amazing', 'awesome', 'super', 'terrific', 'marvellous', 'splendid',
  'fijn', 'leuk', 'top', 'geweldig', 'geweldige', 'prachtig', 'mooi', 'heerlijk', 'lekker', 'fantastisch', 'prima', 'schitterend', 'knap',
]);
/** Words of exasperation at a fault coming back or lasting ("still not", "nog steeds niet"). */
const AGAIN = new Set(['again', 'another', 'still', 'alweer', 'weer', 'wederom', 'nogmaals',
  // A fault that comes every time: "constantly freezes", "loopt telkens vast".
  'constantly', 'continually', 'continuously', 'repeatedly', 'telkens', 'voortdurend', 'constant', 'herhaaldelijk']);
const IRONIC_OPENING_WORDS = 3;
const FRIENDLY = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening', 'thanks', 'thank', 'you', 'cheers', 'hallo', 'hoi', 'hee', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'bedankt', 'dank', 'merci', 'alvast']);
const OPENER_FILLERS = new Set(['oh', 'just', 'wow', 'well', 'really', 'so', 'how', 'just', 'o', 'nou', 'zeg', 'echt', 'wat', 'ah', 'ha', 'yeah', 'yay', 'hoor', 'zo', 'jee', 'jeetje']);
/** Whole-message capitals or "???" with no scored word are still anger or impatience. */
const SHOUT = -1.5;
const IMPATIENT = -1;
const MIN_COMPOUND_TAIL = 4;
/** "It used to be good", "vroeger was het goed": praise of a past that is gone. */
const USED_TO = -0.5;
const ELONGATED = /(\p{L})\1{2,}/u;
const LOUD_WORD = /^\p{Lu}{4,}$/u;

/**
 * The tone of the whole message decides how its words count. A plain report of a fault
 * ("the printer does not turn on", "mijn pakket is te laat") is a request for service, not an
 * emotion: its fault words weigh nothing unless something shows feeling (exclamation, "??",
 * capitals, a booster, an emotional word, an emoji, "again"). Ironic praise is turned round,
 * and shouting with no scored word still counts as anger.
 */
export function adjustTone(items: readonly ToneItem[], ctx: ToneContext): ToneItem[] {
  const ironic = turnIrony(pastPraise(items, ctx), ctx);
  const calm = !ironic.changed && !isEmotional(ironic.items, ctx);
  // Outside a service context ("the food was cold") a fault word still judges; a thing that does not work does not.
  const service = calm && isServiceReport(ctx);
  // "Looks nice but it crashes", "Eten was warm, maar …": a fault set against praise is the point of the message.
  const contrasted = calm ? faultsAfterPraise(ironic.items, ctx) : new Set<ToneItem>();
  const out = calm ? ironic.items.filter((item) => contrasted.has(item) || !(item.factual && (service || item.unmet))) : ironic.items;
  if (out.some((item) => item.weight !== 0)) return out;
  const last = ctx.tokens[ctx.tokens.length - 1];
  if (!last) return out;
  const words = ctx.tokens.filter((t) => t.kind === 'word').length;
  const weight = ctx.shouting && words >= 3 ? SHOUT : ctx.questions >= 2 ? IMPATIENT : isRepeated(ctx) ? REPEATED : 0;
  if (weight === 0) return out;
  return [...out, { start: ctx.tokens[0]!.start, end: last.end, weight, sentence: ctx.sentence[ctx.tokens.length - 1]!, clause: -1, word: '' }];
}

/** Negative items in a sentence after a "but" that follows praise in the same sentence. */
function faultsAfterPraise(items: readonly ToneItem[], ctx: ToneContext): Set<ToneItem> {
  const out = new Set<ToneItem>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.kind !== 'word' || !ctx.profile.contrast.has(ctx.words[i]!)) continue;
    const pivot = ctx.tokens[i]!.start;
    const sentence = ctx.sentence[i];
    const praised = items.some((item) => item.sentence === sentence && item.start < pivot && item.weight > 0 && !item.expressive);
    if (!praised) continue;
    for (const item of items) if (item.sentence === sentence && item.start > pivot && item.weight < 0) out.add(item);
  }
  return out;
}

/** A request, or a message about a product, order or account: where a fault word reports rather than judges. */
function isServiceReport(ctx: ToneContext): boolean {
  if (ctx.request) return true;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind === 'word' && isServiceWord(ctx.words[i]!, ctx.profile)) return true;
  }
  return false;
}

/** A service word or a compound ending in one ("kortingscode", "internetsnelheid", "orderbedrag"). */
function isServiceWord(word: string, profile: SentimentProfile): boolean {
  if (profile.serviceWords.has(word)) return true;
  for (let k = 3; word.length - k >= MIN_COMPOUND_TAIL; k++) if (profile.serviceWords.has(word.slice(k))) return true;
  return false;
}

/** Praise in a clause that says it used to be so ("used to be good", "vroeger was het goed") is a complaint about now. */
function pastPraise(items: readonly ToneItem[], ctx: ToneContext): ToneItem[] {
  const pastClauses = new Set<number>();
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i];
    if (w === 'vroeger' || (w === 'used' && ctx.words[i + 1] === 'to')) pastClauses.add(ctx.clause[i]!);
  }
  if (pastClauses.size === 0) return [...items];
  return items.map((item) => (item.weight > 0 && pastClauses.has(item.clause) ? { ...item, weight: item.weight * USED_TO } : item));
}

/** "Hello!" and "Thanks!" are friendly; an exclamation anywhere else is emphasis. */
function hasExclamation(ctx: ToneContext): boolean {
  if (ctx.exclamations === 0) return false;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.text !== '!') continue;
    const before = ctx.words[i - 1] ?? '';
    if (!FRIENDLY.has(before) && before !== '!') return true;
  }
  return false;
}

function isEmotional(items: readonly ToneItem[], ctx: ToneContext): boolean {
  if (ctx.questions >= 2 || ctx.shouting || hasExclamation(ctx)) return true;
  for (const item of items) {
    if (item.emphasised || (item.weight < 0 && (!item.factual || item.expressive))) return true;
  }
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') continue;
    if (isRepetition(ctx.words, i) || keepsHappening(ctx.words, ctx.clause, i)) return true;
    if (AGAIN.has(ctx.words[i]!) || (ctx.words[i] === 'steeds' && !COMPARATIVES.has(ctx.words[i + 1] ?? '')) || ELONGATED.test(t.norm) || LOUD_WORD.test(t.text)) return true;
  }
  return false;
}

/** "the third time", "de tweede keer", "three times already", "al drie keer": a fault that keeps coming back. */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'umpteenth', 'nth', '2nd', '3rd', '4th', '5th', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zoveelste', '2e', '3e', '4e', '5e', '2de', '3de']);
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'multiple', 'many', 'twee', 'drie', 'vier', 'vijf', 'zes', 'meerdere', 'vaak', '2', '3', '4', '5', '6']);
const TIMES = new Set(['time', 'times', 'keer', 'maal', 'keren']);
/** Repeated contact with nothing else scored is still a complaint of this weight. */
const REPEATED = -1.2;

function isRepetition(words: readonly string[], i: number): boolean {
  // "the fourth parcel in a row", "drie keer op rij": a run of the same fault.
  if ((words[i] === 'row' && words[i - 1] === 'a' && words[i - 2] === 'in') || (words[i] === 'rij' && words[i - 1] === 'op')) return true;
  if (!TIMES.has(words[i]!)) return false;
  const before = words[i - 1] ?? '';
  if (ORDINALS.has(before)) return words[i - 2] !== 'first' && words[i - 2] !== 'eerste';
  // A count is a repetition only when it is said to have piled up: "three times already", "al drie keer", "for the third".
  return COUNTS.has(before) && (words[i - 2] === 'al' || words[i + 1] === 'already' || words[i + 1] === 'now' || words[i + 1] === 'al' || words[i + 1] === 'inmiddels' || words[i - 2] === 'inmiddels');
}

/** "steeds beter", "steeds meer": "steeds" before a comparative is "ever more", not "again and again". */
const COMPARATIVES = new Set(['beter', 'meer', 'minder', 'vaker', 'erger', 'groter', 'kleiner', 'duurder', 'goedkoper', 'langer', 'korter', 'drukker', 'sneller', 'trager', 'slechter']);

/** "keeps crashing", "kept failing", "blijft (maar) hangen", "bleef uitvallen": a fault that will not stop. */
const KEEPS = new Set(['keeps', 'kept', 'blijft', 'bleef', 'blijven', 'bleven']);

function keepsHappening(words: readonly string[], clause: readonly number[], i: number): boolean {
  if (!KEEPS.has(words[i]!)) return false;
  const english = words[i]!.startsWith('k');
  for (let k = i + 1; k <= i + 2 && k < words.length && clause[k] === clause[i]; k++) {
    const w = words[k]!;
    if (english ? w.endsWith('ing') : w.length > 3 && w.endsWith('en')) return true;
  }
  return false;
}

function isRepeated(ctx: ToneContext): boolean {
  for (let i = 0; i < ctx.words.length; i++) if (isRepetition(ctx.words, i)) return true;
  return false;
}

/** Praise that is meant the other way: beside an eye-roll emoji, before Dutch "hoor", or as a bare opener before a complaint. */
function turnIrony(items: readonly ToneItem[], ctx: ToneContext): { items: ToneItem[]; changed: boolean } {
  const hasPraise = items.some((item) => item.weight > 0 && !item.expressive);
  if (!hasPraise) return { items: [...items], changed: false };
  if (items.some((item) => item.expressive && SARCASM_EMOJI.has(item.word))) {
    return { items: items.map((item) => (item.weight > 0 ? { ...item, weight: -Math.abs(item.weight) } : item)), changed: true };
  }
  const emotional = isEmotional(items, ctx);
  let changed = false;
  const out = items.map((item, k) => {
    if (item.weight <= 0) return item;
    // Once the opener is ironic, the praise after it is too: "Oh great, logged out AGAIN. Best app ever".
    if (changed && !item.expressive) return { ...item, weight: -Math.abs(item.weight) };
    if (!IRONIC_OPENERS.has(item.word)) return item;
    const later = items.slice(k + 1).some((other) => other.weight < 0 && (emotional || !other.factual)) || isShoutedAfter(item, ctx) || hasScareQuotesAfter(item, ctx);
    if (!later) return item;
    if (!isFollowedByHoor(item, ctx) && !isBareOpener(item, ctx)) return item;
    changed = true;
    return { ...item, weight: -Math.abs(item.weight) };
  });
  return { items: out, changed };
}

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
const SCARE_QUOTED_WORDS = 3;

/** A word or two in lower-case quotes after the opener ("de 'gratis' installatie", 'another "technical issue"'): the writer does not believe it. */
function hasScareQuotesAfter(item: ToneItem, ctx: ToneContext): boolean {
  for (let k = tokenIndex(item, ctx) + 1; k < ctx.tokens.length; k++) {
    if (!QUOTES.has(ctx.tokens[k]!.text)) continue;
    let words = 0;
    for (let j = k + 1; j < ctx.tokens.length && j <= k + SCARE_QUOTED_WORDS + 1; j++) {
      const t = ctx.tokens[j]!;
      if (QUOTES.has(t.text)) return words > 0;
      // A capitalised label ("the 'Settings' page") names a button or a product, it doubts nothing.
      if (t.kind !== 'word' || t.text !== t.text.toLowerCase()) break;
      words++;
    }
  }
  return false;
}

/** "Again" or a negator in capitals in a later clause ("logged me out AGAIN", "STILL nothing"): exasperation with no word scored. */
function isShoutedAfter(item: ToneItem, ctx: ToneContext): boolean {
  if (ctx.shouting) return false;
  for (let k = tokenIndex(item, ctx) + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.clause[k] === item.clause || t.kind !== 'word' || !LOUD_WORD.test(t.text)) continue;
    if (AGAIN.has(ctx.words[k]!) || ctx.profile.negators.has(ctx.words[k]!)) return true;
  }
  return false;
}

function tokenIndex(item: ToneItem, ctx: ToneContext): number {
  return ctx.tokens.findIndex((t) => t.start === item.start);
}

function isFollowedByHoor(item: ToneItem, ctx: ToneContext): boolean {
  const i = tokenIndex(item, ctx);
  if (i < 0) return false;
  for (let k = i + 1; k <= i + 2 && k < ctx.words.length; k++) if (ctx.words[k] === 'hoor') return true;
  return false;
}

/** "Great, just great." / "Oh fijn, …": the sentence opens with a clause of nothing but praise and fillers. */
function isBareOpener(item: ToneItem, ctx: ToneContext): boolean {
  const i = tokenIndex(item, ctx);
  if (i < 0) return false;
  let words = 0;
  for (let k = i; k >= 0 && ctx.sentence[k] === item.sentence; k--) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    if (ctx.clause[k] === item.clause && !isOpenerWord(ctx.words[k]!)) return false;
    words++;
  }
  for (let k = i + 1; k < ctx.tokens.length && ctx.clause[k] === item.clause; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    if (!isOpenerWord(ctx.words[k]!)) return false;
    words++;
  }
  const next = ctx.tokens.findIndex((_t, k) => k > i && ctx.clause[k] !== item.clause);
  // "Lekker, maar …" is honest praise with a reservation, not irony.
  return words <= IRONIC_OPENING_WORDS && next > 0 && !ctx.profile.contrast.has(ctx.words[next] ?? '') && !ctx.profile.contrast.has(ctx.words[next + 1] ?? '');
}

function isOpenerWord(word: string): boolean {
  return IRONIC_OPENERS.has(word) || OPENER_FILLERS.has(word);
}
