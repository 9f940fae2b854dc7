/**
 * The knowledge base's write side: applying the hub's changes, replacing the whole KB, seeding
 * the demo KB. Agents only read the KB; only the hub (team leads) changes it, so every write
 * comes through here, one at a time, and each one updates snippets, the search index and the
 * cursor in ONE IndexedDB transaction: a failure (a full disk: QuotaExceededError) leaves
 * everything stored as it was and is returned as a typed result, not thrown. A hub batch's
 * snippets go to the journal (journal.ts) and are folded into their own rows in the background.
 *
 * @example
 * const kb = await KbStore.open();          // reads the stored index: no rebuild
 * await kb.seedDemoIfEmpty();
 * const res = await kb.applyChanges(batch.changes);
 * if (!res.ok && res.error === 'quota-exceeded') showStorageFull();
 */
import Dexie from 'dexie';
import { type KbDb, kbDb } from './db';
import demoKb from './demo/demo-kb.json';
import { SnippetJournal } from './journal';
import { type IndexUpdate, TermIndex } from './term-index';
import type { KbChange, KbSnippet, KbSource } from './types';

export type StoreResult = { ok: true; applied: number; lastVersion: number } | { ok: false; error: 'quota-exceeded' | 'failed'; message: string };

/** Lets the first query after a restart run before the cache warm-up starts reading. */
const WARM_DELAY_MS = 50;
/**
 * Quiet time after a hub batch before its journaled snippets are folded into their own rows:
 * the next batch of a sync (pages follow each other) should not queue behind a fold.
 */
export const FOLD_DELAY_MS = 1_000;
/** Journaled snippets (~1.5 KB each in memory) that make a fold start without waiting. */
export const JOURNAL_LIMIT = 5_000;
/** Snippets kept after a read (~1.5 KB each, so ~3 MB): searches show the same ones again and again. */
const RECENT_SNIPPETS = 2_000;

type DemoSnippet = Pick<KbSnippet, 'id' | 'title' | 'body' | 'tags' | 'language' | 'variants'>;

/** The demo KB as stored snippets (version 0, so the hub's first change always wins). */
export function demoSnippets(now = Date.now()): KbSnippet[] {
  return (demoKb.snippets as DemoSnippet[]).map((s) => ({ ...s, version: 0, updatedAt: now, deleted: false }));
}

export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
  }
  return false;
}

function failure(error: unknown): StoreResult {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: isQuotaError(error) ? 'quota-exceeded' : 'failed', message };
}

/** Keeps the highest version per snippet id, so a batch may repeat or reorder changes. */
function latestPerId(changes: readonly KbChange[]): KbSnippet[] {
  const byId = new Map<string, KbSnippet>();
  for (const c of changes) {
    const snippet = { ...c.snippet, version: c.version };
    const seen = byId.get(snippet.id);
    if (!seen || seen.version < snippet.version) byId.set(snippet.id, snippet);
  }
  return [...byId.values()];
}

/**
 * The snippets read lately, so a search need not wait for IndexedDB to show them again (that
 * wait was most of a warm search's time). A write drops the snippets it touches before it
 * starts, and a read that overlapped a write is not kept: it may hold the state before it.
 */
export class RecentSnippets {
  private readonly rows = new Map<string, KbSnippet>();
  private writesStarted = 0;
  private writesEnded = 0;

  constructor(private readonly limit = RECENT_SNIPPETS) {}

  /** Rows by id, in the order asked (undefined where none is stored); reads only the ones it lacks. */
  async read(ids: readonly string[], fetch: (ids: string[]) => Promise<Array<KbSnippet | undefined>>): Promise<Array<KbSnippet | undefined>> {
    const out = ids.map((id) => this.take(id));
    const missing = ids.filter((_, i) => !out[i]);
    if (!missing.length) return out;
    const startedBefore = this.writesStarted;
    const quiet = startedBefore === this.writesEnded;
    const fetched = new Map<string, KbSnippet>();
    for (const row of await fetch(missing)) if (row) fetched.set(row.id, row);
    const keep = quiet && this.writesStarted === startedBefore;
    return ids.map((id, i) => {
      const row = out[i] ?? fetched.get(id);
      if (keep && row && !out[i]) this.remember(row);
      return row;
    });
  }

  /** Runs a write of these snippets (or of all of them), keeping the cache out of its way. */
  async writing<T>(ids: readonly string[] | 'all', write: () => Promise<T>): Promise<T> {
    this.writesStarted++;
    if (ids === 'all') this.forgetAll();
    else for (const id of ids) this.rows.delete(id);
    try {
      return await write();
    } finally {
      this.writesEnded++;
    }
  }

  /** Inside a write that replaces every snippet. */
  forgetAll() {
    this.rows.clear();
  }

  private take(id: string): KbSnippet | undefined {
    const row = this.rows.get(id);
    if (row) {
      // Most recently used last: eviction drops the Map's oldest entry.
      this.rows.delete(id);
      this.rows.set(id, row);
    }
    return row;
  }

  private remember(row: KbSnippet) {
    this.rows.delete(row.id);
    this.rows.set(row.id, row);
    if (this.rows.size > this.limit) this.rows.delete(this.rows.keys().next().value as string);
  }
}

/** What a write stages, and what to do in memory once its transaction has committed. */
interface Staged {
  result: StoreResult;
  committed: () => void;
}

export class KbStore {
  private readonly recent = new RecentSnippets();
  /** Writes and folds, one at a time: each reads the state the one before it left. */
  private queue: Promise<unknown> = Promise.resolve();
  private foldTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    readonly db: KbDb,
    readonly index: TermIndex,
    private readonly journal: SnippetJournal,
  ) {}

  /**
   * Reads the stored index state (the whole cost of a restart), then, after WARM_DELAY_MS,
   * reads the snippets' titles and tags and the most used postings into memory in the
   * background (warm: false skips that).
   */
  static async open(db: KbDb = kbDb(), opts: { warm?: boolean; cacheBudget?: number } = {}): Promise<KbStore> {
    const [index, journal] = await Promise.all([TermIndex.load(db, { cacheBudget: opts.cacheBudget }), SnippetJournal.load(db)]);
    if (opts.warm !== false) {
      // Background niceties: a closed database or a failed read only means slower searches
      // (a failed read of the heads is retried by the next write, which needs them).
      setTimeout(() => {
        void index.headsReady().catch(() => undefined);
        void index.warm().catch(() => undefined);
      }, WARM_DELAY_MS);
    }
    const store = new KbStore(db, index, journal);
    if (journal.size) store.scheduleFold();
    return store;
  }

  async lastVersion(): Promise<number> {
    const row = await this.db.meta.get('lastVersion');
    return row?.key === 'lastVersion' ? row.value : 0;
  }

  async source(): Promise<KbSource | undefined> {
    const row = await this.db.meta.get('source');
    return row?.key === 'source' ? row.value : undefined;
  }

  /**
   * Applies hub changes idempotently: a change older than or equal to the stored version of its
   * snippet is skipped. The first hub change replaces the demo KB.
   */
  async applyChanges(changes: readonly KbChange[]): Promise<StoreResult> {
    const incoming = latestPerId(changes);
    // The quiet second counts from the end of the last batch: a fold due while a batch is being
    // written would queue behind it and hold up the sync's next page.
    this.cancelFold();
    const result = await this.write(incoming.map((s) => s.id), () => this.stageChanges(incoming));
    if (this.journal.size) this.scheduleFold();
    return result;
  }

  /** Replaces the whole KB (a hub's full export, or the demo KB). */
  async replaceAll(snippets: readonly KbSnippet[], source: KbSource): Promise<StoreResult> {
    return this.write('all', () => this.stageReplacement(snippets, source));
  }

  /** Runs a task after every write and fold queued before it (a failed one does not stop the queue). */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs one write in ONE transaction over snippets, journal, index and cursor; a failure
   * leaves the stored state as it was, and the index and journal read it back.
   */
  private write(ids: readonly string[] | 'all', stage: () => Promise<Staged>): Promise<StoreResult> {
    const { db, index } = this;
    return this.serially(async () => {
      try {
        await index.headsReady();
        // An async scope function: Dexie keeps the transaction open across native awaits only then.
        const staged = await this.recent.writing(ids, () => db.transaction('rw', [db.snippets, db.journal, db.postings, db.indexState, db.docHeads, db.meta], async () => stage()));
        staged.committed();
        return staged.result;
      } catch (error) {
        await Promise.all([index.reload(), this.journal.reload()]);
        return failure(error);
      }
    });
  }

  private cancelFold() {
    clearTimeout(this.foldTimer);
    this.foldTimer = undefined;
  }

  /** Folds the journal after FOLD_DELAY_MS of quiet, or at once when it holds JOURNAL_LIMIT snippets. */
  private scheduleFold() {
    this.cancelFold();
    const delay = this.journal.size >= JOURNAL_LIMIT ? 0 : FOLD_DELAY_MS;
    this.foldTimer = setTimeout(() => {
      this.foldTimer = undefined;
      this.fold().catch((error: unknown) => {
        // The snippets stay in the journal (read from there, folded by a later attempt); a
        // closed database means this store is gone.
        if ((error as { name?: unknown })?.name !== Dexie.errnames.DatabaseClosed) console.warn('Tact: folding the knowledge-base journal failed; will retry after the next update', error);
      });
    }, delay);
  }

  /**
   * Moves the journaled snippets into their own rows and empties the journal, and writes the
   * index's full state record, in one transaction (a failure leaves the journal as it was).
   * Runs in turn with the writes.
   * Resolves to the number of snippets folded.
   */
  fold(): Promise<number> {
    this.cancelFold();
    const { db, journal } = this;
    return this.serially(async () => {
      const written = journal.snapshot();
      if (!written.length) return 0;
      // The index's state deltas go into its full record at the same quiet moment.
      await db.transaction('rw', [db.snippets, db.journal, db.indexState], async () => {
        await Promise.all([db.snippets.bulkPut(written), db.journal.clear(), this.index.stageCompaction()]);
      });
      journal.folded(written);
      return written.length;
    });
  }

  private async stageChanges(incoming: readonly KbSnippet[]): Promise<Staged> {
    const { db, index, journal } = this;
    const [source, storedLastVersion] = await Promise.all([this.source(), this.lastVersion()]);
    const fromHub = source === 'hub';
    // The old versions the batch must read; journaled snippets are newer than their rows. A
    // change above the cursor (the highest version applied) is newer than anything stored, so
    // it needs no old version for the check, and when the index can recall a snippet's stored
    // terms it needs none for the index either: reading 1,000 snippets from all over the store
    // was most of a batch's time.
    const recall = index.recallsStoredTerms();
    const unread = (s: KbSnippet) => journal.get(s.id) !== undefined || (recall && s.version > storedLastVersion);
    const toRead = fromHub ? incoming.filter((s) => !unread(s)).map((s) => s.id) : [];
    const found = new Map<string, KbSnippet>();
    if (toRead.length) for (const row of await db.snippets.bulkGet(toRead)) if (row) found.set(row.id, row);
    if (!fromHub) await this.clearAll();
    const stored = fromHub ? incoming.map((s) => journal.get(s.id) ?? found.get(s.id)) : [];
    const updates: IndexUpdate[] = [];
    const writes: KbSnippet[] = [];
    incoming.forEach((after, i) => {
      const before = stored[i];
      if (before && before.version >= after.version) return;
      updates.push({ before, after });
      writes.push(after);
    });
    const lastVersion = incoming.reduce((max, s) => Math.max(max, s.version), fromHub ? storedLastVersion : 0);
    // Not awaited in turn: IndexedDB stores the snippets while the index analyses their text.
    await Promise.all([
      journal.stage(writes),
      index.stage(updates),
      db.meta.bulkPut([
        { key: 'lastVersion', value: lastVersion },
        { key: 'source', value: 'hub' },
      ]),
    ]);
    const committed = () => {
      if (!fromHub) journal.forgetAll();
      journal.remember(writes);
    };
    return { result: { ok: true, applied: writes.length, lastVersion }, committed };
  }

  private async stageReplacement(snippets: readonly KbSnippet[], source: KbSource): Promise<Staged> {
    const { db, index } = this;
    await this.clearAll();
    const lastVersion = snippets.reduce((max, s) => Math.max(max, s.version), 0);
    await Promise.all([
      db.snippets.bulkPut([...snippets]),
      index.stage(snippets.map((after) => ({ after }))),
      db.meta.bulkPut([
        { key: 'lastVersion', value: lastVersion },
        { key: 'source', value: source },
      ]),
    ]);
    return { result: { ok: true, applied: snippets.length, lastVersion }, committed: () => this.journal.forgetAll() };
  }

  /** A fresh install holds the demo KB until a hub is configured. */
  async seedDemoIfEmpty(): Promise<StoreResult | undefined> {
    if ((await this.source()) || this.journal.size || (await this.db.snippets.count()) > 0) return undefined;
    return this.replaceAll(demoSnippets(), 'demo');
  }

  private async clearAll() {
    this.recent.forgetAll();
    await Promise.all([this.db.snippets.clear(), this.db.journal.clear(), this.index.stageClear(), this.db.meta.clear()]);
  }

  /** Live snippets by id, in the order asked (tombstones and unknown ids are undefined). */
  async snippets(ids: readonly string[]): Promise<Array<KbSnippet | undefined>> {
    const journaled = ids.map((id) => this.journal.get(id));
    const unjournaled = ids.filter((_, i) => !journaled[i]);
    const rows = unjournaled.length ? await this.recent.read(unjournaled, (missing) => this.db.snippets.bulkGet(missing)) : [];
    let next = 0;
    return journaled.map((j) => j ?? rows[next++]).map((s) => (s && !s.deleted ? s : undefined));
  }
}
