import type { Model } from 'wink-nlp';
import winkNLP from 'wink-nlp';

export type TokenKind = 'word' | 'number' | 'punct' | 'emoji' | 'emoticon' | 'other';

/** One token of a message, shared by the sentiment scorer, the escalation rules and key terms. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case, with wink's contraction mapping ("n't" → "not", "'m" → "am"). */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
}

export type Tokenize = (text: string) => Token[];

export interface Tokenizer {
  tokenize: Tokenize;
  /** Lower-case words with wink's Porter stems (English), for key terms. */
  stemmed(text: string): Array<{ norm: string; stem: string }>;
}

const KIND: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punct',
  emoji: 'emoji',
  emoticon: 'emoticon',
};

/**
 * Tokenizes with wink's tokenizer only: no sentence, POS, NER or sentiment pipes, which are
 * most of wink's cost and which the scorer does not use. One pass per message; every
 * consumer reads the same tokens.
 */
export function createTokenizer(model: Model): Tokenizer {
  const nlp = winkNLP(model, []);
  const its = nlp.its;
  const tokenize: Tokenize = (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const values = tokens.out(its.value) as string[];
    const normals = tokens.out(its.normal) as string[];
    const types = tokens.out(its.type) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const out: Token[] = new Array(values.length);
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      cursor = locate(text, value, cursor + (spaces[i]?.length ?? 0));
      const hashtag = types[i] === 'hashtag';
      // A hashtag is a word said loudly in chat ("#fail"): scored as the word.
      const norm = hashtag ? normals[i]!.slice(1) : normals[i]!;
      out[i] = { text: value, norm, kind: hashtag ? 'word' : (KIND[types[i]!] ?? 'other'), start: cursor, end: cursor + value.length };
      cursor += value.length;
    }
    markLinks(text, out);
    // wink reads every text as English; what it gets wrong in chat is set right here.
    readContractedHad(out);
    return readDutchClitics(splitIAm(out));
  };
  const stemmed = (text: string) => {
    const tokens = nlp.readDoc(text).tokens().filter((t) => t.out(its.type) === 'word' || t.out(its.type) === 'number');
    const normals = tokens.out(its.normal) as string[];
    // wink's typings declare its.stem with an extra addons parameter; at run time it is an ordinary its function.
    const stems = tokens.out(its.stem as unknown as typeof its.normal) as string[];
    return normals.map((norm, i) => ({ norm, stem: stems[i] ?? norm }));
  };
  return { tokenize, stemmed };
}

const LINK = /(?:https?:\/\/|www\.)\S+|&(?:[a-z]{2,8}|#\d{1,6});/giu;

/**
 * wink splits links it does not recognise ("http://url_removed") into pieces, one of which
 * can look like an emoticon (":/"), and HTML entities ("&gt;") into words; every token inside
 * either is made a neutral 'other'.
 */
function markLinks(text: string, tokens: Token[]): void {
  if (!text.includes('http') && !text.includes('www.') && !text.includes('&')) return;
  let t = 0;
  for (const m of text.matchAll(LINK)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    while (t < tokens.length && tokens[t]!.end <= start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) tokens[k] = { ...tokens[k]!, kind: 'other', norm: '' };
  }
}

/**
 * wink splits every English contraction ("you're" → you + are, "I've" → I + have) except "I'm",
 * the commonest in chat, which it keeps whole; "im" is how many type it. Split both, as wink
 * splits the others, so that rules and word lists that know "i am" see it.
 */
function splitIAm(tokens: Token[]): Token[] {
  if (!tokens.some(isIAm)) return tokens;
  return tokens.flatMap((t) =>
    isIAm(t)
      ? [
          { ...t, text: t.text.slice(0, 1), norm: 'i', end: t.start + 1 },
          { ...t, text: t.text.slice(1), norm: 'am', start: t.start + 1 },
        ]
      : [t],
  );
}

const isIAm = (t: Token) => t.kind === 'word' && (t.norm === "i'm" || t.norm === 'i’m' || t.norm === 'im');

/** Dutch clitics wink splits off an apostrophe: "'t" (het), "'k" (ik). */
const CLITICS: Readonly<Record<string, string>> = { t: 'het', k: 'ik' };

/**
 * wink reads text as English: Flemish "da" (dat) becomes "the", and Dutch "'t"/"'k" come out as
 * an apostrophe and a lone letter. Both then voted English, or nothing, in a Dutch line
 * ("Da's balen", "'t Is kapot"). The clitic becomes one word again, and "da" stays "da".
 */
function readDutchClitics(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.norm === 'the' || t.kind === 'punct')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const clitic = next && next.kind === 'word' ? CLITICS[next.norm] : undefined;
    if (clitic && t.kind === 'punct' && (t.text === "'" || t.text === '’') && next!.start === t.end) {
      out.push({ ...next!, text: t.text + next!.text, norm: clitic, start: t.start });
      i++;
    } else if (t.norm === 'the' && t.text.toLowerCase() === 'da') out.push({ ...t, norm: 'da' });
    else out.push(t);
  }
  return out;
}

/**
 * Irregular past participles; regular ones end in "-ed". Those spelt like their base verb
 * ("come", "put", "read", "run") are left out: after "'d" they are as often "would".
 */
const IRREGULAR_PARTICIPLES = new Set([
  'been', 'gone', 'done', 'had', 'got', 'gotten', 'lost', 'seen', 'said', 'made', 'paid', 'sent', 'bought', 'brought', 'found', 'told', 'left', 'spent',
  'broken', 'forgotten', 'given', 'taken', 'thought', 'heard', 'known', 'written', 'understood', 'chosen', 'kept',
  'meant', 'felt', 'sold', 'won', 'begun', 'eaten', 'fallen', 'driven', 'ridden', 'shown', 'spoken', 'stolen', 'worn', 'torn', 'thrown',
]);
/** Words that may stand between "'d" and its participle ("I'd already paid", "we'd never had"). */
const BEFORE_PARTICIPLE = new Set(['already', 'just', 'never', 'only', 'not', 'always', 'even', 'since', 'recently', 'actually', 'really', 'completely', 'totally', 'also', 'both', 'all']);

/**
 * wink reads every "'d" as "would"; before a past participle it is "had" ("I'd lost all my
 * photos", "we'd already paid"), and "I'd better" is "had" too. Read as "would", such a line
 * looked like a request or a wish ("I would…"), and its own words were scored as politeness.
 */
function readContractedHad(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== 'would' || !/^['’]d$/i.test(t.text)) continue;
    let k = i + 1;
    while (k < tokens.length && BEFORE_PARTICIPLE.has(tokens[k]!.norm)) k++;
    const next = tokens[k]?.norm ?? '';
    if (next === 'better' || (tokens[k]?.kind === 'word' && (IRREGULAR_PARTICIPLES.has(next) || (next.length > 4 && next.endsWith('ed'))))) tokens[i] = { ...t, norm: 'had' };
  }
}

/** wink keeps tokens verbatim, so the token is normally right at `guess`; search a short way if not. */
function locate(text: string, value: string, guess: number): number {
  if (text.startsWith(value, guess)) return guess;
  const found = text.indexOf(value, Math.max(0, guess - 8));
  return found >= 0 && found - guess < 64 ? found : guess;
}
