/**
 * The service worker of bench/kb-worker.ts's throw-away test extension: lib/kb as the real
 * background uses it (dexie over Chromium's IndexedDB), with the measurements done inside
 * the worker (performance.now()), so CDP round trips are not counted. Exposed on `self.kbBench`.
 */
import { KbDb } from '../lib/kb/db';
import { generateKb, generateQueries } from '../lib/kb/generate-kb';
import { search, suggest } from '../lib/kb/search';
import { KbStore } from '../lib/kb/store';
import { summarize } from './stats';

const DB_NAME = 'bench-kb';
const startedAt = performance.now();
let kb: KbStore | undefined;

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

async function time(queries: readonly string[], run: (q: string) => Promise<unknown>): Promise<Timing> {
  for (const q of queries.slice(0, 20)) await run(q);
  const samples: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await run(q);
    samples.push(performance.now() - t);
  }
  const s = summarize(samples);
  return { p50: s.median, p95: s.p95, n: s.n };
}

/** Round r of edits to the first 1,000 snippets (a new sentence each round, newer versions). */
const updatedBatch = (size: number, round: number) =>
  generateKb(1_000).map((s) => {
    const version = s.version + size * (2 + round);
    return { version, snippet: { ...s, version, body: `${s.body} Update ${round}: the spare filter now ships separately.` } };
  });

const api = {
  /** Milliseconds since this worker's script started: the restart's own cost. */
  uptime: () => performance.now() - startedAt,

  /** Fresh database, filled the way a hub sync does it: pages of 2,000 changes. */
  async seed(size: number): Promise<{ ms: number }> {
    kb?.db.close();
    await new KbDb(DB_NAME).delete();
    kb = await KbStore.open(new KbDb(DB_NAME));
    const snippets = generateKb(size);
    const t = performance.now();
    for (let i = 0; i < snippets.length; i += 2_000) {
      const res = await kb.applyChanges(snippets.slice(i, i + 2_000).map((s) => ({ version: s.version, snippet: s })));
      if (!res.ok) throw new Error(res.message);
    }
    return { ms: performance.now() - t };
  },

  /** One batch of 1,000 updates to existing snippets. */
  async update(size: number, round: number): Promise<{ ms: number }> {
    if (!kb) throw new Error('seed first');
    const batch = updatedBatch(size, round);
    const t = performance.now();
    const res = await kb.applyChanges(batch);
    if (!res.ok || res.applied !== 1_000) throw new Error(`update failed: ${JSON.stringify(res)}`);
    return { ms: performance.now() - t };
  },

  /** Opens the stored KB in a (fresh) worker, then runs one query. */
  async restore(): Promise<{ openMs: number; firstQueryMs: number; fresh: boolean }> {
    const fresh = kb === undefined;
    let t = performance.now();
    kb = await KbStore.open(new KbDb(DB_NAME));
    const openMs = performance.now() - t;
    t = performance.now();
    await search(kb, 'kettle recall', { limit: 10 });
    return { openMs, firstQueryMs: performance.now() - t, fresh };
  },

  /** Waits for the background postings warm-up that open() started (finishing what is left). */
  async warmUp(): Promise<{ ms: number }> {
    if (!kb) throw new Error('restore first');
    const t = performance.now();
    await kb.index.warm();
    return { ms: performance.now() - t };
  },

  async queries(count: number): Promise<{ key: Timing; raw: Timing; suggest: Timing }> {
    const store = kb;
    if (!store) throw new Error('restore first');
    const { keyTerms, messages } = generateQueries(count);
    const raw = messages.slice(0, Math.ceil(count / 3));
    return {
      key: await time(keyTerms, (q) => search(store, q, { limit: 10 })),
      raw: await time(raw, (q) => search(store, q, { limit: 10 })),
      suggest: await time(raw, (q) => suggest(store, [q], { limit: 10 })),
    };
  },

};

export type KbBenchApi = typeof api;
(self as unknown as { kbBench: KbBenchApi }).kbBench = api;

/** bench/kb-worker.ts wakes a stopped worker with a message, as a chat message would. */
interface RuntimeLike {
  onMessage: { addListener(listener: (message: unknown, sender: unknown, reply: (r: unknown) => void) => void): void };
}
(globalThis as unknown as { chrome: { runtime: RuntimeLike } }).chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message === 'wake') reply('awake');
});
