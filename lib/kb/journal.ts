/**
 * The snippet journal: a hub batch stores its snippets as a few records (JOURNAL_RECORD_SNIPPETS
 * each) in the `journal` table, and the background later folds them into one row per snippet
 * in `snippets` (KbStore.fold()). Until then the journal's copy is the current one: it is kept
 * in memory as well, and every read looks here first.
 *
 * Why: Chromium's IndexedDB costs about 0.1 ms per record written, whatever its size. Measured
 * in the service worker (bench/kb-worker.ts), 1,000 tiny records took 81–121 ms to write,
 * 1,000 snippets as their own rows 143–211 ms, and the same 1,000 snippets as ten records
 * 24–37 ms. The per-snippet rows were most of a 1,000-update batch's time.
 */
import type { JournalRecord, KbDb } from './db';
import type { KbSnippet } from './types';

/** ~1.5 KB per snippet: records of ~150 KB, each one write. */
export const JOURNAL_RECORD_SNIPPETS = 100;

/** Splits a batch into journal records, keeping its order. */
export function journalRecords(snippets: readonly KbSnippet[]): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (let i = 0; i < snippets.length; i += JOURNAL_RECORD_SNIPPETS) records.push({ snippets: snippets.slice(i, i + JOURNAL_RECORD_SNIPPETS) });
  return records;
}

export class SnippetJournal {
  /** The newest journaled copy per snippet id. */
  private readonly entries = new Map<string, KbSnippet>();

  private constructor(private readonly db: KbDb) {}

  /** Reads the journal left by an earlier worker (records in the order they were written). */
  static async load(db: KbDb): Promise<SnippetJournal> {
    const journal = new SnippetJournal(db);
    await journal.reload();
    return journal;
  }

  /** Drops what is in memory and reads back what is stored (after a failed transaction). */
  async reload(): Promise<void> {
    const records = await this.db.journal.orderBy('seq').toArray();
    this.entries.clear();
    for (const record of records) this.remember(record.snippets);
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): KbSnippet | undefined {
    return this.entries.get(id);
  }

  /** Writes a batch's snippets (inside a rw transaction over `journal`); remember() them once it commits. */
  stage(snippets: readonly KbSnippet[]): Promise<unknown> {
    return snippets.length ? this.db.journal.bulkAdd(journalRecords(snippets)) : Promise.resolve();
  }

  /** Takes a committed batch into memory; a later record's copy of a snippet replaces an earlier one's. */
  remember(snippets: readonly KbSnippet[]) {
    for (const s of snippets) this.entries.set(s.id, s);
  }

  /** What a fold writes: every journaled snippet's newest copy. */
  snapshot(): KbSnippet[] {
    return [...this.entries.values()];
  }

  /** After a fold committed: forgets the copies it wrote, unless a newer one came in meanwhile. */
  folded(written: readonly KbSnippet[]) {
    for (const s of written) if (this.entries.get(s.id) === s) this.entries.delete(s.id);
  }

  /** After a transaction that emptied the journal table (a replacement of the whole KB). */
  forgetAll() {
    this.entries.clear();
  }
}
