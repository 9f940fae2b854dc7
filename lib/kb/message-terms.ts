/**
 * What a customer's chat message asks, as query groups for the ranker: greetings and filler
 * dropped, phrases and paraphrases mapped onto the KB's concepts (synonyms.ts), typos
 * corrected against the KB's vocabulary and the concept dictionary. Content words the KB does
 * not know are kept as "unmatched information", so a question about something the KB does
 * not cover (a job, a wifi password) cannot look confident because one word hit.
 */
import { conceptTerms, correctToDictionary, findPhrases } from './synonyms';
import type { TermIndex } from './term-index';
import { EXPANSION_WEIGHTS, typoTerms, type WeightedTerm } from './term-expansion';
import { isStopword, stem, words } from './text-analysis';
import type { KbLanguage } from './types';
import { isWeakWord } from './weak-words';

/** One query word (or phrase) with the index terms it may match and the information it carries. */
export interface Group {
  word: string;
  terms: WeightedTerm[];
  info: number;
  boost: number;
}

/** A paraphrase is evidence, but less than the customer's own word. */
export const CONCEPT_WEIGHT = { word: 0.7, phrase: 0.9 } as const;
/** Information of a content word the KB does not know, as a share of the rarest word's. */
const UNKNOWN_INFO = 0.6;
/** Information of a generic chat word ("order", "today"), as a share of its idf. */
const WEAK_INFO = 0.3;

export const idf = (index: TermIndex, df: number) => Math.log(1 + (index.documentCount - df + 0.5) / (df + 0.5));
export const maxIdf = (index: TermIndex) => idf(index, 1);

/** A group's information: its rarest term's idf (how weakly it matched counts at scoring). */
export function groupInfo(index: TermIndex, terms: readonly WeightedTerm[]): number {
  let best = 0;
  for (const { term } of terms) best = Math.max(best, idf(index, index.frequency(term)));
  return best || maxIdf(index);
}

class TermSet {
  private readonly weights = new Map<string, number>();
  constructor(private readonly index: TermIndex) {}
  add(term: string, weight: number) {
    if (!this.index.frequency(term)) return;
    this.weights.set(term, Math.max(this.weights.get(term) ?? 0, weight));
  }
  get size() {
    return this.weights.size;
  }
  list(): WeightedTerm[] {
    return [...this.weights].map(([term, weight]) => ({ term, weight }));
  }
}

/** Index terms for one word of a message: itself, its concepts, or a corrected spelling. */
function wordTerms(index: TermIndex, word: string, lang: KbLanguage, allowTypos: boolean): WeightedTerm[] {
  const set = new TermSet(index);
  const own = stem(word, lang);
  set.add(own, EXPANSION_WEIGHTS.exact);
  for (const t of conceptTerms(own, lang)) set.add(t, CONCEPT_WEIGHT.word);
  if (set.size || !allowTypos) return set.list();
  const corrected = correctToDictionary(word, lang);
  if (corrected) {
    const s = stem(corrected, lang);
    set.add(s, EXPANSION_WEIGHTS.typo);
    for (const t of conceptTerms(s, lang)) set.add(t, EXPANSION_WEIGHTS.typo * CONCEPT_WEIGHT.word);
  }
  if (!set.size && word.length >= 5) for (const t of typoTerms(index.terms(), own)) set.add(t, EXPANSION_WEIGHTS.typo);
  return set.list();
}

const isCode = (word: string) => /\d/.test(word);
/** "doesn’t" and "doesn't" → "doesnt": one chat word, not "doesn" + "t". */
const joinContractions = (text: string) => text.replace(/(\p{L})['’‘`](\p{L})/gu, '$1$2');

/**
 * Groups for one message in one language. Unknown content words come back as groups with no
 * terms: they count towards the message's information but can never match.
 */
export function messageGroups(index: TermIndex, text: string, lang: KbLanguage, boost: number, allowTypos: boolean): Group[] {
  const raw = words(joinContractions(text));
  const groups: Group[] = [];
  const consumed = new Set<number>();
  for (const p of findPhrases(raw, lang)) {
    const set = new TermSet(index);
    for (const t of p.terms) set.add(t, CONCEPT_WEIGHT.phrase);
    if (!set.size) continue;
    for (const pos of p.positions) consumed.add(pos);
    const terms = set.list();
    groups.push({ word: p.phrase, terms, info: groupInfo(index, terms), boost });
  }
  const seen = new Set<string>();
  raw.forEach((word, pos) => {
    if (consumed.has(pos) || seen.has(word) || isStopword(word, lang) || isCode(word)) return;
    seen.add(word);
    const terms = wordTerms(index, word, lang, allowTypos);
    const weak = isWeakWord(word, lang) ? WEAK_INFO : 1;
    // An unknown generic word ("yesterday", "slecht") is chat, not a topic the KB lacks.
    const unknownInfo = weak === 1 && word.length >= 3 ? UNKNOWN_INFO * maxIdf(index) : 0;
    const info = terms.length ? groupInfo(index, terms) * weak : unknownInfo;
    if (info > 0) groups.push({ word, terms, info, boost });
  });
  return groups;
}
