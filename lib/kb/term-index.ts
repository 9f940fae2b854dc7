/**
 * The search index, kept in IndexedDB (the `postings`, `indexState` and `docHeads` tables of
 * db.ts).
 *
 * Why this shape (see bench/kb-search.ts and bench/kb-worker.ts): in-memory BM25 engines hold
 * hundreds of MB at 100k snippets and take seconds to reload in a restarted worker. Here only
 * the vocabulary and per-document lengths are read on wake-up (one record); the documents'
 * titles and tags (what a hit shows) and the postings follow in the background, the postings
 * into a bounded LRU cache (a query reads from IndexedDB the rows it lacks).
 * An update analyses only the text that changed between the snippet's old and new versions and
 * rewrites only the postings of the terms whose weight for it changed (an edited sentence
 * touches a handful).
 */
import { type ArrayIndexState, type DocHeadsRecord, HEAD_BLOCK, type IndexStateDelta, type IndexStateRecord, type KbDb, LANGUAGE_CODES, type PackedIndexState, type PostingsRecord, STATE_DELTA_PREFIX } from './db';
import { lowerBound } from './term-expansion';
import { addTermCounts } from './text-analysis';
import type { KbLanguage, KbSnippet } from './types';

/** Field boosts: a word in the title says more about the snippet than one in the body. */
export const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 } as const;
const MAX_WEIGHT = 0xffff;
/**
 * Postings entries the in-memory cache may hold (6 bytes each, ~27 MB): bounds the heap. A
 * generated KB of 100k snippets has ~3.7M entries: it fits whole, so no search waits for
 * IndexedDB (a read was 12–77 ms of the slowest key-term searches @100k when 2M entries did not).
 */
const CACHE_BUDGET = 4_500_000;
/** What warm() reads ahead after a restart: leaves room for what queries bring in. */
const WARM_BUDGET = 4_000_000;
const NO_TERMS: ReadonlyMap<string, number> = new Map();
/** Deltas written before a batch writes the full state record again (the store's fold does it sooner). */
const MAX_STATE_DELTAS = 50;

const isDelta = (r: IndexStateRecord): r is IndexStateDelta => 'format' in r && r.format === 'delta';
const languageCode = (lang: KbLanguage | undefined) => Math.max(0, LANGUAGE_CODES.indexOf(lang as KbLanguage));

/** What a search shows of a document, and what suggest() weighs as its topic. */
export interface DocumentHead {
  title: string;
  /** The tags joined by spaces, as the index analyses them. */
  tagText: string;
}

/**
 * One snippet's change. Without `before`, an indexed snippet's old terms are recalled from the
 * postings in memory (see recallsStoredTerms()).
 */
export interface IndexUpdate {
  before?: KbSnippet;
  after?: KbSnippet;
}

/** Field-weighted term counts of a live snippet. */
export function snippetTerms(s: KbSnippet): Map<string, number> {
  const out = new Map<string, number>();
  addTermCounts(out, s.title, s.language, FIELD_WEIGHTS.title);
  addTermCounts(out, s.tags.join(' '), s.language, FIELD_WEIGHTS.tags);
  addTermCounts(out, s.body, s.language, FIELD_WEIGHTS.body);
  return out;
}

/** Splits a packed state record back into the arrays the index works on. */
function unpack(state: PackedIndexState) {
  const split = (joined: string) => (joined ? joined.split('\n') : []);
  return {
    docIds: JSON.parse(state.docIds) as string[],
    docLengths: Array.from(state.docLengths),
    docLanguages: Array.from(state.docLanguages, (c) => LANGUAGE_CODES[c] ?? 'en'),
    terms: split(state.terms),
    frequencies: state.frequencies,
  };
}

/** Merges sorted `extra` into sorted `base`, dropping `removed`: O(n) per batch, not a re-sort. */
function mergeSorted(base: readonly string[], extra: string[], removed: ReadonlySet<string>): string[] {
  extra.sort();
  const out: string[] = [];
  let j = 0;
  for (const term of base) {
    while (j < extra.length && (extra[j] as string) < term) out.push(extra[j++] as string);
    if (!removed.has(term)) out.push(term);
  }
  while (j < extra.length) out.push(extra[j++] as string);
  return out;
}

/** Characters words() always splits at and that no placeholder, case rule or accent spans. */
const isBreak = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** Cutting a text at i splits no word: the cut touches a break or an end of the text. */
const cutsCleanly = (text: string, i: number) => i === 0 || i === text.length || isBreak(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i));

/**
 * The parts of two versions of a text that differ, cut where both texts break between words:
 * what lies before and after the cuts gives the same words in both, so only the differing
 * parts need analysing. An edit is usually a sentence; re-analysing whole snippets twice is
 * what made a batch of 1,000 updates slow.
 */
export function differingSpans(a: string, b: string): [string, string] {
  if (a === b) return ['', ''];
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (!(cutsCleanly(a, start) && cutsCleanly(b, start))) start--;
  let end = 0;
  const maxEnd = shorter - start;
  while (end < maxEnd && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  while (!(cutsCleanly(a, a.length - end) && cutsCleanly(b, b.length - end))) end--;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

/** Adds `weight` × (the new text's term counts − the old text's) to `out`, skipping the shared parts. */
function addTextChange(out: Map<string, number>, old: string, next: string, lang: KbLanguage, weight: number) {
  if (old === next) return;
  const [gone, come] = differingSpans(old, next);
  addTermCounts(out, come, lang, weight);
  addTermCounts(out, gone, lang, -weight);
}

/** Field-weighted term count changes from one version of a snippet to the next (same language). */
export function snippetTermChanges(before: KbSnippet, after: KbSnippet): Map<string, number> {
  const out = new Map<string, number>();
  addTextChange(out, before.title, after.title, after.language, FIELD_WEIGHTS.title);
  addTextChange(out, before.tags.join(' '), after.tags.join(' '), after.language, FIELD_WEIGHTS.tags);
  addTextChange(out, before.body, after.body, after.language, FIELD_WEIGHTS.body);
  return out;
}

/**
 * The postings changes of a batch, per term: each document whose entry changes, in the order
 * the batch met them, with its new weight (0 drops the entry) or, for the documents in
 * `edited`, the change to its stored weight (only their edited text was analysed).
 */
interface PostingsDiff {
  changes: Map<string, Map<number, number>>;
  edited: Map<number, KbSnippet>;
}

/** A cached postings row and when a query last used it (a tick of the index's clock). */
interface CachedPostings extends PostingsRecord {
  used: number;
}

/**
 * A postings row in one object shape, whether IndexedDB read it back or a batch built it:
 * scoring reads thousands of them, and rows of two shapes made V8 drop its optimised code.
 */
const cachedRow = (row: PostingsRecord, used: number): CachedPostings => ({ term: row.term, docs: row.docs, weights: row.weights, used });

/** Eviction frees the cache down to this share of CACHE_BUDGET, so it sorts by use now and then, not on every read. */
const EVICT_TO = 0.9;

/**
 * An edited document's new weight for a term: its stored weight plus the change, unless the
 * stored weight was capped at MAX_WEIGHT (the true one is unknown): then the whole new text.
 */
function editedWeight(term: string, after: KbSnippet, stored: number, change: number): number {
  const weight = stored < MAX_WEIGHT ? stored + change : (snippetTerms(after).get(term) ?? 0);
  return Math.min(weight, MAX_WEIGHT);
}

export class TermIndex {
  private docIds: string[] = [];
  private docLengths: number[] = [];
  private docLanguages: KbLanguage[] = [];
  /** Per document number; undefined where unknown (a KB indexed before v5 of db.ts) or freed. */
  private docTitles: Array<string | undefined> = [];
  private docTagTexts: Array<string | undefined> = [];
  /** Blocks of docHeads whose titles or tags changed in the batch being staged. */
  private staleHeadBlocks = new Set<number>();
  /** The background read of the stored heads; undefined until something asks for them. */
  private headsRead: Promise<void> | undefined;
  /** Bumped whenever the in-memory state is replaced (adopt()), so a late background read can tell. */
  private generation = 0;
  private numbersById = new Map<string, number>();
  private freeNumbers: number[] = [];
  private vocabulary = new Map<string, number>();
  private sortedTerms: string[] | undefined;
  /**
   * The parts of the stored state that a batch rarely changes, kept from the last snapshot():
   * an edit changes neither which snippet has which number nor, mostly, the vocabulary, and
   * rebuilding them on every batch was a fixed cost that grew with the KB.
   */
  private packedIds: string | undefined;
  private packedTerms: { of: readonly string[]; joined: string; frequencies: Uint32Array } | undefined;
  /** Terms whose document frequency changed since packedTerms was built. */
  private staleFrequencies = new Set<string>();
  private totalLength = 0;
  /** Whether the full state record is stored, how many deltas follow it, and the last delta's number. */
  private hasFullState = false;
  private stateDeltas = 0;
  private deltaSeq = 0;
  /**
   * Postings rows in memory. Least recently used goes first when it is full; a read stamps the
   * row instead of moving it to the Map's end: a delete and set per term left the Map to
   * compact itself now and then, a pause of 10–30 ms on one query in a few hundred.
   */
  private cache = new Map<string, CachedPostings>();
  private cached = 0;
  private clock = 0;
  private warming: Promise<number> | undefined;
  /** Bumped whenever the vocabulary or the documents' lengths may have changed, so callers can memoise look-ups. */
  revision = 0;

  private constructor(
    private readonly db: KbDb,
    /** Postings entries the cache may hold (CACHE_BUDGET; smaller in tests). */
    private readonly cacheBudget = CACHE_BUDGET,
  ) {}

  /**
   * Reads the stored index state: the whole cost of a worker restart. The documents' titles
   * and tags are read when headsReady() is first called (until then, a search reads its hits'
   * snippets): at 100k snippets they are ~8 MB, which the first search should not wait behind.
   */
  static async load(db: KbDb, opts: { cacheBudget?: number } = {}): Promise<TermIndex> {
    const index = new TermIndex(db, opts.cacheBudget);
    index.adopt(await db.indexState.toArray(), []);
    return index;
  }

  /** Reads the stored heads into memory, unless the in-memory state was replaced meanwhile. */
  private async readHeads(): Promise<void> {
    const generation = this.generation;
    const heads = await this.db.docHeads.toArray();
    // A reload or a clear since: this read may be older than what is in memory now.
    if (generation === this.generation) this.fillHeads(heads);
  }

  /** Takes the stored heads of the live documents that have none in memory yet. */
  private fillHeads(heads: readonly DocHeadsRecord[]) {
    for (const { block, titles, tags } of heads) {
      for (let i = 0; i < titles.length; i++) {
        const n = block * HEAD_BLOCK + i;
        // A head left from a document number freed since counts for nothing; one a write set since is newer.
        if (!this.docIds[n] || this.docTitles[n] !== undefined) continue;
        this.docTitles[n] = titles[i] ?? undefined;
        this.docTagTexts[n] = tags[i] ?? undefined;
      }
    }
  }

  /**
   * Reads the stored heads unless that is done or under way; resolves once they are in memory.
   * A write waits for it before its transaction: it rewrites whole blocks of heads, which must
   * not lose the ones not read yet.
   */
  headsReady(): Promise<void> {
    this.headsRead ??= this.readHeads().catch((error: unknown) => {
      // The next caller (a write) tries again.
      this.headsRead = undefined;
      throw error;
    });
    return this.headsRead;
  }

  private adopt(records: readonly IndexStateRecord[], heads: readonly DocHeadsRecord[]) {
    this.generation++;
    const stored = records.find((r) => r.key === 'main') as ArrayIndexState | PackedIndexState | undefined;
    const deltas = records.filter(isDelta).sort((a, b) => (a.key < b.key ? -1 : 1));
    const state = stored && 'format' in stored ? unpack(stored) : stored;
    this.docIds = state?.docIds ?? [];
    this.docLengths = state?.docLengths ?? [];
    this.docLanguages = state?.docLanguages ?? [];
    for (const delta of deltas) this.applyDocDelta(delta);
    this.numbersById = new Map();
    this.freeNumbers = [];
    this.totalLength = 0;
    this.docIds.forEach((id, n) => {
      if (id) {
        this.numbersById.set(id, n);
        this.totalLength += this.docLengths[n] ?? 0;
      } else this.freeNumbers.push(n);
    });
    const terms = state?.terms ?? [];
    const frequencies = state?.frequencies ?? [];
    this.vocabulary = new Map();
    for (let i = 0; i < terms.length; i++) this.vocabulary.set(terms[i] as string, frequencies[i] ?? 0);
    let vocabularyChanged = false;
    for (const delta of deltas) vocabularyChanged = this.applyTermDelta(delta) || vocabularyChanged;
    // The packed format stores the vocabulary sorted: a restart skips the sort (unless a delta changed it).
    this.sortedTerms = stored && 'format' in stored && !vocabularyChanged ? terms : undefined;
    this.hasFullState = stored !== undefined;
    this.stateDeltas = deltas.length;
    this.deltaSeq = deltas.length ? Number((deltas[deltas.length - 1] as IndexStateDelta).key.slice(STATE_DELTA_PREFIX.length)) : 0;
    this.revision++;
    this.cache.clear();
    this.cached = 0;
    this.packedIds = undefined;
    this.packedTerms = undefined;
    this.staleFrequencies.clear();
    this.docTitles = [];
    this.docTagTexts = [];
    this.staleHeadBlocks.clear();
    this.fillHeads(heads);
  }

  /** A delta's documents, in ascending numbers (new numbers come at the end, so the arrays grow without gaps). */
  private applyDocDelta(delta: IndexStateDelta) {
    const ids = JSON.parse(delta.docIds) as string[];
    delta.docNumbers.forEach((n, i) => {
      for (let k = this.docIds.length; k < n; k++) this.docIds[k] = '';
      this.docIds[n] = ids[i] ?? '';
      this.docLengths[n] = delta.docLengths[i] ?? 0;
      this.docLanguages[n] = LANGUAGE_CODES[delta.docLanguages[i] ?? 0] ?? 'en';
    });
  }

  /** A delta's document frequencies; true when a term came or went. */
  private applyTermDelta(delta: IndexStateDelta): boolean {
    if (!delta.terms) return false;
    let changed = false;
    delta.terms.split('\n').forEach((term, i) => {
      const df = delta.frequencies[i] ?? 0;
      if (df > 0) {
        changed ||= !this.vocabulary.has(term);
        this.vocabulary.set(term, df);
      } else changed = this.vocabulary.delete(term) || changed;
    });
    return changed;
  }

  /** Drops in-memory state after a failed transaction and reads back what was committed. */
  async reload(): Promise<void> {
    const [records, heads] = await Promise.all([this.db.indexState.toArray(), this.db.docHeads.toArray()]);
    this.adopt(records, heads);
    this.headsRead = Promise.resolve();
  }

  /** One past the highest document number: the size of per-document arrays. */
  get capacity(): number {
    return this.docIds.length;
  }
  get documentCount(): number {
    return this.numbersById.size;
  }
  get averageLength(): number {
    return this.documentCount ? this.totalLength / this.documentCount : 0;
  }
  frequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }
  documentId(n: number): string | undefined {
    return this.docIds[n] || undefined;
  }
  documentLength(n: number): number {
    return this.docLengths[n] ?? 0;
  }
  documentLanguage(n: number): KbLanguage | undefined {
    return this.docLanguages[n];
  }
  /** Undefined for a document indexed before the index kept heads: read its snippet instead. */
  documentHead(n: number): DocumentHead | undefined {
    const title = this.docTitles[n];
    const tagText = this.docTagTexts[n];
    return title === undefined || tagText === undefined || !this.docIds[n] ? undefined : { title, tagText };
  }

  /** The vocabulary in sorted order, for prefix and typo look-ups (rebuilt lazily after changes). */
  terms(): readonly string[] {
    this.sortedTerms ??= [...this.vocabulary.keys()].sort();
    return this.sortedTerms;
  }

  /** Postings of the given terms; unknown terms are skipped. */
  async postings(terms: readonly string[]): Promise<PostingsRecord[]> {
    const known = terms.filter((t) => this.vocabulary.has(t));
    const missing = known.filter((t) => !this.cache.has(t));
    if (missing.length) {
      const rows = await this.db.postings.bulkGet(missing);
      for (const row of rows) if (row) this.remember(row);
    }
    const out: PostingsRecord[] = [];
    for (const t of known) {
      const row = this.cache.get(t);
      if (!row) continue;
      row.used = ++this.clock;
      out.push(row);
    }
    return out;
  }

  /**
   * Fills the postings cache in the background, most frequent terms first (the rows a query
   * pays most to fetch), in small reads so a query is never stuck behind a long one. Stops
   * when the index changes or the cache holds WARM_BUDGET entries; resolves to the terms read.
   * A call while a warm-up runs joins it: two would read every row twice, and the second one
   * went on competing with the searches long after the first had finished.
   */
  warm(chunk = 100): Promise<number> {
    this.warming ??= this.readAhead(chunk).finally(() => {
      this.warming = undefined;
    });
    return this.warming;
  }

  private async readAhead(chunk: number): Promise<number> {
    const revision = this.revision;
    const pending: string[] = [];
    let budget = Math.min(WARM_BUDGET, this.cacheBudget) - this.cached;
    for (const [term, df] of [...this.vocabulary].sort((a, b) => b[1] - a[1])) {
      if (budget <= 0) break;
      if (this.cache.has(term) || df > budget) continue;
      pending.push(term);
      budget -= df;
    }
    let read = 0;
    for (let i = 0; i < pending.length; i += chunk) {
      // Searches may have brought some in meanwhile.
      const terms = pending.slice(i, i + chunk).filter((t) => !this.cache.has(t));
      if (!terms.length) continue;
      const rows = await this.db.postings.bulkGet(terms);
      // An update or reload since: what was read may be stale, and the cache was cleared.
      if (this.revision !== revision) return read;
      for (const row of rows) {
        if (!row || this.cache.has(row.term)) continue;
        // Read ahead, not used yet: first to go if queries need the room.
        this.cache.set(row.term, cachedRow(row, 0));
        this.cached += row.docs.length;
        read++;
      }
    }
    return read;
  }

  private remember(row: PostingsRecord) {
    const old = this.cache.get(row.term);
    if (old) this.cached -= old.docs.length;
    if (row.docs.length > this.cacheBudget) {
      this.cache.delete(row.term);
      return;
    }
    this.cache.set(row.term, cachedRow(row, ++this.clock));
    this.cached += row.docs.length;
    if (this.cached > this.cacheBudget) this.evict();
  }

  /** Drops the least recently used rows until the cache holds EVICT_TO of its budget. */
  private evict() {
    const byUse = [...this.cache.values()].sort((a, b) => a.used - b.used);
    for (const r of byUse) {
      if (this.cached <= this.cacheBudget * EVICT_TO) break;
      this.cache.delete(r.term);
      this.cached -= r.docs.length;
    }
  }

  /**
   * Whether every term's postings are in memory, so that a snippet's stored terms can be
   * recalled from them instead of re-analysing its old text (which must be read first).
   */
  recallsStoredTerms(): boolean {
    return this.cache.size >= this.vocabulary.size;
  }

  /**
   * The stored (capped) term weights of these documents, in one pass over the postings:
   * those in memory, and any not in memory read first (all of them, so rarely worth it).
   */
  private async recallTerms(docs: ReadonlySet<number>): Promise<Map<number, Map<string, number>>> {
    const out = new Map<number, Map<string, number>>();
    if (!docs.size) return out;
    const missing = [...this.vocabulary.keys()].filter((t) => !this.cache.has(t));
    const read = missing.length ? await this.db.postings.bulkGet(missing) : [];
    const wanted = new Uint8Array(this.docIds.length);
    for (const n of docs) wanted[n] = 1;
    const collect = (row: PostingsRecord | undefined) => {
      if (!row) return;
      for (let j = 0; j < row.docs.length; j++) {
        const n = row.docs[j] as number;
        if (wanted[n] !== 1) continue;
        let terms = out.get(n);
        if (!terms) out.set(n, (terms = new Map()));
        terms.set(row.term, row.weights[j] as number);
      }
    };
    for (const row of this.cache.values()) collect(row);
    for (const row of read) collect(row);
    return out;
  }

  /**
   * Writes the index changes for a batch of snippet changes. Call inside a Dexie `rw`
   * transaction over `postings`, `indexState` and `docHeads`, after headsReady(); if it
   * fails, call reload().
   */
  async stage(updates: readonly IndexUpdate[]): Promise<void> {
    const diff: PostingsDiff = { changes: new Map(), edited: new Map() };
    const recall = new Set<number>();
    for (const { before, after } of updates) {
      const n = after && !before ? this.numbersById.get(after.id) : undefined;
      if (n !== undefined) recall.add(n);
    }
    const recalled = await this.recallTerms(recall);
    const oldTerms = (n: number, before: KbSnippet | undefined) => (before ? snippetTerms(before) : (recalled.get(n) ?? NO_TERMS));
    const changedDocs = new Set<number>();
    for (const { before, after } of updates) {
      const id = (before ?? after)?.id;
      if (!id) continue;
      let n = this.numbersById.get(id);
      const live = after && !after.deleted;
      if (n !== undefined) this.totalLength -= this.docLengths[n] ?? 0;
      if (!live) {
        if (n === undefined) continue;
        changedDocs.add(n);
        // Re-analysing the old text is cheaper than storing term lists (see db.ts, docTerms).
        this.diffDoc(diff, n, oldTerms(n, before), NO_TERMS);
        this.docIds[n] = '';
        this.packedIds = undefined;
        this.docLengths[n] = 0;
        this.setHead(n, undefined, undefined);
        this.numbersById.delete(id);
        this.freeNumbers.push(n);
        continue;
      }
      let length: number;
      if (n !== undefined && before && before.language === after.language) {
        length = (this.docLengths[n] ?? 0) + this.diffEdit(diff, n, before, after);
      } else {
        const old = n !== undefined ? oldTerms(n, before) : NO_TERMS;
        const next = snippetTerms(after);
        n ??= this.freeNumbers.pop() ?? this.docIds.length;
        this.diffDoc(diff, n, old, next);
        length = 0;
        for (const weight of next.values()) length += weight;
      }
      if (this.docIds[n] !== id) this.packedIds = undefined;
      changedDocs.add(n);
      this.docIds[n] = id;
      this.docLengths[n] = length;
      this.docLanguages[n] = after.language;
      this.setHead(n, after.title, after.tags.join(' '));
      this.numbersById.set(id, n);
      this.totalLength += length;
    }
    // Lengths changed already: a search while the postings are read must not use memos of the old ones.
    this.revision++;
    const terms = [...diff.changes.keys()];
    const writes = this.rewritePostings(diff, await this.currentPostings(terms));
    await Promise.all([...writes, ...this.writeState(changedDocs, terms), ...this.writeHeads()]);
  }

  /** This batch's changes as a delta, or the full state when there is none stored yet or too many deltas. */
  private writeState(docs: ReadonlySet<number>, terms: readonly string[]): Array<Promise<unknown>> {
    if (!this.hasFullState || this.stateDeltas >= MAX_STATE_DELTAS) return this.writeFullState();
    // A batch whose changes were all older than what is stored changed nothing.
    if (!docs.size && !terms.length) return [];
    this.stateDeltas++;
    return [this.db.indexState.put(this.delta(docs, terms))];
  }

  /** The full state record, and every delta gone (by key range: whatever is stored, not what memory counts). */
  private writeFullState(): Array<Promise<unknown>> {
    this.hasFullState = true;
    this.stateDeltas = 0;
    return [this.db.indexState.put(this.snapshot()), this.db.indexState.where('key').startsWith(STATE_DELTA_PREFIX).delete()];
  }

  /**
   * Writes the deltas into the full state record (inside a rw transaction over indexState); the
   * store does it when it folds its journal, after a quiet second. If that transaction fails, the
   * deltas stay stored and still apply in order on load.
   */
  async stageCompaction(): Promise<void> {
    if (this.stateDeltas) await Promise.all(this.writeFullState());
  }

  private delta(docs: ReadonlySet<number>, terms: readonly string[]): IndexStateDelta {
    const numbers = Uint32Array.from(docs).sort();
    this.deltaSeq++;
    return {
      key: `${STATE_DELTA_PREFIX}${String(this.deltaSeq).padStart(12, '0')}`,
      format: 'delta',
      docNumbers: numbers,
      docIds: JSON.stringify(Array.from(numbers, (n) => this.docIds[n] ?? '')),
      docLengths: Uint32Array.from(numbers, (n) => this.docLengths[n] ?? 0),
      docLanguages: Uint8Array.from(numbers, (n) => languageCode(this.docLanguages[n])),
      terms: terms.join('\n'),
      frequencies: Uint32Array.from(terms, (t) => this.vocabulary.get(t) ?? 0),
    };
  }

  private setHead(n: number, title: string | undefined, tagText: string | undefined) {
    if (this.docTitles[n] === title && this.docTagTexts[n] === tagText) return;
    this.docTitles[n] = title;
    this.docTagTexts[n] = tagText;
    this.staleHeadBlocks.add(Math.floor(n / HEAD_BLOCK));
  }

  /** Rewrites the docHeads blocks the batch changed: an edit of a body rewrites none. */
  private writeHeads(): Array<Promise<unknown>> {
    if (!this.staleHeadBlocks.size) return [];
    const blocks = [...this.staleHeadBlocks].map((block): DocHeadsRecord => {
      const from = block * HEAD_BLOCK;
      const to = Math.min(from + HEAD_BLOCK, this.docIds.length);
      const titles: Array<string | null> = [];
      const tags: Array<string | null> = [];
      for (let n = from; n < to; n++) {
        titles.push(this.docTitles[n] ?? null);
        tags.push(this.docTagTexts[n] ?? null);
      }
      return { block, titles, tags };
    });
    this.staleHeadBlocks.clear();
    return [this.db.docHeads.bulkPut(blocks)];
  }

  private change(diff: PostingsDiff, term: string, n: number, value: number) {
    let docs = diff.changes.get(term);
    if (!docs) diff.changes.set(term, (docs = new Map()));
    docs.set(n, value);
  }

  /** Records the postings changes of one document: only terms whose weight changed. */
  private diffDoc(diff: PostingsDiff, n: number, old: ReadonlyMap<string, number>, next: ReadonlyMap<string, number>) {
    for (const [term, weight] of old) if (next.get(term) !== weight) this.change(diff, term, n, 0);
    for (const [term, weight] of next) if (old.get(term) !== weight) this.change(diff, term, n, Math.min(weight, MAX_WEIGHT));
  }

  /** Records an edited document's weight changes from its edited text only; returns its length change. */
  private diffEdit(diff: PostingsDiff, n: number, before: KbSnippet, after: KbSnippet): number {
    diff.edited.set(n, after);
    let lengthChange = 0;
    for (const [term, change] of snippetTermChanges(before, after)) {
      if (change === 0) continue;
      this.change(diff, term, n, change);
      lengthChange += change;
    }
    return lengthChange;
  }

  /** The stored postings of these terms (undefined for new ones): from the cache where it has them. */
  private async currentPostings(terms: readonly string[]): Promise<Array<PostingsRecord | undefined>> {
    const missing = terms.filter((t) => this.vocabulary.has(t) && !this.cache.has(t));
    const read = new Map<string, PostingsRecord>();
    if (missing.length) for (const row of await this.db.postings.bulkGet(missing)) if (row) read.set(row.term, row);
    return terms.map((t) => this.cache.get(t) ?? read.get(t));
  }

  /**
   * Applies the diff to the stored rows: the entries that change leave their place and come
   * back at the end, as the batch met them. Updates the vocabulary and the cache; returns the
   * IndexedDB writes, started together.
   */
  private rewritePostings({ changes, edited }: PostingsDiff, rows: ReadonlyArray<PostingsRecord | undefined>): Array<Promise<unknown>> {
    const puts: PostingsRecord[] = [];
    const deletes: string[] = [];
    const newTerms: string[] = [];
    let i = 0;
    for (const [term, docChanges] of changes) {
      const row = rows[i++];
      // Typed buffers, cut to size once: frequent terms have postings of 10k–50k entries.
      const capacity = (row?.docs.length ?? 0) + docChanges.size;
      const allDocs = new Uint32Array(capacity);
      const allWeights = new Uint16Array(capacity);
      const storedWeights = new Map<number, number>();
      let k = 0;
      if (row) {
        for (let j = 0; j < row.docs.length; j++) {
          const d = row.docs[j] as number;
          if (docChanges.has(d)) {
            storedWeights.set(d, row.weights[j] as number);
            continue;
          }
          allDocs[k] = d;
          allWeights[k++] = row.weights[j] as number;
        }
      }
      for (const [d, value] of docChanges) {
        const after = edited.get(d);
        const weight = after ? editedWeight(term, after, storedWeights.get(d) ?? 0, value) : value;
        if (weight <= 0) continue;
        allDocs[k] = d;
        allWeights[k++] = weight;
      }
      const docs = k === capacity ? allDocs : allDocs.slice(0, k);
      const weights = k === capacity ? allWeights : allWeights.slice(0, k);
      if (docs.length) {
        puts.push({ term, docs, weights });
        if (!this.vocabulary.has(term)) newTerms.push(term);
        this.vocabulary.set(term, docs.length);
        this.staleFrequencies.add(term);
      } else if (this.vocabulary.delete(term)) {
        deletes.push(term);
      }
    }
    // A complete cache stays complete (recallsStoredTerms()): it takes the batch's new terms too.
    const complete = this.cache.size >= this.vocabulary.size - newTerms.length + deletes.length;
    for (const row of puts) if (complete || this.cache.has(row.term)) this.remember(row);
    for (const term of deletes) this.forget(term);
    if (this.sortedTerms && (newTerms.length || deletes.length)) this.sortedTerms = mergeSorted(this.sortedTerms, newTerms, new Set(deletes));
    this.revision++;
    const writes: Array<Promise<unknown>> = [];
    if (puts.length) writes.push(this.db.postings.bulkPut(puts));
    if (deletes.length) writes.push(this.db.postings.bulkDelete(deletes));
    return writes;
  }

  private forget(term: string) {
    const old = this.cache.get(term);
    if (!old) return;
    this.cached -= old.docs.length;
    this.cache.delete(term);
  }

  /** Empties the index (inside a transaction over postings, indexState and docHeads). */
  async stageClear(): Promise<void> {
    await Promise.all([this.db.postings.clear(), this.db.indexState.clear(), this.db.docHeads.clear()]);
    this.adopt([], []);
  }

  private snapshot(): PackedIndexState {
    // JSON, not a join: a hub's snippet id may contain any character.
    this.packedIds ??= JSON.stringify(this.docIds);
    const { joined, frequencies } = this.packVocabulary();
    return {
      key: 'main',
      format: 'packed',
      docIds: this.packedIds,
      docLengths: Uint32Array.from(this.docLengths),
      docLanguages: Uint8Array.from(this.docLanguages, languageCode),
      terms: joined,
      // A copy: the kept array is patched by later batches.
      frequencies: frequencies.slice(),
    };
  }

  /** The sorted vocabulary joined, and its frequencies: patched in place while the vocabulary is the same. */
  private packVocabulary() {
    const terms = this.terms();
    if (this.packedTerms?.of !== terms) {
      this.packedTerms = { of: terms, joined: terms.join('\n'), frequencies: Uint32Array.from(terms, (t) => this.vocabulary.get(t) ?? 0) };
    } else {
      const { frequencies } = this.packedTerms;
      for (const term of this.staleFrequencies) {
        const i = lowerBound(terms, term);
        if (terms[i] === term) frequencies[i] = this.vocabulary.get(term) ?? 0;
      }
    }
    this.staleFrequencies.clear();
    return this.packedTerms;
  }
}
