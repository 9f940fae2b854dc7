/**
 * The search index, kept in IndexedDB (the `postings` and `indexState` tables of db.ts).
 *
 * Why this shape (see bench/kb-search.ts): in-memory BM25 engines hold hundreds of MB at
 * 100k snippets and take seconds to reload in a restarted worker. Here only the vocabulary
 * and per-document lengths live in memory (one record to read on wake-up); each term's
 * postings are read from IndexedDB when a query needs them, through a bounded cache.
 * Updates rewrite only the postings of the terms a changed snippet had or has.
 */
import type { IndexStateRecord, KbDb, PostingsRecord } from './db';
import { termCounts } from './text-analysis';
import type { KbLanguage, KbSnippet } from './types';

/** Field boosts: a word in the title says more about the snippet than one in the body. */
export const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 } as const;
const MAX_WEIGHT = 0xffff;
/** Postings entries the in-memory cache may hold (~6 bytes each): bounds the heap. */
const CACHE_BUDGET = 400_000;

export interface IndexUpdate {
  before?: KbSnippet;
  after?: KbSnippet;
}

/** Field-weighted term counts of a live snippet. */
export function snippetTerms(s: KbSnippet): Map<string, number> {
  const out = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const [term, n] of termCounts(text, s.language)) out.set(term, (out.get(term) ?? 0) + n * weight);
  };
  add(s.title, FIELD_WEIGHTS.title);
  add(s.tags.join(' '), FIELD_WEIGHTS.tags);
  add(s.body, FIELD_WEIGHTS.body);
  return out;
}

export class TermIndex {
  private docIds: string[] = [];
  private docLengths: number[] = [];
  private docLanguages: KbLanguage[] = [];
  private numbersById = new Map<string, number>();
  private freeNumbers: number[] = [];
  private vocabulary = new Map<string, number>();
  private sortedTerms: string[] | undefined;
  private totalLength = 0;
  private cache = new Map<string, PostingsRecord>();
  private cached = 0;

  private constructor(private readonly db: KbDb) {}

  /** Reads the stored index state: the whole cost of a worker restart. */
  static async load(db: KbDb): Promise<TermIndex> {
    const index = new TermIndex(db);
    index.adopt(await db.indexState.get('main'));
    return index;
  }

  private adopt(state: IndexStateRecord | undefined) {
    this.docIds = state?.docIds ?? [];
    this.docLengths = state?.docLengths ?? [];
    this.docLanguages = state?.docLanguages ?? [];
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
    this.vocabulary = new Map(terms.map((t, i) => [t, frequencies[i] ?? 0]));
    this.sortedTerms = undefined;
    this.cache.clear();
    this.cached = 0;
  }

  /** Drops in-memory state after a failed transaction and reads back what was committed. */
  async reload(): Promise<void> {
    this.adopt(await this.db.indexState.get('main'));
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
    return known.map((t) => this.cache.get(t)).filter((r): r is PostingsRecord => r !== undefined);
  }

  private remember(row: PostingsRecord) {
    const old = this.cache.get(row.term);
    if (old) this.cached -= old.docs.length;
    this.cache.delete(row.term);
    if (row.docs.length > CACHE_BUDGET) return;
    this.cache.set(row.term, row);
    this.cached += row.docs.length;
    for (const [term, r] of this.cache) {
      if (this.cached <= CACHE_BUDGET) break;
      this.cache.delete(term);
      this.cached -= r.docs.length;
    }
  }

  /**
   * Writes the index changes for a batch of snippet changes. Call inside a Dexie `rw`
   * transaction over `postings` and `indexState`; if that transaction fails, call reload().
   */
  async stage(updates: readonly IndexUpdate[]): Promise<void> {
    const touched = new Set<number>();
    const added = new Map<string, Array<[number, number]>>();
    const affected = new Set<string>();
    for (const { before, after } of updates) {
      const id = (before ?? after)?.id;
      if (!id) continue;
      let n = this.numbersById.get(id);
      if (n !== undefined && before) {
        for (const term of snippetTerms(before).keys()) affected.add(term);
        this.totalLength -= this.docLengths[n] ?? 0;
        touched.add(n);
      }
      if (after && !after.deleted) {
        n ??= this.freeNumbers.pop() ?? this.docIds.length;
        touched.add(n);
        const terms = snippetTerms(after);
        let length = 0;
        for (const [term, weight] of terms) {
          affected.add(term);
          const list = added.get(term) ?? [];
          list.push([n, Math.min(weight, MAX_WEIGHT)]);
          added.set(term, list);
          length += weight;
        }
        this.docIds[n] = id;
        this.docLengths[n] = length;
        this.docLanguages[n] = after.language;
        this.numbersById.set(id, n);
        this.totalLength += length;
      } else if (n !== undefined) {
        this.docIds[n] = '';
        this.docLengths[n] = 0;
        this.numbersById.delete(id);
        this.freeNumbers.push(n);
      }
    }
    await this.rewritePostings([...affected], touched, added);
    this.sortedTerms = undefined;
    await this.db.indexState.put(this.snapshot());
  }

  private async rewritePostings(terms: string[], touchedSet: Set<number>, added: Map<string, Array<[number, number]>>) {
    // A bitmap: this check runs once per posting of every affected term.
    const touched = new Uint8Array(this.docIds.length + 1);
    for (const n of touchedSet) touched[n] = 1;
    const rows = await this.db.postings.bulkGet(terms);
    const puts: PostingsRecord[] = [];
    const deletes: string[] = [];
    terms.forEach((term, i) => {
      const row = rows[i];
      const extra = added.get(term) ?? [];
      const docs: number[] = [];
      const weights: number[] = [];
      if (row) {
        for (let j = 0; j < row.docs.length; j++) {
          const d = row.docs[j] as number;
          if (touched[d]) continue;
          docs.push(d);
          weights.push(row.weights[j] as number);
        }
      }
      for (const [d, w] of extra) {
        docs.push(d);
        weights.push(w);
      }
      if (docs.length) {
        puts.push({ term, docs: Uint32Array.from(docs), weights: Uint16Array.from(weights) });
        this.vocabulary.set(term, docs.length);
      } else {
        deletes.push(term);
        this.vocabulary.delete(term);
      }
    });
    await this.db.postings.bulkPut(puts);
    await this.db.postings.bulkDelete(deletes);
    for (const row of puts) if (this.cache.has(row.term)) this.remember(row);
    for (const term of deletes) this.forget(term);
  }

  private forget(term: string) {
    const old = this.cache.get(term);
    if (!old) return;
    this.cached -= old.docs.length;
    this.cache.delete(term);
  }

  /** Empties the index (inside a transaction over postings and indexState). */
  async stageClear(): Promise<void> {
    await this.db.postings.clear();
    await this.db.indexState.delete('main');
    this.adopt(undefined);
  }

  private snapshot(): IndexStateRecord {
    return {
      key: 'main',
      docIds: this.docIds,
      docLengths: this.docLengths,
      docLanguages: this.docLanguages,
      terms: [...this.vocabulary.keys()],
      frequencies: [...this.vocabulary.values()],
    };
  }
}
