import type { Token } from '../tokens';
import type { Highlight } from '../types';
import { emojiValence } from './english';
import type { SentimentProfile } from './profile';
import { adjustTone, type ToneItem } from './tone';

/** VADER's published constants (Hutto & Gilbert 2014). */
const CAPS_EMPHASIS = 0.733;
const NEGATION_SCALAR = -0.74;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_EMPHASIS = 0.292;
const QUESTION_EMPHASIS = 0.18;
const NORMALIZATION_ALPHA = 15;
/** A negated expectation ("not arrived", "werkt niet") is a complaint of this weight. */
const UNMET_EXPECTATION = -1.6;
/** "te duur", "too small": excess of a neutral quality is a mild complaint. */
const EXCESS = -1.2;
const MILD = 1.2;
/** A wait with a length ("waiting for two weeks") is a complaint of this weight. */
const LONG_WAIT = -1.4;
const DURATION_REACH = 6;
/** From this many words on, a text is a review-like sentence and the back-off lexicon counts. */
const BACKOFF_MIN_WORDS = 16;
const ASKS_LENGTH = new Set(['how', 'hoe']);
const TRAILING_NEGATORS = new Set(['niet', 'nooit']);
const UPCOMING = new Set(['next', 'coming', 'upcoming', 'following', 'volgende', 'komende', 'aankomende']);
const KIND_OF_NOUN = new Set(['what', 'which', 'this', 'that', 'any', 'some', 'every', 'the', 'a', 'same', 'other', 'another']);
/** An intensifier inside a phrase adds VADER's booster step. */
const INNER_BOOST = 0.293;
/** How many words before (or, in Dutch, after) a word a negator or booster reaches. */
const SCOPE = 3;

const CLAUSE_BREAK = new Set([',', '.', ';', ':', '!', '?', '…', '(', ')', '"', '“', '”']);
const SENTENCE_BREAK = new Set(['.', '!', '?', '…']);
/** Runs like "..", "?!?" and dashes end a sentence or a clause just as single marks do. */
const SENTENCE_MARKS = /^[.!?…]{2,}$/;
const CLAUSE_MARKS = /^(?:[.!?…]{2,}|[-–—/|]+)$/;

/** The raw valence sum of a run of tokens plus the words behind it; turned into [−1, 1] by `normalize`. */
export interface RawScore {
  sum: number;
  highlights: Highlight[];
  exclamations: number;
  questions: number;
  /** The message names a fault or an unmet expectation ("broken", "never arrived"), felt or plainly reported. */
  fault: boolean;
}

type Item = ToneItem;

const isLetters = /\p{L}/u;
const isUpper = (s: string) => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
const ELONGATED = /(\p{L})\1{2,}/u;

/** Maps chat spellings to lexicon words: typos first, then "baaad"/"sooo" collapsed. */
function canonical(raw: string, profile: SentimentProfile): string {
  // wink reads "ha." or "lol." at a line end as an abbreviation; the word is the part before the dot.
  const norm = raw.length > 2 && raw.endsWith('.') && profile.valence(raw) === undefined ? raw.slice(0, -1) : raw;
  const typo = profile.typos.get(norm);
  if (typo !== undefined) return typo;
  if (!ELONGATED.test(norm)) return norm;
  const double = norm.replace(/(\p{L})\1{2,}/gu, '$1$1');
  if (profile.valence(double) !== undefined || profile.boosters.has(double)) return double;
  const single = norm.replace(/(\p{L})\1{2,}/gu, '$1');
  return profile.typos.get(single) ?? single;
}

/** A request (question, "please", "can you", "I need") makes gratitude and hope politeness, not sentiment. */
export function isRequest(words: readonly string[], tokens: readonly Token[], profile: SentimentProfile): boolean {
  for (const t of tokens) if (t.text === '?') return true;
  for (let i = 0; i < words.length; i++) {
    if (profile.requestWords.has(words[i]!)) return true;
    if (i + 1 < words.length && profile.requestOpeners.has(`${words[i]} ${words[i + 1]}`) && !statesFeeling(words, i + 2, profile)) return true;
  }
  return false;
}

/**
 * "I am (so) happy", "I'm furious": an opener followed by a feeling states it; "I am writing to
 * ask" asks, and so does "I am hoping you can…" (a courtesy word).
 */
function statesFeeling(words: readonly string[], at: number, profile: SentimentProfile): boolean {
  let k = at;
  if (profile.boosters.has(words[k] ?? '')) k++;
  const word = words[k] ?? '';
  return Boolean(profile.valence(word)) && !HOPING.has(word);
}

const HOPING = new Set(['hoping', 'hope', 'hopen', 'hoop']);

/**
 * Scores tokens the way customers write in chat: each word's lexicon valence, shifted by
 * capitals and boosters, flipped by a negator in the same clause only (so "Niet goed, echt
 * slecht!" stays negative), weighted by "but"/"maar" clauses; gratitude inside a request
 * weighs nothing.
 */
export function scoreTokens(tokens: readonly Token[], profile: SentimentProfile, shouting: boolean): RawScore {
  const n = tokens.length;
  const words: string[] = new Array(n);
  const clause: number[] = new Array(n);
  const sentence: number[] = new Array(n);
  let c = 0;
  let s = 0;
  let exclamations = 0;
  let questions = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    words[i] = t.kind === 'word' ? canonical(t.norm, profile) : t.norm;
    if (t.kind === 'punct') {
      if (t.text === '!') exclamations++;
      else if (t.text === '?') questions++;
      if (CLAUSE_BREAK.has(t.text) || CLAUSE_MARKS.test(t.text)) c++;
      if (SENTENCE_BREAK.has(t.text) || SENTENCE_MARKS.test(t.text)) s++;
    } else if (profile.contrast.has(words[i]!)) c++;
    clause[i] = c;
    sentence[i] = s;
  }
  for (let i = 0; i + 1 < n; i++) {
    // "kind of good" / "sort of" dampen, as "kinda" / "sorta" do.
    // "what kind of service" names a kind; it dampens nothing.
    if ((words[i] === 'kind' || words[i] === 'sort') && words[i + 1] === 'of' && !KIND_OF_NOUN.has(words[i - 1] ?? '')) {
      words[i] = `${words[i]}a`;
      words[i + 1] = '';
    }
  }
  if (profile.lang === 'en') for (let i = 0; i < n; i++) if (words[i] === 'like' && !LIKE_AS_VERB.has(words[i - 1] ?? '')) words[i] = '';
  // "Member no. 55102": the abbreviation of "number", not a negator.
  for (let i = 0; i < n; i++) if (words[i] === 'no' && isNumberAbbreviation(tokens, i)) words[i] = '';
  const request = isRequest(words, tokens, profile);
  let wordCount = 0;
  for (const t of tokens) if (t.kind === 'word') wordCount++;
  // A long request ("I ordered a dress last week… and would like to exchange it") is still a request, not a review.
  const long = wordCount >= BACKOFF_MIN_WORDS && !request;
  const items: Item[] = [];
  const contrastAt: number[] = [];
  const used = new Uint8Array(n);
  /** Clauses of thanks inside a request ("thanks for the quick reply, can you…"): their praise is politeness. */
  const politeClauses = new Set<number>();

  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;
    const word = words[i]!;
    if (t.kind === 'punct') continue;
    if (profile.contrast.has(word)) {
      contrastAt.push(i);
      continue;
    }
    const found = matchPhrase(words, i, profile);
    // A Dutch negator after a phrase undoes it ("het werkt weer niet"): its words are scored one by one.
    const phrase = found && !(profile.negatorMayFollow && TRAILING_NEGATORS.has(words[i + found.span] ?? '')) ? found : undefined;
    if (phrase) {
      // "No problem, I'll pick it up myself", "Geen probleem, dan…": an answer that agrees, not praise.
      // Said with an exclamation ("Geen probleem, fijne dag!") it is warmth again.
      const acknowledges = ACKNOWLEDGING_PHRASES.has(phrase.words.join(' ')) && isAnswerParticle(tokens, sentence, i, true, phrase.span, words) && !exclaimedAfter(tokens, sentence, i);
      for (let k = i; k < i + phrase.span; k++) {
        used[k] = 1;
        // A negator inside a phrase ("niet normaal", "not happy") is spent on it: it negates nothing after.
        if (profile.negators.has(words[k]!)) words[k] = '';
      }
      // "Thanks for nothing" opens with a courtesy word but is no courtesy.
      const courtesy = profile.courtesy.has(word) && request && phrase.valence > 0;
      if (courtesy) politeClauses.add(clause[i]!);
      // Thanks for a reply weigh nothing themselves; praise beside them ("for the quick reply") still counts.
      const receipt = profile.courtesy.has(word) && isReceiptThanks(tokens, words, clause, sentence, i, profile);
      if (phrase.valence !== 0 && !courtesy && !receipt && !acknowledges) {
        const last = tokens[i + phrase.span - 1]!;
        const loud = !shouting && tokensAllUpper(tokens, i, phrase.span);
        const valence = phrase.valence + Math.sign(phrase.valence) * (phrase.boost + (loud ? CAPS_EMPHASIS : 0));
        const weight = isNegated(words, clause, i, profile, false) ? valence * NEGATION_SCALAR : valence;
        items.push({ start: t.start, end: last.end, weight, sentence: sentence[i]!, clause: clause[i]!, word, factual: profile.factual.has(phrase.words.join(' ')), emphasised: phrase.boost > 0 || loud });
      }
      continue;
    }
    if (profile.negators.has(word)) {
      // "No, I haven't…" / "Nee, …": an answer particle opening a sentence says nothing about feeling.
      if (isAnswerParticle(tokens, sentence, i)) continue;
      // A negator with a valence of its own ("No.", "lack") counts when it negates no valenced word.
      // "No longer needed": the negator turns the verb after it, and has no feeling of its own there.
      const own = words[i + 1] === 'longer' ? undefined : profile.valence(word);
      // As a determiner ("no SMS comes in", "geen bericht") it reports a lack, as a fault word does.
      const determiner = tokens[i + 1]?.kind === 'word' && clause[i + 1] === clause[i];
      if (own && !boostsNext(words, clause, i, profile)) items.push({ start: t.start, end: t.end, weight: own, sentence: sentence[i]!, clause: clause[i]!, word, factual: determiner || profile.factual.has(word) });
      continue;
    }
    if (word === profile.excess && isExcess(tokens, words, clause, i, profile)) {
      const target = tokens[i + 1]!;
      const v = isNegated(words, clause, i, profile, false) ? EXCESS * NEGATION_SCALAR : EXCESS;
      items.push({ start: t.start, end: target.end, weight: v, sentence: sentence[i]!, clause: clause[i]!, word, factual: true });
      used[i + 1] = 1;
      continue;
    }
    if (profile.boosters.has(word) && boostsNext(words, clause, i, profile)) continue;
    if (profile.waiting.has(word) && (word !== 'been' || isItHasBeen(words, i)) && hasDuration(words, tokens, sentence, i, profile)) {
      items.push({ start: t.start, end: t.end, weight: LONG_WAIT, sentence: sentence[i]!, clause: clause[i]!, word });
      continue;
    }
    const split = splitEmoticon(tokens, i);
    if (split !== undefined) {
      used[i + 1] = 1;
      items.push({ start: t.start, end: tokens[i + 1]!.end, weight: split, sentence: sentence[i]!, clause: clause[i]!, word, expressive: true });
      continue;
    }
    if (t.kind === 'emoji' || t.kind === 'emoticon' || profile.interjections.has(word)) {
      // An emoji or a "lol" shows the writer's own feeling: syntax around it neither negates nor boosts it.
      const e = t.kind === 'word' ? profile.valence(word) : (emojiValence(t.text) ?? emojiValence(word));
      if (e) items.push({ start: t.start, end: t.end, weight: e, sentence: sentence[i]!, clause: clause[i]!, word: t.text, expressive: true });
      continue;
    }
    // A lone letter ("l" of ":l", "u") is not a sentiment word, whatever a lexicon says.
    // "Ok, I'll try that", "Yes, that's the address", "Oké." answer a question; they say nothing about feeling.
    if (ACKNOWLEDGEMENTS.has(word) && isAnswerParticle(tokens, sentence, i, true, 1, words)) continue;
    if (profile.greetings?.has(word) && isSalutation(tokens, i)) continue;
    // "Which colour is best?", "Wat is het beste?": a superlative asked for is advice sought, not praise.
    if (SUPERLATIVES.has(word) && inQuestion(tokens, sentence, i)) continue;
    // "I'd better check", "you had better hurry": a modal, no praise.
    if (word === 'better' && words[i - 1] === 'had') continue;
    // "Ik zoek een goede laptop", "looking for a good charger": the quality sought, not one felt.
    if (isSoughtQuality(words, sentence, clause, i, request)) continue;
    // "It would be great if you could…", "Fijn als u even kijkt": praise of a wished-for favour is politeness.
    if (isPoliteCondition(words, clause, i)) continue;
    // "It would be fixed", "zou opgelost zijn": an outcome that was promised is cited, not reported.
    if (OUTCOMES.has(word) && afterModal(words, clause, i)) continue;
    let v = word.length > 1 ? (profile.valence(word) ?? (long ? profile.backoff?.(word) : undefined)) : undefined;
    const negated = (isNegated(words, clause, i, profile, profile.negatorMayFollow && profile.expectations.has(word)) || negatedAfterVerb(words, clause, i, profile)) && !beforeExpectVerb(words, clause, i);
    let factual = profile.factual.has(word);
    let emphasised = false;
    let unmet = false;
    if (negated && profile.expectations.has(word) && (v === undefined || v >= 0)) {
      v = UNMET_EXPECTATION;
      // "Nobody called back", "never got one", "reageert niemand": a reproach, not a plain report.
      const reproach = isReproach(words, clause, i);
      factual = !reproach;
      unmet = !reproach;
      // "Totaal niet geholpen", "really not working": an intensified negation is felt, not reported.
      emphasised = isIntensifiedNegation(words, clause, i, profile);
    } else if (v === undefined || v === 0) continue;
    else if (profile.courtesy.has(word) && request && !isStatedFeeling(words, clause, i, profile)) {
      politeClauses.add(clause[i]!);
      continue;
    }
    else if (profile.courtesy.has(word) && isReceiptThanks(tokens, words, clause, sentence, i, profile)) continue;
    else {
      if (!shouting && isUpper(t.text) && isLetters.test(t.text) && !t.text.startsWith('#')) {
        v += Math.sign(v) * CAPS_EMPHASIS;
        emphasised = true;
      }
      const boosted = boost(words, tokens, clause, i, profile, v, shouting);
      // Only a booster that strengthens the word shows feeling; a dampener ("wat", "a bit") does not.
      if (boosted * v > 0) emphasised = true;
      v += boosted;
      if (negated) v *= NEGATION_SCALAR;
      else if (isAfterNeverSo(words, clause, i)) {
        // "never such bad service": VADER's ×1.25, and a superlative of experience is felt, not reported.
        v *= NEVER_SO_EMPHASIS;
        emphasised = true;
      }
    }
    items.push({ start: t.start, end: t.end, weight: v, sentence: sentence[i]!, clause: clause[i]!, word, factual, unmet, emphasised });
  }

  for (const item of items) if (item.weight > 0 && politeClauses.has(item.clause) && !item.expressive) item.weight = 0;
  // "Is the happy-hour price also valid for delivery?", "Do you accept PayPal?": a good word inside
  // a question asks about the thing; it praises nothing unless stressed.
  const asked = questionClauses(tokens, clause);
  for (const item of items) if (item.weight > 0 && asked.has(item.clause) && !item.expressive && !item.emphasised) item.weight = 0;
  const fault = items.some((item) => item.factual || item.unmet);
  const toned = adjustTone(items, { tokens, words, clause, sentence, profile, request, shouting, exclamations, questions });
  applyContrast(toned, contrastAt, tokens, sentence);
  let sum = 0;
  for (const item of toned) sum += item.weight;
  const highlights = toned.map(({ start, end, weight }) => ({ start, end, weight: Math.round(weight * 1000) / 1000 }));
  return { sum, highlights, exclamations, questions, fault };
}

/** Every word of the phrase in capitals ("THANK YOU", "NOT HAPPY"). */
function tokensAllUpper(tokens: readonly Token[], i: number, span: number): boolean {
  for (let k = i; k < i + span; k++) if (tokens[k]!.kind === 'word' && !isUpper(tokens[k]!.text)) return false;
  return true;
}

/** The clauses that end in a question mark. */
function questionClauses(tokens: readonly Token[], clause: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.kind === 'punct' && tokens[i]!.text.includes('?')) out.add(clause[i - 1]!);
  return out;
}

/** "like" is the verb only after a subject or an auxiliary ("I like it", "would really like"); else it compares ("like you promised", "looks like"). */
const LIKE_AS_VERB = new Set(['i', 'we', 'you', 'they', 'u', 'ya', 'really', 'also', 'still', 'do', 'did', 'does', 'not', 'definitely', 'totally', 'just', 'actually', 'always', 'would', 'd', 'to', 'kinda', 'sorta', 'people', 'all', 'who', 'and', 'so', 'much', 'dont', 'didnt', 'doesnt', 'nt']);
const ANSWER_FOLLOW = new Set([',', ':', '-', '–']);
const ACKNOWLEDGEMENTS = new Set(['sorry', 'pardon', 'oops', 'oeps', 'ok', 'okay', 'oke', 'oké', 'okido', 'alright', 'yes', 'yeah', 'yep', 'yup', 'sure', 'ja', 'jawel', 'jep', 'goed', 'prima', 'fine', 'right']);

/** "Had niet zo'n snelle reactie verwacht": the negator denies the expecting, not the word between. */
const EXPECT_VERBS = new Set(['verwacht', 'verwachtte', 'verwachten', 'gedacht', 'gerekend']);

function beforeExpectVerb(words: readonly string[], clause: readonly number[], i: number): boolean {
  for (let k = i + 1; k <= i + SCOPE && k < words.length && clause[k] === clause[i]; k++) if (EXPECT_VERBS.has(words[k]!)) return true;
  return false;
}

const SUPERLATIVES = new Set(['best', 'beste', 'bestest', 'better', 'beter', 'betere', 'cheaper', 'goedkoper', 'goedkopere', 'goedkoopste', 'cheapest']);
const OUTCOMES = new Set(['fixed', 'sorted', 'resolved', 'solved', 'repaired', 'opgelost', 'geregeld', 'gerepareerd', 'hersteld', 'verholpen']);
const MODALS = new Set(['would', 'should', 'supposed', 'zou', 'zouden', 'moest', 'moesten']);

function afterModal(words: readonly string[], clause: readonly number[], i: number): boolean {
  for (let k = 1; k <= SCOPE + 1 && i - k >= 0 && clause[i - k] === clause[i]; k++) if (MODALS.has(words[i - k]!)) return true;
  // Dutch puts the modal after the participle: "dat het opgelost zou zijn".
  return MODALS.has(words[i + 1] ?? '') && clause[i + 1] === clause[i];
}

/** What an agent sends back: thanks for it acknowledge a reply ("Bedankt voor uw antwoord, ik kijk het na"), they praise nothing. */
const REPLY_NOUNS = new Set(['info', 'information', 'answer', 'reply', 'response', 'message', 'email', 'e-mail', 'mail', 'update', 'link', 'details',
  'informatie', 'antwoord', 'reactie', 'bericht', 'berichtje', 'mailtje', 'linkje', 'gegevens']);
const THANKED_FOR = new Set(['for', 'voor']);
const RECEIPT_REACH = 5;

/** Plain thanks for a reply, said without a booster or an exclamation mark. */
function isReceiptThanks(tokens: readonly Token[], words: readonly string[], clause: readonly number[], sentence: readonly number[], i: number, profile: SentimentProfile): boolean {
  if ((profile.boosters.get(words[i - 1] ?? '') ?? 0) > 0) return false;
  let thanked = false;
  for (let k = i + 1; k < words.length && k <= i + RECEIPT_REACH && clause[k] === clause[i]; k++) {
    if (THANKED_FOR.has(words[k]!)) thanked = true;
    else if (thanked && REPLY_NOUNS.has(words[k]!)) return !exclaimedAfter(tokens, sentence, k);
  }
  return false;
}

/**
 * Whether the sentence of token i has this mark after i ("?", "!", also inside a run such as "?!").
 * The closing mark already counts as the next sentence, so it is looked at before the sentence ends.
 */
function markAfter(tokens: readonly Token[], sentence: readonly number[], i: number, mark: '?' | '!'): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text.includes(mark)) return true;
    if (sentence[k] !== sentence[i]) return false;
  }
  return false;
}
const inQuestion = (tokens: readonly Token[], sentence: readonly number[], i: number) => markAfter(tokens, sentence, i, '?');
const exclaimedAfter = (tokens: readonly Token[], sentence: readonly number[], i: number) => markAfter(tokens, sentence, i, '!');

const CONDITIONALS = new Set(['if', 'als', 'indien', 'wanneer']);
/** Who a favour is asked of: "als u", "if you", "if someone", "als jullie". */
const ASKED_OF = new Set(['you', 'u', 'je', 'jij', 'jullie', 'someone', 'somebody', 'anyone', 'iemand', 'we', 'wij', 'i', 'ik', 'it', 'het', 'this', 'dit', 'dat']);

function isPoliteCondition(words: readonly string[], clause: readonly number[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k + 1 < words.length && clause[k] === clause[i]; k++) {
    if (CONDITIONALS.has(words[k]!)) return ASKED_OF.has(words[k + 1]!);
  }
  return false;
}

/** "I'm really grateful", "ik ben zo dankbaar": gratitude stated as the writer's own feeling, not a courtesy formula. */
const BE = new Set(['am', 'are', 'is', 'ben', 'bent', 'zijn']);

function isStatedFeeling(words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile): boolean {
  if (HOPING.has(words[i]!)) return false;
  let k = i - 1;
  if (k >= 0 && profile.boosters.has(words[k]!) && clause[k] === clause[i]) k--;
  return k >= 0 && clause[k] === clause[i] && BE.has(words[k]!);
}

const ARTICLES = new Set(['een', 'a', 'an']);
const SEEKING = new Set(['zoek', 'zoeken', 'looking', 'seeking', 'recommend', 'suggest', 'raadt', 'raden', 'aanraden', 'advies', 'advice', 'adviseren']);

/** How far before "a/een" the seeking verb may stand outside a request ("looking for a", "zoek een"). */
const SEEKING_REACH = 3;

function isSoughtQuality(words: readonly string[], sentence: readonly number[], clause: readonly number[], i: number, request: boolean): boolean {
  if (!ARTICLES.has(words[i - 1] ?? '')) return false;
  if (request) {
    for (let k = 0; k < words.length; k++) if (sentence[k] === sentence[i] && SEEKING.has(words[k]!)) return true;
    return false;
  }
  // Told, not asked ("I'm looking for a good charger"), only right after the seeking verb: "I was
  // looking for a laptop and found a great one" praises what was found.
  for (let k = i - 2; k >= i - 1 - SEEKING_REACH && k >= 0 && clause[k] === clause[i]; k--) if (SEEKING.has(words[k]!)) return true;
  return false;
}

/** A word alone at the start of a sentence before a comma (or, for a bare "Ok.", a full stop). */
/** A salutation opens the message and ends at a comma or line break within a few words ("Beste klantenservice,"). */
function isSalutation(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k]!.kind === 'word') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === ':' || tokens[k]!.text === '!') return true;
  return tokens.length <= i + 4;
}

/**
 * A word (or a phrase of `span` words) alone at the start of a sentence before a comma (or, with
 * `stop`, a full stop); other acknowledgements may come before it ("Oké, prima.", "Ok, no problem,").
 */
function isAnswerParticle(tokens: readonly Token[], sentence: readonly number[], i: number, stop = false, span = 1, words?: readonly string[]): boolean {
  const next = tokens[i + span];
  if (!next || !(ANSWER_FOLLOW.has(next.text) || (stop && next.text === '.'))) return false;
  for (let k = i - 1; k >= 0 && sentence[k] === sentence[i]; k--) {
    if (tokens[k]!.kind === 'word' && !(words && ACKNOWLEDGEMENTS.has(words[k]!))) return false;
  }
  return true;
}

const ACKNOWLEDGING_PHRASES = new Set(['no problem', 'not a problem', 'no worries', 'geen probleem', 'geen zorgen']);

/** "no." or "No" before a number ("Member no. 55102", "order no 4411"); a lone "No." is an answer. */
function isNumberAbbreviation(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === '.') k++;
  return tokens[k]?.kind === 'number';
}

/**
 * The longest phrase starting at word i. An intensifier may stand inside it ("slaat echt nergens
 * op", "not really impressed"): it is skipped and strengthens the phrase.
 */
function matchPhrase(words: readonly string[], i: number, profile: SentimentProfile) {
  const candidates = profile.phrases.get(words[i]!);
  if (!candidates) return undefined;
  for (const p of candidates) {
    let k = i + 1;
    let boost = 0;
    let ok = true;
    for (let w = 1; w < p.words.length && ok; w++) {
      while (k < words.length && words[k] !== p.words[w] && (profile.boosters.get(words[k]!) ?? 0) > 0 && boost < 2 * INNER_BOOST) {
        boost += INNER_BOOST;
        k++;
      }
      if (words[k] === p.words[w]) k++;
      else ok = false;
    }
    if (ok) return { words: p.words, valence: p.valence, span: k - i, boost: p.valence === 0 ? 0 : boost };
  }
  return undefined;
}

/** wink splits some emoticons ("=)", "=(") into two tokens; written together they are one. */
function splitEmoticon(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.kind === 'word' || !next || next.start !== t.end || t.text.length !== 1 || next.text.length !== 1) return undefined;
  return emojiValence(t.text + next.text);
}

/** "It has been three weeks", "it's been ages": a wait; "I have been a customer since 2010" is not. */
function isItHasBeen(words: readonly string[], i: number): boolean {
  const aux = words[i - 1];
  return (aux === 'has' || aux === 'is' || aux === "'s") && (words[i - 2] === 'it' || words[i - 2] === 'that' || words[i - 2] === 'this');
}

function hasDuration(words: readonly string[], tokens: readonly Token[], sentence: readonly number[], i: number, profile: SentimentProfile): boolean {
  const from = Math.max(0, i - DURATION_REACH);
  const to = Math.min(words.length - 1, i + DURATION_REACH);
  for (let k = from; k <= to; k++) {
    if (sentence[k] !== sentence[i] || !profile.durations.has(words[k]!)) continue;
    // "How long does a refund take?" asks about a length; "it's unbelievable how long this takes" complains of one.
    if (ASKS_LENGTH.has(words[k - 1] ?? '') && inQuestion(tokens, sentence, k)) continue;
    // "Can it wait until next week?", "de komende dagen": a wait still to come is planned, not suffered.
    if (UPCOMING.has(words[k - 1] ?? '')) continue;
    return true;
  }
  return false;
}

function isExcess(tokens: readonly Token[], words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || clause[i + 1] !== clause[i]) return false;
  // A mildly positive quality in excess is a complaint too ("te groot", "too warm").
  const v = profile.valence(words[i + 1]!);
  return (v === undefined || Math.abs(v) <= MILD) && profile.isExcessTarget(words[i + 1]!);
}

function boostsNext(words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile): boolean {
  for (let k = i + 1; k < words.length && k <= i + 2 && clause[k] === clause[i]; k++) {
    const v = profile.valence(words[k]!);
    if (v !== undefined && v !== 0) return true;
  }
  return false;
}

function boost(words: readonly string[], tokens: readonly Token[], clause: readonly number[], i: number, profile: SentimentProfile, v: number, shouting: boolean): number {
  let total = 0;
  for (let k = 1; k <= SCOPE && i - k >= 0 && clause[i - k] === clause[i]; k++) {
    const b = profile.boosters.get(words[i - k]!);
    if (b === undefined) continue;
    let scalar = Math.sign(v) * b * (1 - 0.05 * (k - 1));
    if (!shouting && isUpper(tokens[i - k]!.text)) scalar += Math.sign(v) * CAPS_EMPHASIS * Math.sign(b);
    total += scalar;
  }
  return total;
}

/** A negator reaches the next few words of its own clause only; Dutch also negates a preceding verb. */
function isNegated(words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile, lookAhead: boolean): boolean {
  for (let k = 1; k <= SCOPE && i - k >= 0 && clause[i - k] === clause[i]; k++) {
    const w = words[i - k]!;
    if (profile.negators.has(w) && !isShieldedNegator(words, i - k)) return !isNeverSo(words, i - k, i);
    // "the least bad" negates; "at least" does not.
    if (w === 'least' && words[i - k - 1] !== 'at' && words[i - k - 1] !== 'very') return true;
    // A negator is spent on the first sentiment word it reaches: "don't appreciate being lied to".
    if (k > 1 && (profile.valence(w) ?? 0) !== 0 && !profile.boosters.has(w)) return false;
  }
  if (!lookAhead) return false;
  for (let k = 1; k <= 2 && i + k < words.length && clause[i + k] === clause[i]; k++) {
    if (profile.negators.has(words[i + k]!)) return true;
  }
  return false;
}

function isIntensifiedNegation(words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile): boolean {
  for (let k = Math.max(1, i - SCOPE); k <= i + SCOPE && k < words.length; k++) {
    if (clause[k] !== clause[i] || !profile.negators.has(words[k]!)) continue;
    // "te" before an infinitive ("lijkt niet te werken") is no intensifier.
    for (const j of [k - 2, k - 1, k + 1]) if (j >= 0 && clause[j] === clause[i] && words[j] !== profile.excess && (profile.boosters.get(words[j]!) ?? 0) > 0) return true;
  }
  return false;
}

/** Negators that blame rather than report: nobody ever did what was expected. */
const REPROACH = new Set(['nobody', 'noone', 'never', 'niemand', 'nooit']);
/** "Nothing works", "niks werkt": a total failure is a reproach too, not one fault reported. */
const TOTAL_FAILURE = new Set(['nothing', 'niets', 'niks']);

/** Who is addressed: "you don't listen", "je luistert niet", "u heeft niet gereageerd" blame the person, not a thing. */
const ADDRESSEE = new Set(['you', 'u', 'je', 'jij', 'jullie', 'ge', 'gij']);

function isReproach(words: readonly string[], clause: readonly number[], i: number): boolean {
  for (let k = Math.max(0, i - SCOPE); k <= i + SCOPE && k < words.length; k++) if (clause[k] === clause[i] && REPROACH.has(words[k]!)) return true;
  for (let k = Math.max(0, i - SCOPE); k < i; k++) if (clause[k] === clause[i] && ADDRESSEE.has(words[k]!)) return true;
  return TOTAL_FAILURE.has(words[i - 1] ?? '') && FAILING_VERBS.has(words[i]!);
}

const FAILING_VERBS = new Set(['works', 'worked', 'work', 'werkt', 'werkte', 'werken', 'helps', 'helpt']);

/** Light words that may stand between a Dutch verb and its negator ("het beviel ons niet"). */
const BETWEEN_VERB_AND_NEGATOR = new Set(['ons', 'me', 'mij', 'je', 'u', 'hem', 'haar', 'het', 'helemaal', 'echt', 'zeker', 'meer', 'ook', 'eigenlijk', 'dus', 'toch', 'nu', 'weer', 'alweer', 'nog', 'steeds']);

/** Dutch main clauses put the negator after the finite verb: "het beviel (ons) niet". */
function negatedAfterVerb(words: readonly string[], clause: readonly number[], i: number, profile: SentimentProfile): boolean {
  if (!profile.negatorMayFollow) return false;
  for (let k = i + 1; k < words.length && k <= i + SCOPE && clause[k] === clause[i]; k++) {
    const w = words[k]!;
    if (w === 'niet' || w === 'nooit' || w === 'niemand') return true;
    if (!BETWEEN_VERB_AND_NEGATOR.has(w)) return false;
  }
  return false;
}

/** "never so good" / "never this happy" / "nooit zo lekker" praise rather than negate (as in VADER); "never such bad service" / "nooit zo'n slechte" blame. */
const NEVER_SO = new Set(['so', 'this', 'such', 'zo', "zo'n", 'zulke', 'zulk']);
const NEVER_SO_EMPHASIS = 1.25;

function isAfterNeverSo(words: readonly string[], clause: readonly number[], i: number): boolean {
  for (let k = 1; k <= SCOPE && i - k >= 0 && clause[i - k] === clause[i]; k++) if (isNeverSo(words, i - k, i)) return true;
  return false;
}

function isNeverSo(words: readonly string[], negator: number, word: number): boolean {
  if (words[negator] !== 'never' && words[negator] !== 'nooit') return false;
  for (let k = negator + 1; k < word; k++) if (NEVER_SO.has(words[k]!)) return true;
  return false;
}

/** "not only" / "niet alleen" and "nothing but" do not negate. */
function isShieldedNegator(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  return next === 'only' || next === 'alleen' || next === 'just' || next === 'but';
}

/** The clause before "but" in a sentence weighs half, the clause after it half again as much. */
function applyContrast(items: Item[], contrastAt: readonly number[], tokens: readonly Token[], sentence: readonly number[]) {
  for (const at of contrastAt) {
    const pivot = tokens[at]!.start;
    for (const item of items) {
      if (item.sentence !== sentence[at]) continue;
      item.weight *= item.start < pivot ? BEFORE_CONTRAST : AFTER_CONTRAST;
    }
  }
}

/** VADER: two or three question marks add a little each, more than three a fixed amount. */
function questionEmphasis(questions: number): number {
  if (questions <= 1) return 0;
  return questions <= 3 ? questions * QUESTION_EMPHASIS : 0.96;
}

/** VADER's punctuation emphasis and normalisation into [−1, 1]. */
export function normalize(raw: RawScore): number {
  let sum = raw.sum;
  if (sum === 0) return 0;
  const emphasis = Math.min(raw.exclamations, 4) * EXCLAMATION_EMPHASIS + questionEmphasis(raw.questions);
  sum += Math.sign(sum) * emphasis;
  const score = sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA);
  return Math.max(-1, Math.min(1, score));
}
