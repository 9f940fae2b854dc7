/**
 * The knowledge base's IndexedDB (Dexie), in the extension's own origin: the background opens
 * it, content scripts never do. Versions are declared in ascending order; a new version adds a
 * `this.version(n)` block (and a lib/kb/migrations/ file when it must move data).
 *
 * - snippets: the KB itself, tombstones included (so an old update cannot resurrect a delete).
 * - usage: which snippet was shown / inserted / edited before sending, for the team's feedback.
 * - meta: lastVersion (hub cursor) and source ('demo' | 'hub').
 * - postings + indexState: the search index (term-index.ts), kept in step with snippets in the
 *   same transactions, so a worker restart reads it back instead of rebuilding it.
 * - docTerms (v2, dropped in v3): each snippet's stored term list. Measured in Chromium
 *   (bench/kb-worker.ts), reading and writing 1,000 such rows cost 150–230 ms against
 *   45–70 ms for re-analysing the old text, so updates re-analyse instead (now only the part
 *   of the text that changed: term-index.ts).
 * - v4 drops the snippets' secondary indexes (language, version, updatedAt): nothing queries
 *   them, and each was one more IndexedDB entry to write per snippet on every update.
 * - docHeads (v5): each indexed snippet's title and tags, by blocks of document numbers, so a
 *   search shows its hits without reading snippets: in Chromium that read was most of a
 *   search's time and nearly all of its slowest 5% (bench/kb-worker.ts, BENCH_PHASES=1).
 * - journal (v6): hub batches' snippets, a few records per batch, until the background folds
 *   them into `snippets` (journal.ts); a journaled snippet is newer than its `snippets` row.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { KbLanguage, KbSnippet, KbSource } from './types';

export type UsageEvent = 'shown' | 'inserted' | 'edited';

export interface UsageRecord {
  id?: number;
  snippetId: string;
  event: UsageEvent;
  at: number;
  /** The chat it happened in (the adapter's conversation key), when known. */
  conversationKey?: string;
}

export type MetaRecord = { key: 'lastVersion'; value: number } | { key: 'source'; value: KbSource };

/** One term's postings: parallel arrays of document numbers and field-weighted counts. */
export interface PostingsRecord {
  term: string;
  docs: Uint32Array;
  weights: Uint16Array;
}

/**
 * Everything the index keeps in memory: one full record ('main') and the changes of the
 * batches since it (deltas), so a restart is one read and a batch writes only what it changed.
 */
export type IndexStateRecord = ArrayIndexState | PackedIndexState | IndexStateDelta;

/** The first format: plain arrays (still read, never written). */
export interface ArrayIndexState {
  key: 'main';
  /** Snippet id per document number; '' marks a freed number. */
  docIds: string[];
  docLengths: number[];
  docLanguages: KbLanguage[];
  /** Vocabulary and document frequencies, as parallel arrays. */
  terms: string[];
  frequencies: number[];
}

/**
 * The same state packed for IndexedDB: a few strings and typed arrays clone far faster than
 * 100k-element arrays of strings and numbers (written on every batch, read on every restart).
 */
export interface PackedIndexState {
  key: 'main';
  format: 'packed';
  /** Snippet ids by document number, as JSON ('' for a freed number). */
  docIds: string;
  docLengths: Uint32Array;
  /** Index into LANGUAGE_CODES per document. */
  docLanguages: Uint8Array;
  /** The vocabulary in sorted order, joined by '\n' (terms are letters and digits only), and each term's document frequency. */
  terms: string;
  frequencies: Uint32Array;
}

/** Key prefix of the deltas; the rest of the key is a zero-padded sequence number, so keys sort in order. */
export const STATE_DELTA_PREFIX = 'delta:';

/**
 * One batch's changes to the full record: the documents it changed and the terms whose document
 * frequency it changed, as absolute values, so deltas apply in key order on top of 'main'. The
 * full record (2.5 MB at 100k snippets: 30–65 ms to write) is rewritten when the store folds.
 */
export interface IndexStateDelta {
  key: string;
  format: 'delta';
  docNumbers: Uint32Array;
  /** Their snippet ids as JSON ('' for a freed number), lengths and LANGUAGE_CODES indexes. */
  docIds: string;
  docLengths: Uint32Array;
  docLanguages: Uint8Array;
  /** Terms joined by '\n', and each one's document frequency (0: no longer in the vocabulary). */
  terms: string;
  frequencies: Uint32Array;
}

/**
 * Titles and tags (joined by spaces, as the index analyses them) of documents
 * block × HEAD_BLOCK … block × HEAD_BLOCK + HEAD_BLOCK − 1 (null for a freed number): a batch
 * rewrites only the blocks whose titles or tags it changed.
 */
export interface DocHeadsRecord {
  block: number;
  titles: Array<string | null>;
  tags: Array<string | null>;
}
export const HEAD_BLOCK = 1024;

/** Up to JOURNAL_RECORD_SNIPPETS snippets of one hub batch, in the order the batch applied them. */
export interface JournalRecord {
  seq?: number;
  snippets: KbSnippet[];
}

export const LANGUAGE_CODES: readonly KbLanguage[] = ['en', 'nl'];

export class KbDb extends Dexie {
  snippets!: EntityTable<KbSnippet, 'id'>;
  usage!: EntityTable<UsageRecord, 'id'>;
  meta!: Dexie.Table<MetaRecord, string>;
  postings!: EntityTable<PostingsRecord, 'term'>;
  indexState!: EntityTable<IndexStateRecord, 'key'>;
  docHeads!: EntityTable<DocHeadsRecord, 'block'>;
  journal!: EntityTable<JournalRecord, 'seq'>;

  constructor(name = 'tact-kb') {
    super(name);
    this.version(1).stores({
      snippets: 'id, language, version, updatedAt',
      usage: '++id, snippetId, event, at',
      meta: 'key',
      postings: 'term',
      indexState: 'key',
    });
    this.version(2).stores({ docTerms: 'id' });
    this.version(3).stores({ docTerms: null });
    this.version(4).stores({ snippets: 'id' });
    this.version(5).stores({ docHeads: 'block' });
    this.version(6).stores({ journal: '++seq' });
  }
}

let shared: KbDb | undefined;
/** The one KB database of this extension context. */
export const kbDb = (): KbDb => {
  shared ??= new KbDb();
  return shared;
};
