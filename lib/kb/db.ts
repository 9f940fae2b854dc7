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
 * - docTerms (v2): each live snippet's index terms, so an update diffs old against new terms
 *   without re-analysing the old text. Filled as snippets change; a snippet indexed before v2
 *   has no row and is re-analysed once, so the upgrade moves no data.
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

/** Everything the index keeps in memory, stored as one record so a restart is one read. */
export interface IndexStateRecord {
  key: 'main';
  /** Snippet id per document number; '' marks a freed number. */
  docIds: string[];
  docLengths: number[];
  docLanguages: KbLanguage[];
  /** Vocabulary and document frequencies, as parallel arrays. */
  terms: string[];
  frequencies: number[];
  /** Set when `terms` is stored in sorted order (from v2 on): a restart then skips the sort. */
  termsSorted?: boolean;
}

/** One live snippet's field-weighted index terms (parallel arrays). */
export interface DocTermsRecord {
  id: string;
  terms: string[];
  weights: Uint16Array;
}

export class KbDb extends Dexie {
  snippets!: EntityTable<KbSnippet, 'id'>;
  usage!: EntityTable<UsageRecord, 'id'>;
  meta!: Dexie.Table<MetaRecord, string>;
  postings!: EntityTable<PostingsRecord, 'term'>;
  indexState!: EntityTable<IndexStateRecord, 'key'>;
  docTerms!: EntityTable<DocTermsRecord, 'id'>;

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
  }
}

let shared: KbDb | undefined;
/** The one KB database of this extension context. */
export const kbDb = (): KbDb => {
  shared ??= new KbDb();
  return shared;
};
