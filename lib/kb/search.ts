/**
 * Ranked knowledge-base search (BM25 over title/tags/body with field boosts) and suggestions
 * from the customer's recent messages. Runs in the background worker on the IndexedDB-backed
 * term index; returns nothing rather than something weak ("nothing confident" is an answer).
 *
 * - search(): what the agent types: prefix matching on every word, typo tolerance.
 * - suggest(): the customer's last messages; only a few key terms (the rarest words the KB
 *   knows) are queried, which is both faster and less noisy than the raw message.
 *
 * @example
 * const hits = await search(kb, 'refund klarna', { lang: 'en', limit: 5 });
 * const ideas = await suggest(kb, ['My kettle is leaking', 'order NW-51877'], { lang: 'en' });
 */
import type { PostingsRecord } from './db';
import type { KbStore } from './store';
import type { DocumentHead, TermIndex } from './term-index';
import { type Group, groupInfo, idf, maxIdf, messageGroups } from './message-terms';
import { EXPANSION_WEIGHTS, prefixTerms, typoTerms, type WeightedTerm } from './term-expansion';
import { addTermCounts, guessLanguage, LANGUAGES, type QueryWord, queryWords } from './text-analysis';
import type { KbHit, KbLanguage } from './types';

export interface SearchOptions {
  lang?: KbLanguage;
  limit?: number;
  /** Hits below this confidence (0..1) are dropped. */
  minConfidence?: number;
}

const BM25 = { k1: 1.2, b: 0.75 } as const;
export const DEFAULT_LIMIT = 5;
export const SEARCH_MIN_CONFIDENCE = 0.25;
export const SUGGEST_MIN_CONFIDENCE = 0.45;
/**
 * Confidence = strength × (1 − c + c × coverage). Strength: matched information against one
 * very rare word's worth (max idf). Coverage: share of the query's information matched. A typed
 * query is all intent, so coverage counts more; a chat message is mostly not about the KB.
 */
const COVERAGE_WEIGHT = { search: 0.6, suggest: 1 } as const;
/** Matched information that counts as a full-strength match, as a share of one very rare word's. */
const STRONG_SHARE = { search: 1, suggest: 0.75 } as const;
/** Hits ranking below this share of the best hit (score × confidence) are noise next to it. */
const RELATIVE_CUTOFF = { search: 0.3, suggest: 0.3 } as const;
/** How much each older message counts (newest first). */
const RECENCY = [1, 0.75, 0.5] as const;
const MAX_GROUPS = 30;

function expand(index: TermIndex, qw: QueryWord, opts: { prefix: boolean; typos: boolean }): WeightedTerm[] {
  const out = new Map<string, number>();
  const add = (term: string, weight: number) => out.set(term, Math.max(out.get(term) ?? 0, weight));
  for (const t of qw.terms) if (index.frequency(t)) add(t, EXPANSION_WEIGHTS.exact);
  const sorted = index.terms();
  const df = (t: string) => index.frequency(t);
  if (opts.prefix && qw.word.length >= 3) {
    for (const t of prefixTerms(sorted, qw.word, df)) add(t, EXPANSION_WEIGHTS.prefix);
  }
  if (opts.typos && out.size === 0) {
    // The stem as well as the word: the index holds stems, and "delivry" is two edits from
    // "deliveri" but one from its own stem "delivri".
    const near = new Set<string>();
    for (const w of new Set([qw.word, ...qw.terms])) for (const t of typoTerms(sorted, w)) near.add(t);
    // A single word within reach is the one the agent meant ("refnd": refund), and counts as a
    // prefix does; with several, each is a guess. (A common word's guess alone stayed below
    // the search threshold: "refnd" found nothing.)
    const weight = near.size === 1 ? EXPANSION_WEIGHTS.prefix : EXPANSION_WEIGHTS.typo;
    for (const t of near) add(t, weight);
  }
  return [...out].map(([term, weight]) => ({ term, weight }));
}

/**
 * Per-document accumulators, reused across queries (allocated once per index size instead of
 * a Map entry per matching posting): the scoring loop is synchronous, so no two queries share
 * them at once, and every entry it sets is reset to 0 before it returns.
 */
interface Scratch {
  groupScore: Float64Array;
  groupWeight: Float64Array;
  score: Float64Array;
  covered: Float64Array;
  /** Information of the groups that matched (however weakly): coverage's denominator. */
  matchedInfo: Float64Array;
  mask: Uint32Array;
  groupDocs: Uint32Array;
  /** The documents any group matched, in first-match order (ties keep it). */
  docs: Uint32Array;
}
let scratch: Scratch | undefined;
function scratchFor(capacity: number): Scratch {
  if (!scratch || scratch.mask.length < capacity) {
    const size = Math.max(1024, Math.ceil(capacity * 1.25));
    scratch = { groupScore: new Float64Array(size), groupWeight: new Float64Array(size), score: new Float64Array(size), covered: new Float64Array(size), matchedInfo: new Float64Array(size), mask: new Uint32Array(size), groupDocs: new Uint32Array(size), docs: new Uint32Array(size) };
  }
  return scratch;
}

/**
 * Per-document tables the scoring loop reads for every posting, computed once per index
 * revision, not per posting scored (tens of thousands for a chat message in a large KB):
 * - norms: BM25's length normalisation, k1 × (1 − b + b × length / average length);
 * - languageBits: 1 << the language's place in LANGUAGES (0 for a freed number), so the
 *   language filter is a bit test instead of a call per posting.
 */
interface DocumentTables {
  norms: Float64Array;
  languageBits: Uint8Array;
}
let tables: { index: TermIndex; revision: number; tables: DocumentTables } | undefined;
function documentTables(index: TermIndex): DocumentTables {
  if (tables?.index !== index || tables.revision !== index.revision) {
    const avg = index.averageLength || 1;
    const norms = new Float64Array(index.capacity);
    const languageBits = new Uint8Array(index.capacity);
    for (let doc = 0; doc < norms.length; doc++) {
      norms[doc] = BM25.k1 * (1 - BM25.b + (BM25.b * index.documentLength(doc)) / avg);
      languageBits[doc] = languageBit(index.documentLanguage(doc));
    }
    tables = { index, revision: index.revision, tables: { norms, languageBits } };
  }
  return tables.tables;
}

function languageBit(lang: KbLanguage | undefined): number {
  const at = lang === undefined ? -1 : LANGUAGES.indexOf(lang);
  return at < 0 ? 0 : 1 << at;
}

/**
 * Each further unmatched content word counts for this share of the one before it (suggest):
 * a question the KB cannot answer has one or two topic words it lacks, while a chatty message
 * that the KB does answer has many everyday words it lacks ("my sister", "the market").
 */
export const UNKNOWN_DECAY = 0.3;

/** How much a word counts that the KB knows but a snippet does not match (see rank()). */
export const OTHER_TOPIC_SHARE = { search: 1, suggest: 0.5 } as const;

/** The information of the words the KB knows and of those it does not (decayed, suggest). */
function messageInformation(groups: readonly Group[], mode: keyof typeof COVERAGE_WEIGHT): { known: number; unknown: number } {
  let known = 0;
  let unknown = 0;
  let unknownWeight = 1;
  for (const g of groups) {
    const info = g.info * g.boost;
    if (g.terms.length) known += info;
    else if (mode === 'search') unknown += info;
    else {
      unknown += info * unknownWeight;
      unknownWeight *= UNKNOWN_DECAY;
    }
  }
  return { known, unknown };
}

/** A confident hit before its snippet is looked up. */
interface Ranked {
  doc: number;
  score: number;
  confidence: number;
  /** Bit gi set: group gi matched. */
  mask: number;
  /** Evidence × confidence: what hits are ordered by. */
  key: number;
}

/**
 * A query's confidence function: strength (covered information against one very rare word's
 * worth) × (1 − c + c × coverage), where coverage is covered against the query's information
 * (words the KB knows but this snippet does not match: another snippet's topic more than a
 * sign that the question is off-topic, so they count for less than unknown words).
 */
export function confidenceFor(index: Pick<TermIndex, 'documentCount'>, used: readonly Group[], mode: keyof typeof COVERAGE_WEIGHT): (covered: number, matched: number) => number {
  const c = COVERAGE_WEIGHT[mode];
  const { known, unknown } = messageInformation(used, mode);
  const strong = STRONG_SHARE[mode] * maxIdf(index);
  const share = OTHER_TOPIC_SHARE[mode];
  return (covered, matched) => {
    const total = unknown + matched + share * Math.max(0, known - matched);
    return Math.min(1, covered / strong) * (1 - c + (c * covered) / total);
  };
}

/**
 * The first group from which a document not matched before can no longer reach minConfidence:
 * what it can still cover is at most the information × best term weight of that group and
 * every later one (covered ≤ matched, as no term weighs over 1), and confidence grows with
 * covered information even when it is all matched. used.length when every group can still
 * bring one in.
 */
export function firstHopelessGroup(used: readonly Group[], confidence: (covered: number, matched: number) => number, minConfidence: number): number {
  const coverable = new Float64Array(used.length + 1);
  for (let gi = used.length - 1; gi >= 0; gi--) {
    const g = used[gi] as Group;
    let best = 0;
    for (const t of g.terms) best = Math.max(best, t.weight);
    if (best > 1) return used.length;
    coverable[gi] = (coverable[gi + 1] as number) + g.info * g.boost * best;
  }
  let gi = used.length;
  // The slack keeps float rounding (sums in another order) on the safe side.
  while (gi > 0 && confidence(coverable[gi - 1] as number, coverable[gi - 1] as number) < minConfidence * (1 - 1e-9)) gi--;
  return gi;
}

/**
 * A query's terms as flat arrays in group order, for scoreGroups(): its loops then read no Group
 * or term object. Those come in several V8 shapes (an unknown word's empty term list, weights
 * of 1 and 0.8), and each new shape deoptimised the scoring loop while it was still warming up:
 * the slowest suggestions after a worker start.
 */
interface ScoringPlan {
  groups: number;
  /** Group gi's terms are [groupEnd[gi − 1], groupEnd[gi]); only terms the KB has. */
  groupEnd: Uint32Array;
  rows: PostingsRecord[];
  /** The term's weight in its group. */
  weight: Float64Array;
  /** Weight × the group's boost × the term's idf. */
  factor: Float64Array;
  /** The group's information × its boost. */
  info: Float64Array;
}

function scoringPlan(index: TermIndex, used: readonly Group[], postings: ReadonlyMap<string, PostingsRecord>): ScoringPlan {
  let termCount = 0;
  for (const g of used) termCount += g.terms.length;
  const plan: ScoringPlan = { groups: used.length, groupEnd: new Uint32Array(used.length), rows: [], weight: new Float64Array(termCount), factor: new Float64Array(termCount), info: new Float64Array(used.length) };
  let t = 0;
  used.forEach((g, gi) => {
    for (const { term, weight } of g.terms) {
      const row = postings.get(term);
      if (!row) continue;
      plan.rows.push(row);
      plan.weight[t] = weight;
      plan.factor[t] = weight * g.boost * idf(index, row.docs.length);
      t++;
    }
    plan.groupEnd[gi] = t;
    plan.info[gi] = g.info * g.boost;
  });
  return plan;
}

/**
 * Scores every document that matches a group into the scratch arrays (BM25 per term, a
 * group's best term per document); returns how many documents matched, listed in
 * scratch.docs in first-match order.
 *
 * A document first met in a group at or after `hopelessFrom` can never be confident enough
 * (see firstHopelessGroup()), so it is not scored: the common words at the end of a long
 * message then only add to documents already in the running instead of bringing in thousands
 * that bestConfident() would drop. Same hits.
 */
function scoreGroups(index: TermIndex, plan: ScoringPlan, langs: readonly KbLanguage[], hopelessFrom: number): number {
  const { norms, languageBits } = documentTables(index);
  const { groupScore, groupWeight, score, covered, matchedInfo, mask, groupDocs, docs } = scratchFor(index.capacity);
  const { groupEnd, rows, weight: weights, factor: factors, info: infos } = plan;
  let wanted = 0;
  for (const lang of langs) wanted |= languageBit(lang);
  let count = 0;
  let t = 0;
  for (let gi = 0; gi < plan.groups; gi++) {
    const onlyAlreadyMatched = gi >= hopelessFrom;
    let groupCount = 0;
    for (const end = groupEnd[gi] as number; t < end; t++) {
      const row = rows[t] as PostingsRecord;
      const weight = weights[t] as number;
      const factor = factors[t] as number;
      for (let j = 0; j < row.docs.length; j++) {
        const doc = row.docs[j] as number;
        if (((languageBits[doc] as number) & wanted) === 0) continue;
        const tf = row.weights[j] as number;
        const norm = tf + (norms[doc] as number);
        const s = factor * ((tf * (BM25.k1 + 1)) / norm);
        const prev = groupScore[doc] as number;
        // Scores are > 0, so 0 means "not matched by this group yet".
        if (prev === 0) {
          if (onlyAlreadyMatched && mask[doc] === 0) continue;
          groupDocs[groupCount++] = doc;
        }
        if (prev < s) {
          groupScore[doc] = s;
          if (weight > (groupWeight[doc] as number)) groupWeight[doc] = weight;
        }
      }
    }
    const info = infos[gi] as number;
    const bit = 1 << gi;
    for (let k = 0; k < groupCount; k++) {
      const doc = groupDocs[k] as number;
      if (mask[doc] === 0) docs[count++] = doc;
      score[doc] = (score[doc] as number) + (groupScore[doc] as number);
      covered[doc] = (covered[doc] as number) + (groupWeight[doc] as number) * info;
      matchedInfo[doc] = (matchedInfo[doc] as number) + info;
      mask[doc] = (mask[doc] as number) | bit;
      groupScore[doc] = 0;
      groupWeight[doc] = 0;
    }
  }
  return count;
}

/**
 * The `limit` best confident documents of the scored ones, best first by evidence × confidence
 * (a snippet that scores on a side word of a long message must not outrank one that covers
 * what the message is about), equal keys in first-match order; those below RELATIVE_CUTOFF of
 * the best left out. Kept as it goes, not by sorting every confident document (thousands for a
 * common word). Resets the scratch arrays.
 */
function bestConfident(index: TermIndex, confidenceOf: (covered: number, matched: number) => number, count: number, relativeCutoff: number, minConfidence: number, limit: number): Ranked[] {
  const { score, covered, matchedInfo, mask, docs } = scratchFor(index.capacity);
  const best: Ranked[] = [];
  for (let k = 0; k < count; k++) {
    const doc = docs[k] as number;
    const docScore = score[doc] as number;
    const docCovered = covered[doc] as number;
    const matched = matchedInfo[doc] as number;
    const docMask = mask[doc] as number;
    score[doc] = 0;
    covered[doc] = 0;
    matchedInfo[doc] = 0;
    mask[doc] = 0;
    const confidence = confidenceOf(docCovered, matched);
    if (confidence < minConfidence) continue;
    const key = docScore * confidence;
    if (best.length >= limit && !(key > (best[best.length - 1] as Ranked).key)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as Ranked).key < key) at--;
    best.splice(at, 0, { doc, score: docScore, confidence, mask: docMask, key });
    if (best.length > limit) best.pop();
  }
  const cutoff = (best[0]?.key ?? 0) * relativeCutoff;
  return best.filter((h) => h.key >= cutoff);
}

/** Scores every document that matches a group; returns the confident hits, best first. */
async function rank(kb: KbStore, groups: Group[], langs: readonly KbLanguage[], opts: SearchOptions, mode: keyof typeof COVERAGE_WEIGHT): Promise<KbHit[]> {
  const minConfidence = opts.minConfidence ?? (mode === 'search' ? SEARCH_MIN_CONFIDENCE : SUGGEST_MIN_CONFIDENCE);
  const { index } = kb;
  const used = groups.slice(0, MAX_GROUPS);
  if (!used.length || !index.documentCount) return [];
  const rows = new Map((await index.postings(used.flatMap((g) => g.terms.map((t) => t.term)))).map((r) => [r.term, r]));
  // Synchronous from scoring to selection: no other query can use the scratch arrays between.
  const confidenceOf = confidenceFor(index, used, mode);
  const count = scoreGroups(index, scoringPlan(index, used, rows), langs, firstHopelessGroup(used, confidenceOf, minConfidence));
  // The mode's constants are read here, not in the loops: a keyed read whose key changes
  // between searches and suggestions made V8 drop the optimised bestConfident() each time.
  const top = bestConfident(index, confidenceOf, count, RELATIVE_CUTOFF[mode], minConfidence, opts.limit ?? DEFAULT_LIMIT);
  const shown = await hitHeads(kb, top.map((h) => h.doc));
  const hits: KbHit[] = [];
  const titles = new Set<string>();
  top.forEach((h, i) => {
    const s = shown[i];
    if (!s || titles.has(`${s.language}:${s.title}`)) return;
    const groupsHit = used.filter((_, gi) => h.mask & (1 << gi));
    const confidence = mode === 'suggest' ? h.confidence * aboutness(s, groupsHit) : h.confidence;
    if (confidence < minConfidence) return;
    titles.add(`${s.language}:${s.title}`);
    hits.push({ snippetId: s.id, title: s.title, language: s.language, score: round(h.score), confidence: round(confidence), matched: groupsHit.map((g) => g.word) });
  });
  return hits;
}

/** What a hit shows of its snippet, and what suggest() weighs as its topic. */
interface HitHead extends DocumentHead {
  id: string;
  language: KbLanguage;
}

/**
 * The heads of these documents from the index, which keeps them in memory: reading snippets
 * from IndexedDB was most of a search's time in Chromium, and nearly all of its slowest 5%.
 * Only a document the index has no head for (indexed before it kept them) is read.
 */
async function hitHeads(kb: KbStore, docs: readonly number[]): Promise<Array<HitHead | undefined>> {
  const { index } = kb;
  const heads = docs.map((doc): HitHead | undefined => {
    const head = index.documentHead(doc);
    const id = index.documentId(doc);
    const language = index.documentLanguage(doc);
    return head && id !== undefined && language ? { ...head, id, language } : undefined;
  });
  const unknown = docs.filter((_, i) => !heads[i]);
  if (!unknown.length) return heads;
  const read = await kb.snippets(unknown.map((doc) => index.documentId(doc) ?? ''));
  let next = 0;
  return heads.map((head) => {
    if (head) return head;
    const s = read[next++];
    return s && { id: s.id, title: s.title, language: s.language, tagText: s.tags.join(' ') };
  });
}

/**
 * A snippet is about what its title and tags say; its body adds details. A chat message that
 * matches a snippet only through its body ("your warehouse", "a code") is rarely the question
 * that snippet answers, so that share of the match counts for less (suggest only).
 */
export const BODY_ONLY_DISCOUNT = 0.5;
const TOPIC_MEMO_LIMIT = 2_000;
const topicMemo = new Map<string, ReadonlySet<string>>();

function topicTerms(s: HitHead): ReadonlySet<string> {
  const key = `${s.language}\n${s.title}\n${s.tagText}`;
  let terms = topicMemo.get(key);
  if (!terms) {
    terms = new Set(addTermCounts(addTermCounts(new Map(), s.title, s.language, 1), s.tagText, s.language, 1).keys());
    if (topicMemo.size >= TOPIC_MEMO_LIMIT) topicMemo.clear();
    topicMemo.set(key, terms);
  }
  return terms;
}

/** 1 when every matched word is in the snippet's title or tags, down to 1 − BODY_ONLY_DISCOUNT. */
function aboutness(s: HitHead, groups: readonly Group[]): number {
  const topic = topicTerms(s);
  let all = 0;
  let bodyOnly = 0;
  for (const g of groups) {
    const info = g.info * g.boost;
    all += info;
    if (!g.terms.some((t) => topic.has(t.term))) bodyOnly += info;
  }
  return all ? 1 - (BODY_ONLY_DISCOUNT * bodyOnly) / all : 1;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const languagesFor = (lang: KbLanguage | undefined, text: string): readonly KbLanguage[] => {
  const l = lang ?? guessLanguage(text);
  return l ? [l] : LANGUAGES;
};

/** The agent's typed search: every word may be a prefix or contain a typo. */
export async function search(kb: KbStore, query: string, opts: SearchOptions = {}): Promise<KbHit[]> {
  const langs = languagesFor(opts.lang, query);
  const groups = queryWords(query, langs).map((qw): Group => {
    const terms = expand(kb.index, qw, { prefix: true, typos: true });
    return { word: qw.word, terms, info: groupInfo(kb.index, terms), boost: 1 };
  });
  return rank(kb, groups, langs, opts, 'search');
}

/**
 * What the customer's recent messages ask (message-terms.ts), newer messages counting more,
 * most informative first. Content words the KB does not know stay in as groups without
 * terms: they lower the coverage of every snippet instead of being ignored.
 */
export function keyTerms(index: TermIndex, messages: readonly string[], langs: readonly KbLanguage[]): Group[] {
  const recent = messages.slice(-RECENCY.length).reverse();
  const groups = new Map<string, Group>();
  recent.forEach((text, age) => {
    for (const lang of langs) {
      for (const g of messageGroups(index, text, lang, RECENCY[age] ?? 0.5, age === 0)) {
        const seen = groups.get(g.word);
        if (!seen) groups.set(g.word, g);
        else if (seen.boost === g.boost) groups.set(g.word, mergeGroups(seen, g));
      }
    }
  });
  return [...groups.values()].sort((a, b) => b.info * b.boost - a.info * a.boost);
}

/** The same word read in both languages: either reading may match. */
function mergeGroups(a: Group, b: Group): Group {
  const weights = new Map(a.terms.map((t) => [t.term, t.weight]));
  for (const t of b.terms) weights.set(t.term, Math.max(weights.get(t.term) ?? 0, t.weight));
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));
  return { ...a, terms, info: Math.max(a.info, b.info) };
}

/** Snippets answering the customer's latest messages (oldest first in the array). */
export async function suggest(kb: KbStore, customerMessages: readonly string[], opts: SearchOptions = {}): Promise<KbHit[]> {
  const langs = languagesFor(opts.lang, customerMessages.slice(-RECENCY.length).join(' '));
  const groups = keyTerms(kb.index, customerMessages, langs);
  return rank(kb, groups, langs, opts, 'suggest');
}
