/**
 * Turns snippet and chat text into index terms: lower-case, accents folded, Markdown and
 * placeholders stripped, stop words dropped, Snowball-stemmed (nlp.js's English and Dutch
 * stemmers). The index and the queries go through this one file so they always agree.
 */
import { StemmerEn, StopwordsEn } from '@nlpjs/lang-en-min';
import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';
import type { KbLanguage } from './types';

const stemmers = { en: new StemmerEn(), nl: new StemmerNl() };
const stopwordLists = { en: new StopwordsEn(), nl: new StopwordsNl() };

/** Chat filler the stock lists miss (nl.js's Dutch list has "je " with a stray space). */
const EXTRA_STOPWORDS: Record<KbLanguage, readonly string[]> = {
  en: ['hi', 'hello', 'hey', 'thanks', 'thank', 'please', 'can', 'could', 'would', 'will', 'get', 'got', 'want', 'also', 'still', 'yes', 'ok', 'okay', 'really', 'just', 'im', 'dont', 'cant', 'not', 'never', 'tried', 'try', 'asking', 'ask', 'help',
    // Greetings, sign-offs and politeness around the question.
    'good', 'morning', 'afternoon', 'evening', 'dear', 'sir', 'madam', 'regards', 'kind', 'cheers', 'hiya', 'guys', 'team', 'sorry', 'bye', 'lol', 'haha', 'hmm', 'um', 'uh', 'wondering', 'wonder', 'know', 'tell', 'like', 'quick', 'question', 'anyway', 'apparently', 'actually', 'basically', 'literally', 'though', 'maybe', 'perhaps', 'sure', 'great', 'nice', 'awesome', 'wow', 'omg', 'pls', 'plz', 'thx', 'ty', 'u', 'ur', 'youre', 'ive', 'id', 'ill', 'isnt', 'doesnt', 'didnt', 'wont', 'hasnt', 'havent', 'wasnt', 'whats', 'hows', 'youd', 'theyre', 'arent', 'couldnt', 'shouldnt', 'wouldnt', 'weve', 'theres', 'thats', 'its', 'lets',
    // Function words the stock list lacks: they join a sentence, they never name its topic.
    'whether', 'although', 'unless', 'without', 'within', 'upon', 'via', 'per', 'once', 'whenever', 'wherever', 'whose', 'yet', 'somehow', 'else', 'ever', 'every', 'either', 'neither', 'several', 'less', 'least', 'therefore', 'however', 'otherwise', 'instead', 'besides', 'meanwhile', 'indeed', 'us', 'she', 'done', 'having', 'shall', 'ought'],
  nl: ['je', 'jij', 'jou', 'jouw', 'jullie', 'hallo', 'hoi', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'bedankt', 'dank', 'dankjewel', 'graag', 'even', 'alvast', 'hebt', 'kun', 'kunt', 'wilt', 'willen', 'nee', 'oke', 'echt', 'gewoon', 'wordt', 'goed', 'pas', 'sinds', 'nog', 'wel', 'hulp', 'vraag', 'vraagje',
    // Groeten, afsluiters en beleefdheid rond de vraag (NL en BE).
    'goedendag', 'goeiedag', 'goeiemorgen', 'geachte', 'heer', 'mevrouw', 'groet', 'groeten', 'vriendelijke', 'mvg', 'beste', 'vernemen', 'weten', 'zeggen', 'vertellen', 'alstublieft', 'aub', 'ajb', 'svp', 'aub', 'top', 'fijne', 'fijn', 'avond', 'sorry', 'eens', 'toch', 'hoor', 'ofzo', 'effe', 'haha', 'hihi', 'oke', 'ok', 'trouwens', 'eigenlijk', 'misschien', 'zeker', 'allemaal', 'helemaal', 'heel', 'erg', 'super', 'weer', 'zou', 'zouden', 'mag', 'moet', 'moeten', 'kunnen', 'hoi', 'hey', 'hee', 'dus', 'waarom', 'wat', 'welke', 'zo', 'ineens', 'opeens', 'ik', 'mij', 'me', 'mijn', 'm', 'ff',
    // Voegwoorden en verwijswoorden die de standaardlijst mist.
    'voordat', 'nadat', 'zodat', 'terwijl', 'zodra', 'hierover', 'daarover', 'ervan', 'erop', 'eraan', 'erin', 'ermee', 'daarmee', 'daarvan', 'hiervan', 'waarvan', 'waarop', 'waarmee', 'waarin', 'wiens', 'welk', 'zoals', 'zelfs', 'ofwel', 'hetzij', 'beide', 'enkele', 'sommige', 'paar', 'meest', 'minst', 'zulke', 'zulk', 'eigen', 'daarom', 'echter', 'bovendien', 'intussen', 'inderdaad', 'onze', 'hen', 'doe', 'doet', 'deed', 'gedaan', 'hadden', 'zullen', 'mogen', 'alle', 'elk', 'elke', 'iedere', 'noch',
    // Flemish spreektaal for the same function words ("wat kost da", "is ne cadeaubon", "kheb nie").
    'da', 'dak', 'ne', 'nen', 'nie', 'ni', 'gij', 'zijt', 'wa', 'gene', 'dees', 'diene', 'ma', 'efkes', 'efkens', 'kheb', 'kzou', 'kga', 'hebde', 'kunde', 'hedde', 'tis'],
};

const stopwords: Record<KbLanguage, Set<string>> = {
  en: new Set([...Object.keys(stopwordLists.en.dictionary).map((w) => w.trim()), ...EXTRA_STOPWORDS.en]),
  nl: new Set([...Object.keys(stopwordLists.nl.dictionary).map((w) => w.trim()), ...EXTRA_STOPWORDS.nl]),
};

export const LANGUAGES: readonly KbLanguage[] = ['en', 'nl'];

/** Placeholders like {order.id} are template slots, not content. */
const PLACEHOLDER = /\{[a-z]+(?:\.[a-z]+)*\}/gi;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit below 0x10000: 0 not looked at yet, 1 letter or digit, 2 anything else. */
const wordUnits = new Uint8Array(0x10000);
const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower-cased, accent-folded words of a text, in order. */
export function words(text: string): string[] {
  const stripped = text.replace(PLACEHOLDER, ' ');
  // ASCII text has nothing to fold: skip the NFKD pass (most of a KB's words, every update).
  const folded = NON_ASCII.test(stripped) ? stripped.normalize('NFKD').replace(COMBINING_MARKS, '') : stripped;
  return splitWords(folded.toLowerCase());
}

/**
 * The runs of letters and digits (Unicode \p{L} and \p{N}) of 2–40 units. A scan with a table per
 * UTF-16 unit: the same words as splitting on /[^\p{L}\p{N}]+/u, three times as fast, and every
 * snippet of a hub batch goes through it.
 */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i <= text.length) {
    const width = i < text.length ? wordCharWidth(text, i) : 0;
    if (width > 0) {
      i += width;
      continue;
    }
    const length = i - start;
    if (length >= 2 && length <= 40) out.push(text.slice(start, i));
    i++;
    start = i;
  }
  return out;
}

/** How many UTF-16 units the letter or digit at i takes (2 for one outside the BMP), or 0. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  let kind = wordUnits[c];
  if (kind === 0) wordUnits[c] = kind = WORD_CHAR.test(text[i] as string) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

export const isStopword = (word: string, lang: KbLanguage) => stopwords[lang].has(word);

/** The stop words of a language (for telling a slip for one from a topic word). */
export const stopwordList = (lang: KbLanguage): ReadonlySet<string> => stopwords[lang];

/** Stems repeat endlessly across a KB; a bounded memo makes indexing 100k snippets affordable. */
const STEM_CACHE_LIMIT = 50_000;
const stemCache: Record<KbLanguage, Map<string, string>> = { en: new Map(), nl: new Map() };

export function stem(word: string, lang: KbLanguage): string {
  // Numbers and codes (30, kw, 200) stay as they are.
  if (/\d/.test(word)) return word;
  const cache = stemCache[lang];
  let out = cache.get(word);
  if (out === undefined) {
    out = stemmers[lang].stemWord(word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/** Index terms of a snippet's text in its own language, with counts. */
export function termCounts(text: string, lang: KbLanguage): Map<string, number> {
  return addTermCounts(new Map(), text, lang, 1);
}

/** Word → index term ('' for a stop word): one look-up per word while indexing. */
const indexTermCache: Record<KbLanguage, Map<string, string>> = { en: new Map(), nl: new Map() };

/** Adds `weight` per occurrence of each index term of `text` to `counts`; returns `counts`. */
export function addTermCounts(counts: Map<string, number>, text: string, lang: KbLanguage, weight: number): Map<string, number> {
  const cache = indexTermCache[lang];
  for (const w of words(text)) {
    let term = cache.get(w);
    if (term === undefined) {
      term = isStopword(w, lang) ? '' : stem(w, lang);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(w, term);
    }
    if (term) counts.set(term, (counts.get(term) ?? 0) + weight);
  }
  return counts;
}

/** A query word and the terms it may match (one per candidate language). */
export interface QueryWord {
  word: string;
  terms: string[];
}

/** Query words in the given language, or in both when the language is unknown. */
export function queryWords(text: string, langs: readonly KbLanguage[]): QueryWord[] {
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const w of words(text)) {
    if (seen.has(w) || langs.some((l) => isStopword(w, l))) continue;
    seen.add(w);
    out.push({ word: w, terms: [...new Set(langs.map((l) => stem(w, l)))] });
  }
  return out;
}

/** English or Dutch by stop-word votes; undefined when the text does not say clearly. */
export function guessLanguage(text: string): KbLanguage | undefined {
  let en = 0;
  let nl = 0;
  for (const w of words(text)) {
    if (stopwords.en.has(w)) en++;
    if (stopwords.nl.has(w)) nl++;
  }
  if (en + nl < 2) return undefined;
  if (en >= 2 * nl) return 'en';
  if (nl >= 2 * en) return 'nl';
  return undefined;
}

/**
 * Separable verb prefixes, longest first: the past participle puts "ge" after them
 * ("terug|ge|stuurd", "aan|ge|past").
 */
const SEPARABLE_PREFIXES = ['terug', 'achter', 'binnen', 'samen', 'tegen', 'door', 'over', 'voor', 'aan', 'mee', 'weg', 'neer', 'af', 'op', 'uit', 'in', 'om', 'toe', 'bij', 'na'];

/**
 * A Dutch verb root as written and its likely infinitives: Snowball does not bring "stuur" and
 * "sturen", "pas" and "passen", "verhuis" and "verhuizen" together.
 */
export function dutchInfinitives(root: string): string[] {
  const undoubled = root.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  const voiced = undoubled.replace(/f$/, 'v').replace(/s$/, 'z');
  return [...new Set([root, `${root}en`, `${root}${root.slice(-1)}en`, `${undoubled}en`, `${voiced}en`])];
}

/** Verb roots of a form without its prefix: "stuurd" → stuur, "bevestigden" → bevestig, "komen" as is. */
function verbRoots(core: string): string[] {
  const roots: string[] = [];
  const past = /^(.{3,}?)(?:den|ten|de|te)$/.exec(core);
  if (past?.[1]) roots.push(past[1]);
  if (core.length > 3 && /[dt]$/.test(core)) roots.push(core.slice(0, -1));
  const out = roots.flatMap(dutchInfinitives);
  if (core.endsWith('en')) out.push(core);
  return out;
}

/** Diminutive endings, Flemish -ske and -ke included. */
const DIMINUTIVES = ['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je', 'skes', 'ske', 'kes', 'ke'];

/** The nouns a diminutive may stand for: "pakketje" → pakket, "bonnetje" → bon, "pakske" → pakje. */
function diminutiveBases(word: string): string[] {
  const out: string[] = [];
  for (const suffix of DIMINUTIVES) {
    const base = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || base.length < 2) continue;
    out.push(base);
    if (suffix.startsWith('e')) out.push(base.replace(/([^aeiou])\1$/, '$1'));
    // Flemish "pakske", "boekske" say what standard Dutch says with "pakje", "boekje".
    if (suffix.startsWith('s') || suffix.startsWith('k')) out.push(`${base}je`);
  }
  return out;
}

/**
 * Other forms of a Dutch word that the stemmer does not bring together with it, as whole
 * words: a diminutive's noun ("bonnetje" → bon, "pakske" → pakje), a participle's or past
 * tense's infinitive ("aangepast" → aanpassen, "teruggestuurd" → terugsturen, "bevestigden" →
 * bevestigen). Candidates only: the caller keeps those the KB or the vocabulary knows.
 */
export function dutchBaseForms(word: string): string[] {
  const out = new Set(diminutiveBases(word));
  const prefix = SEPARABLE_PREFIXES.find((p) => word.startsWith(p) && word.length > p.length + 3) ?? '';
  const rest = word.slice(prefix.length);
  const core = rest.startsWith('ge') && rest.length > 4 ? rest.slice(2) : rest;
  for (const form of verbRoots(core)) out.add(prefix + form);
  if (prefix) for (const form of verbRoots(rest)) out.add(prefix + form);
  out.delete(word);
  return [...out];
}
