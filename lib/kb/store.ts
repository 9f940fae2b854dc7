/**
 * The knowledge base's write side: applying the hub's changes, replacing the whole KB, seeding
 * the demo KB. Agents only read the KB; only the hub (team leads) changes it, so every write
 * comes through here, and each one updates snippets, the search index and the cursor in ONE
 * IndexedDB transaction: a failure (a full disk: QuotaExceededError) leaves everything stored
 * as it was and is returned as a typed result, not thrown.
 *
 * @example
 * const kb = await KbStore.open();          // reads the stored index: no rebuild
 * await kb.seedDemoIfEmpty();
 * const res = await kb.applyChanges(batch.changes);
 * if (!res.ok && res.error === 'quota-exceeded') showStorageFull();
 */
import Dexie from 'dexie';
import { type KbDb, kbDb } from './db';
import { RecentSnippets } from './recent-snippets';
import demoKb from './demo/demo-kb.json';
import { type IndexUpdate, TermIndex } from './term-index';
import type { KbChange, KbSnippet, KbSource } from './types';

export type StoreResult = { ok: true; applied: number; lastVersion: number } | { ok: false; error: 'quota-exceeded' | 'failed'; message: string };

/** Lets the first query after a restart run before the warm-up starts reading. */
const WARM_DELAY_MS = 50;

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

export class KbStore {
  private readonly recent = new RecentSnippets();
  private warming: Promise<void> | undefined;

  private constructor(
    readonly db: KbDb,
    readonly index: TermIndex,
  ) {}

  /**
   * Reads the stored index state (the whole cost of a restart), then, after WARM_DELAY_MS,
   * reads the most used postings into memory in the background (warm: false skips that).
   */
  static async open(db: KbDb = kbDb(), opts: { warm?: boolean } = {}): Promise<KbStore> {
    const store = new KbStore(db, await TermIndex.load(db));
    if (opts.warm !== false) {
      // A background nicety: a closed database or a failed read only means a colder cache.
      setTimeout(() => void store.warm().catch(() => undefined), WARM_DELAY_MS);
    }
    return store;
  }

  /**
   * Reads ahead what searches need after a restart: the most used postings, then snippets
   * for showing hits, as far as their memory budgets go (the whole KB up to ~10,000 snippets).
   * Once per store; resolves when done.
   */
  warm(): Promise<void> {
    this.warming ??= (async () => {
      await this.index.warm();
      await this.recent.warm((after, count) => (after === undefined ? this.db.snippets.limit(count) : this.db.snippets.where(':id').above(after).limit(count)).toArray());
    })();
    return this.warming;
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
    return this.write(incoming.map((s) => s.id), () => this.stageChanges(incoming));
  }

  /** Replaces the whole KB (a hub's full export, or the demo KB). */
  async replaceAll(snippets: readonly KbSnippet[], source: KbSource): Promise<StoreResult> {
    return this.write('all', () => this.stageReplacement(snippets, source));
  }

  /**
   * Runs one write in ONE transaction over snippets, index and cursor; a failure leaves the
   * stored state as it was, and the index reads it back.
   */
  private async write(ids: readonly string[] | 'all', stage: () => Promise<StoreResult>): Promise<StoreResult> {
    const { db, index } = this;
    try {
      // An async scope function: Dexie keeps the transaction open across native awaits only then.
      return await this.recent.writing(ids, () => db.transaction('rw', [db.snippets, db.postings, db.indexState, db.meta], async () => stage()));
    } catch (error) {
      await index.reload();
      return failure(error);
    }
  }

  private async stageChanges(incoming: readonly KbSnippet[]): Promise<StoreResult> {
    const { db, index } = this;
    // Everything the batch must read, in one round trip to IndexedDB.
    const [source, storedLastVersion, found] = await Promise.all([this.source(), this.lastVersion(), db.snippets.bulkGet(incoming.map((s) => s.id))]);
    const fromHub = source === 'hub';
    if (!fromHub) await this.clearAll();
    const stored = fromHub ? found : [];
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
      db.snippets.bulkPut(writes),
      index.stage(updates),
      db.meta.bulkPut([
        { key: 'lastVersion', value: lastVersion },
        { key: 'source', value: 'hub' },
      ]),
    ]);
    return { ok: true, applied: writes.length, lastVersion };
  }

  private async stageReplacement(snippets: readonly KbSnippet[], source: KbSource): Promise<StoreResult> {
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
    return { ok: true, applied: snippets.length, lastVersion };
  }

  /** A fresh install holds the demo KB until a hub is configured. */
  async seedDemoIfEmpty(): Promise<StoreResult | undefined> {
    if ((await this.source()) || (await this.db.snippets.count()) > 0) return undefined;
    return this.replaceAll(demoSnippets(), 'demo');
  }

  private async clearAll() {
    this.recent.forgetAll();
    await Promise.all([this.db.snippets.clear(), this.index.stageClear(), this.db.meta.clear()]);
  }

  /** Live snippets by id, in the order asked (tombstones and unknown ids are undefined). */
  async snippets(ids: readonly string[]): Promise<Array<KbSnippet | undefined>> {
    const rows = await this.recent.read(ids, (missing) => this.db.snippets.bulkGet(missing));
    return rows.map((s) => (s && !s.deleted ? s : undefined));
  }
}
