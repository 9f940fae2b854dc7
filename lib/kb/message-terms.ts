/**
 * What a customer's chat message asks, as query groups for the ranker: greetings and filler
 * dropped, phrases and paraphrases mapped onto the KB's concepts (synonyms.ts), typos
 * corrected against the KB's vocabulary and the concept dictionary. Content words the KB does
 * not know are kept as "unmatched information", so a question about something the KB does
 * not cover (a job, a wifi password) cannot look confident because one word hit.
 */
import { conceptTerms, correctToDictionary, findPhrases, isQuestionFrame, startsPhrase } from './synonyms';
import type { TermIndex } from './term-index';
import { EXPANSION_WEIGHTS, typoTerms, type WeightedTerm } from './term-expansion';
import { dutchBaseForms, dutchInfinitives, isStopword, stem, words } from './text-analysis';
import type { KbLanguage } from './types';
import { genericPhrasePositions, isWeakWord, isWeakWordTypo } from './weak-words';

/** One query word (or phrase) with the index terms it may match and the information it carries. */
export interface Group {
  word: string;
  terms: WeightedTerm[];
  info: number;
  boost: number;
}

/** A paraphrase is evidence, but less than the customer's own word. */
export const CONCEPT_WEIGHT = { word: 0.75, phrase: 0.9 } as const;
/**
 * Information of a content word the KB does not know, as a share of the rarest word's: as
 * much, since chat's generic words are in weak-words.ts, an unknown word is most often the
 * very topic the KB lacks ("ice maker", "personeel").
 */
const UNKNOWN_INFO = 1;
/** Postings a word's paraphrases may bring into scoring (see TermSet.list()). */
const EXPANSION_POSTINGS = 1_000;
/** A known word's evidence when an unknown content word stands right beside it. */
const QUALIFIED_WEIGHT = 0.6;
/**
 * A slip corrected to a word of the customer-service dictionary ("garrantie" → garantie): the
 * dictionary is small and on topic, so the correction is surer than a near-miss in the KB's
 * whole vocabulary (EXPANSION_WEIGHTS.typo).
 */
const DICTIONARY_TYPO_WEIGHT = 0.7;
/** Another form of the customer's word (a diminutive's noun, a participle's verb): almost their own. */
const MORPHOLOGY_WEIGHT = 0.9;
/** Information of a generic chat word ("order", "today"), as a share of its idf. */
const WEAK_INFO = 0.3;

export const idf = (index: Pick<TermIndex, 'documentCount'>, df: number) => Math.log(1 + (index.documentCount - df + 0.5) / (df + 0.5));
export const maxIdf = (index: Pick<TermIndex, 'documentCount'>) => idf(index, 1);

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
  /**
   * The terms: the customer's own words, then paraphrases rarest first while their postings
   * fit EXPANSION_POSTINGS. In a big KB a concept's common words cost long postings rows to
   * score and say little about which snippet answers; a small KB keeps every paraphrase.
   */
  list(): WeightedTerm[] {
    const out: WeightedTerm[] = [];
    const expansions: WeightedTerm[] = [];
    for (const [term, weight] of this.weights) (weight >= 1 ? out : expansions).push({ term, weight });
    let budget = EXPANSION_POSTINGS;
    for (const t of expansions.sort((a, b) => this.index.frequency(a.term) - this.index.frequency(b.term))) {
      budget -= this.index.frequency(t.term);
      if (budget < 0) break;
      out.push(t);
    }
    return out;
  }
}

/** Index terms for one word of a message: itself, its concepts, or a corrected spelling. */
function wordTerms(index: TermIndex, word: string, lang: KbLanguage, allowTypos: boolean): WeightedTerm[] {
  const set = new TermSet(index);
  const own = stem(word, lang);
  set.add(own, EXPANSION_WEIGHTS.exact);
  for (const t of conceptTerms(own, lang)) set.add(t, CONCEPT_WEIGHT.word);
  if (set.size) return set.list();
  if (lang === 'nl') {
    for (const form of dutchBaseForms(word)) {
      const s = stem(form, lang);
      set.add(s, MORPHOLOGY_WEIGHT);
      for (const t of conceptTerms(s, lang)) set.add(t, CONCEPT_WEIGHT.word);
    }
    if (set.size) return set.list();
    for (const t of compoundTerms(index, word)) set.add(t.term, t.weight);
  }
  if (set.size || !allowTypos) return set.list();
  const corrected = correctToDictionary(word, lang);
  if (corrected) {
    const s = stem(corrected, lang);
    set.add(s, DICTIONARY_TYPO_WEIGHT);
    for (const t of conceptTerms(s, lang)) set.add(t, DICTIONARY_TYPO_WEIGHT * CONCEPT_WEIGHT.word);
  }
  if (!set.size && word.length >= 5) for (const t of typoTerms(index.terms(), own)) set.add(t, EXPANSION_WEIGHTS.typo);
  return set.list();
}

/**
 * How much an unknown word counts in a sentence beside the message's question: "Need it for my
 * home insurance" tells why the customer asks, the question says what they ask; the KB not
 * knowing "insurance" says less about whether it can answer than not knowing "wattage" in
 * "What's the wattage of the kettle?" does.
 */
const CONTEXT_SHARE = 0.5;

/**
 * The clauses (numbered as messageWords() numbers them, from the marks that end them) of the
 * sentences that are not questions, when the message asks one: "Where is the receipt for my
 * purchase? Need it for my insurance".
 */
function clausesBesideQuestion(marks: readonly string[]): Set<number> {
  const sentenceOf: number[] = [];
  const questions = new Set<number>();
  let sentence = 0;
  for (let ci = 0; ci <= marks.length; ci++) {
    sentenceOf.push(sentence);
    const mark = marks[ci] ?? '';
    if (mark.includes('?')) questions.add(sentence);
    if (/[.!?]/.test(mark)) sentence++;
  }
  const out = new Set<number>();
  if (!questions.size) return out;
  sentenceOf.forEach((s, ci) => {
    if (!questions.has(s)) out.add(ci);
  });
  return out;
}

/**
 * Known words in a sentence beside the question count CONTEXT_SHARE too, when the question has
 * a topic of its own: in "I'm a journalist writing about the KW-200 recall. Can I speak to your
 * press office?" the recall is why they ask, not what. A question without one ("What do I do
 * with it?") leaves the sentence beside it as the topic.
 */
function weighContext(groups: readonly Group[], at: ReadonlyMap<Group, readonly number[]>, topical: ReadonlySet<Group>, inContext: (pos: number) => boolean) {
  const positions = (g: Group) => at.get(g) ?? [];
  const asksTopic = groups.some((g) => g.terms.length && topical.has(g) && positions(g).some((pos) => !inContext(pos)));
  if (!asksTopic) return;
  for (const g of groups) if (g.terms.length && positions(g).every(inContext)) g.info *= CONTEXT_SHARE;
}

/** Words that open a condition or a reason: "if it breaks after 18 months", "omdat mijn tante de kleur niet mooi vindt". */
const SUBORDINATORS: Record<KbLanguage, ReadonlySet<string>> = {
  en: new Set(['if', 'because', 'since']),
  nl: new Set(['als', 'omdat', 'want', 'aangezien', 'indien']),
};
/** A word after one of them in its clause: the customer's circumstances, counted like a sentence beside the question. */
function afterConjunction(raw: readonly string[], clauses: readonly number[], pos: number, lang: KbLanguage): boolean {
  for (let k = pos - 1; k >= 0 && clauses[k] === clauses[pos]; k--) if (SUBORDINATORS[lang].has(raw[k] as string)) return true;
  return false;
}

/** Shortest part of a split compound that may stand for a word of its own. */
const MIN_PART = 4;

/** A part's own index terms and concept terms ("bezorg" → bezorg, bezorging, levering…). */
function partTerms(index: TermIndex, part: string): string[] {
  const s = stem(part, 'nl');
  return [s, ...conceptTerms(s, 'nl')].filter((t) => index.frequency(t) > 0);
}

/**
 * Dutch writes compounds as one word ("bezorgmoment", "bankrekening", "retourlabel"): when the
 * whole word is unknown, the split whose parts the KB knows best stands for it, each part as a
 * paraphrase. A linking -s- or -e(n)- between the parts is dropped ("verzendingskosten").
 */
function compoundTerms(index: TermIndex, word: string): WeightedTerm[] {
  if (word.length < 2 * MIN_PART) return [];
  let best: string[] = [];
  let bestKnown = 0;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const right = word.slice(i);
    for (const left of [word.slice(0, i), word.slice(0, i).replace(/(?:s|en|e)$/, '')]) {
      if (left.length < MIN_PART) continue;
      const l = isStopword(left, 'nl') ? [] : partTerms(index, left);
      const r = isStopword(right, 'nl') ? [] : partTerms(index, right);
      // Only a split into two parts the KB knows: one known part alone is too often a
      // different word ("persoonsgegevens" is not about account "gegevens").
      if (!l.length || !r.length) continue;
      const score = right.length + left.length;
      if (score > bestKnown) {
        bestKnown = score;
        best = [...l, ...r];
      }
    }
  }
  return [...new Set(best)].map((term) => ({ term, weight: CONCEPT_WEIGHT.word }));
}

/**
 * Verb particles that end a clause: Dutch splits "opzeggen" into "ik zeg mijn abonnement op",
 * English puts the object inside "send the shoes back".
 */
const CLAUSE_PARTICLES: Record<KbLanguage, ReadonlySet<string>> = {
  en: new Set(['back', 'off', 'up', 'out', 'down', 'in', 'on', 'over', 'away']),
  nl: new Set(['op', 'af', 'aan', 'uit', 'terug', 'mee', 'in', 'om', 'door', 'over', 'weg', 'bij', 'toe', 'binnen']),
};
const CLAUSE_END = /[.,;:!?]+/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');
/** Chat and Flemish spellings of words the vocabulary's phrases are written with ("nog nie binnen"). */
const CHAT_SPELLINGS: Record<KbLanguage, Readonly<Record<string, string>>> = {
  en: { nothin: 'nothing', havnt: 'havent', nt: 'not' },
  nl: { nie: 'niet', ni: 'niet', nx: 'niks', mn: 'mijn', zn: 'zijn', da: 'dat', wa: 'wat', ff: 'even' },
};

/**
 * The message's words, a clause-final particle joined to its verb when the result is a word
 * (nl: "zeg … op" → "opzeg") or starts a phrase (en: "send … back" → "send back …") the KB or
 * the concept dictionary knows.
 */
function messageWords(index: TermIndex, text: string, lang: KbLanguage): { raw: string[]; clauses: number[]; contextClauses: Set<number> } {
  const out: string[] = [];
  const clauses: number[] = [];
  const joined = joinContractions(text);
  joined.split(CLAUSE_END).forEach((clause, ci) => {
    const ws = words(clause).map((w) => CHAT_SPELLINGS[lang][w] ?? w);
    const particle = ws[ws.length - 1];
    if (ws.length > 2 && particle && CLAUSE_PARTICLES[lang].has(particle)) {
      for (let i = 0; i < ws.length - 2; i++) {
        const verb = ws[i] as string;
        if (isStopword(verb, lang)) continue;
        const joined = lang === 'nl' ? dutchVerbForms(verb).map((v) => particle + v).find((w) => knownWord(index, w, lang)) : undefined;
        if (joined) {
          ws.splice(ws.length - 1, 1);
          ws[i] = joined;
          break;
        }
        if (lang === 'en' && startsPhrase(verb, particle, lang)) {
          ws.splice(ws.length - 1, 1);
          ws.splice(i + 1, 0, particle);
          break;
        }
      }
    }
    out.push(...ws);
    for (const _ of ws) clauses.push(ci);
  });
  return { raw: out, clauses, contextClauses: clausesBesideQuestion(joined.match(CLAUSE_ENDS) ?? []) };
}

/** A clause's verb as written ("zeg", "zegt", "stuurt") and its likely infinitives. */
const dutchVerbForms = (verb: string) => [...new Set([verb, ...dutchInfinitives(verb.length > 3 && verb.endsWith('t') ? verb.slice(0, -1) : verb)])];

/** Whether the KB or the concept dictionary knows a word as written. */
function knownWord(index: TermIndex, word: string, lang: KbLanguage): boolean {
  const s = stem(word, lang);
  return index.frequency(s) > 0 || conceptTerms(s, lang).length > 0;
}

const isCode = (word: string) => /\d/.test(word);
/** "doesn’t" and "doesn't" → "doesnt": one chat word, not "doesn" + "t". */
const joinContractions = (text: string) => text.replace(/(\p{L})['’‘`](\p{L})/gu, '$1$2');

/**
 * Groups for one message in one language. Unknown content words come back as groups with no
 * terms: they count towards the message's information but can never match.
 */
export function messageGroups(index: TermIndex, text: string, lang: KbLanguage, boost: number, allowTypos: boolean): Group[] {
  const { raw, clauses, contextClauses } = messageWords(index, text, lang);
  const inContext = (pos: number) => contextClauses.has(clauses[pos] ?? -1);
  const groups: Group[] = [];
  const at = new Map<Group, number[]>();
  /** Groups of words that name a topic (not chat, not a question's frame). */
  const topical = new Set<Group>();
  const generic = genericPhrasePositions(raw, lang);
  const consumed = new Set(generic);
  for (const p of findPhrases(raw, lang, clauses)) {
    if (p.positions.some((pos) => generic.has(pos))) continue;
    const set = new TermSet(index);
    for (const t of p.terms) set.add(t, CONCEPT_WEIGHT.phrase);
    if (!set.size) continue;
    for (const pos of p.positions) consumed.add(pos);
    const terms = set.list();
    const frame = isQuestionFrame(p.phrase, lang);
    const g = { word: p.phrase, terms, info: groupInfo(index, terms) * (frame ? WEAK_INFO : 1), boost };
    groups.push(g);
    at.set(g, p.positions);
    // "where is", "how much": a phrase of stop words frames a question more than it names a topic.
    if (!frame && p.positions.some((pos) => !isStopword(raw[pos] as string, lang))) topical.add(g);
  }
  const seen = new Set<string>();
  const unknownAt = new Set<number>();
  raw.forEach((word, pos) => {
    if (consumed.has(pos) || seen.has(word) || isStopword(word, lang) || isCode(word)) return;
    seen.add(word);
    const generic = isWeakWord(word, lang);
    // A generic word is spelt right ("black" is not a slip for "back").
    const terms = wordTerms(index, word, lang, allowTypos && !generic);
    const weak = generic || isQuestionFrame(word, lang) ? WEAK_INFO : 1;
    // An unknown generic word ("yesterday", "slecht") is chat, not a topic the KB lacks.
    const unknownInfo = () => {
      if (weak !== 1 || word.length < 3 || isWeakWordTypo(word, lang)) return 0;
      const context = inContext(pos) || afterConjunction(raw, clauses, pos, lang);
      return UNKNOWN_INFO * maxIdf(index) * (context ? CONTEXT_SHARE : 1);
    };
    const info = terms.length ? groupInfo(index, terms) * weak : unknownInfo();
    if (info <= 0) return;
    const g = { word, terms, info, boost };
    groups.push(g);
    at.set(g, [pos]);
    if (!terms.length) unknownAt.add(pos);
    if (weak === 1) topical.add(g);
  });
  weighContext(groups, at, topical, inContext);
  // "the wifi password", "plastic packaging", "wasmachine energiezuinig": a word the KB knows,
  // qualified by one right beside it that the KB does not, is about something else. A phrase
  // ("niet meer in mijn account") already says what it is about.
  for (const g of groups) {
    const positions = at.get(g) ?? [];
    if (g.terms.length && positions.length === 1 && positions.some((pos) => unknownAt.has(pos - 1) || unknownAt.has(pos + 1))) {
      g.terms = g.terms.map((t) => ({ term: t.term, weight: t.weight * QUALIFIED_WEIGHT }));
    }
  }
  return groups;
}
