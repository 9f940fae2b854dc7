/**
 * The snippets the store has read, kept in memory so a search can show its hits without
 * waiting for IndexedDB: that wait was most of a warm search's time, and its slow tail set the
 * search p95. Bounded by the text it holds (least recently used out first); after a restart,
 * warm() reads ahead as far as the budget goes, the whole KB for up to ~10,000 snippets.
 *
 * Never staler than IndexedDB: a write drops the snippets it touches before it starts, and a
 * read that overlapped a write is not kept, as it may hold the state from before it.
 */
import type { KbSnippet } from './types';

/** Characters of snippet text held (~1 byte each for Latin text): ~10,000 typical snippets. */
export const RECENT_SNIPPET_CHARS = 8_000_000;
const WARM_PAGE = 500;

/** A snippet's text size, the unit of the budget. */
function size(s: KbSnippet): number {
  let n = s.id.length + s.title.length + s.body.length + (s.variants?.formal?.length ?? 0) + (s.variants?.informal?.length ?? 0);
  for (const tag of s.tags) n += tag.length;
  return n;
}

export class RecentSnippets {
  private readonly rows = new Map<string, KbSnippet>();
  private held = 0;
  private writesStarted = 0;
  private writesEnded = 0;

  constructor(private readonly budget = RECENT_SNIPPET_CHARS) {}

  /** Rows by id, in the order asked (undefined where none is stored); reads only the ones it lacks. */
  async read(ids: readonly string[], fetch: (ids: string[]) => Promise<Array<KbSnippet | undefined>>): Promise<Array<KbSnippet | undefined>> {
    const out = ids.map((id) => this.take(id));
    const missing = ids.filter((_, i) => !out[i]);
    if (!missing.length) return out;
    const undisturbed = this.watchWrites();
    const fetched = new Map<string, KbSnippet>();
    for (const row of await fetch(missing)) if (row) fetched.set(row.id, row);
    const keep = undisturbed();
    return ids.map((id, i) => {
      const row = out[i] ?? fetched.get(id);
      if (keep && row && !out[i]) this.remember(row);
      return row;
    });
  }

  /**
   * Reads snippets ahead, in id order, page by page until the budget is full; never pushes out
   * what searches already brought in. Resolves to the number kept.
   */
  async warm(readPage: (after: string | undefined, count: number) => Promise<KbSnippet[]>): Promise<number> {
    let kept = 0;
    let after: string | undefined;
    for (;;) {
      const undisturbed = this.watchWrites();
      const page = await readPage(after, WARM_PAGE);
      after = page.at(-1)?.id;
      if (after === undefined) return kept;
      if (!undisturbed()) continue;
      for (const row of page) {
        if (row.deleted || this.rows.has(row.id)) continue;
        if (this.held + size(row) > this.budget) return kept;
        this.add(row);
        kept++;
      }
    }
  }

  /** Runs a write of these snippets (or of all of them), keeping the cache out of its way. */
  async writing<T>(ids: readonly string[] | 'all', write: () => Promise<T>): Promise<T> {
    this.writesStarted++;
    if (ids === 'all') this.forgetAll();
    else for (const id of ids) this.drop(id);
    try {
      return await write();
    } finally {
      this.writesEnded++;
    }
  }

  /** Inside a write that replaces every snippet. */
  forgetAll() {
    this.rows.clear();
    this.held = 0;
  }

  /** Whether no write starts or runs from now until the returned check. */
  private watchWrites(): () => boolean {
    const started = this.writesStarted;
    const quiet = started === this.writesEnded;
    return () => quiet && this.writesStarted === started;
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
    this.drop(row.id);
    this.add(row);
    for (const [id] of this.rows) {
      if (this.held <= this.budget) break;
      this.drop(id);
    }
  }

  private add(row: KbSnippet) {
    this.rows.set(row.id, row);
    this.held += size(row);
  }

  private drop(id: string) {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    this.held -= size(row);
  }
}
