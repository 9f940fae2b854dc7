/**
 * The service worker of bench/kb-worker.ts's throw-away test extension: lib/kb as the real
 * background uses it (dexie over Chromium's IndexedDB), with the measurements done inside
 * the worker (performance.now()), so CDP round trips are not counted. Exposed on `self.kbBench`.
 */
import { KbDb } from '../lib/kb/db';
import { generateKb, generateQueries, generateSnippet, seededRandom } from '../lib/kb/generate-kb';
import { search, suggest } from '../lib/kb/search';
import { KbStore } from '../lib/kb/store';
import type { KbChange } from '../lib/kb/types';
import { summarize } from './stats';

const DB_NAME = 'bench-kb';
const startedAt = performance.now();
let kb: KbStore | undefined;

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

const WARM_UP_QUERIES = 20;

async function time(queries: readonly string[], run: (q: string) => Promise<unknown>): Promise<Timing> {
  for (const q of queries.slice(0, WARM_UP_QUERIES)) await run(q);
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

/** Round r of edits to 1,000 snippets drawn at random from the whole KB (a different draw each round); the edit changes no indexed term. */
function randomBatch(size: number, round: number) {
  const rand = seededRandom(1_000 + round);
  const picked = new Set<number>();
  while (picked.size < Math.min(1_000, size)) picked.add(Math.floor(rand() * size));
  return [...picked].map((i) => {
    const s = generateSnippet(i, 42);
    const version = s.version + size * (100 + round);
    // A number only, which the index does not keep: like the later rounds of updatedBatch, no term changes.
    return { version, snippet: { ...s, version, body: `${s.body} ${2_027 + round}` } };
  });
}

/**
 * Applies one batch of 1,000 changes, timed; every change must apply. With `fold`, then folds the
 * journal at once, timed on its own (what the store does after a quiet second): in the same call,
 * so the store's own fold timer cannot take it first when the machine is slow.
 */
async function timedBatch(batch: KbChange[], fold: boolean): Promise<{ ms: number; foldMs: number; folded: number }> {
  if (!kb) throw new Error('seed first');
  let t = performance.now();
  const res = await kb.applyChanges(batch);
  if (!res.ok || res.applied !== 1_000) throw new Error(`update failed: ${JSON.stringify(res)}`);
  const ms = performance.now() - t;
  if (!fold) return { ms, foldMs: 0, folded: 0 };
  t = performance.now();
  const folded = await kb.fold();
  return { ms, foldMs: performance.now() - t, folded };
}

type QueryKind = 'key' | 'raw' | 'suggest';

/** One query's time and how much of it was spent waiting for the store's reads. */
export interface PhaseSample {
  q: string;
  total: number;
  postingsMs: number;
  postingsIdbMs: number;
  snippetsMs: number;
  snippetsIdbMs: number;
}

/** Wraps the store's awaited reads on this instance to time them; restore() puts them back. */
function instrument(store: KbStore) {
  const times = { postingsMs: 0, postingsIdbMs: 0, snippetsMs: 0, snippetsIdbMs: 0 };
  const timed = <A extends unknown[], R>(fn: (...a: A) => Promise<R>, key: keyof typeof times) =>
    async (...a: A): Promise<R> => {
      const t = performance.now();
      try {
        return await fn(...a);
      } finally {
        times[key] += performance.now() - t;
      }
    };
  const { index, db } = store;
  const originals = { postings: index.postings, snippets: store.snippets, postingsGet: db.postings.bulkGet, snippetsGet: db.snippets.bulkGet };
  index.postings = timed(originals.postings.bind(index), 'postingsMs');
  store.snippets = timed(originals.snippets.bind(store), 'snippetsMs');
  db.postings.bulkGet = timed(originals.postingsGet.bind(db.postings), 'postingsIdbMs') as typeof db.postings.bulkGet;
  db.snippets.bulkGet = timed(originals.snippetsGet.bind(db.snippets), 'snippetsIdbMs') as typeof db.snippets.bulkGet;
  return {
    reset: () => Object.assign(times, { postingsMs: 0, postingsIdbMs: 0, snippetsMs: 0, snippetsIdbMs: 0 }),
    sample: () => ({ ...times }),
    restore: () => {
      index.postings = originals.postings;
      store.snippets = originals.snippets;
      db.postings.bulkGet = originals.postingsGet;
      db.snippets.bulkGet = originals.snippetsGet;
    },
  };
}

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
    const ms = performance.now() - t;
    // The timed batches start from rows, with no fold of the seed's last pages left to come.
    await kb.fold();
    return { ms };
  },

  /** One batch of 1,000 updates to existing snippets, then (unless fold is false) its fold. */
  update: (size: number, round: number, fold = true) => timedBatch(updatedBatch(size, round), fold),

  /** One batch of 1,000 updates to snippets drawn at random from the whole KB, then its fold. */
  updateRandom: (size: number, round: number) => timedBatch(randomBatch(size, round), true),

  /** Folds the journaled snippets into their own rows now (the store does it after a quiet second), timed. */
  async fold(): Promise<{ ms: number; folded: number }> {
    if (!kb) throw new Error('seed first');
    const t = performance.now();
    const folded = await kb.fold();
    return { ms: performance.now() - t, folded };
  },

  /** Opens the stored KB in a (fresh) worker, then runs one query. */
  async restore(): Promise<{ openMs: number; firstQueryMs: number; fresh: boolean; journaled: number }> {
    const fresh = kb === undefined;
    let t = performance.now();
    kb = await KbStore.open(new KbDb(DB_NAME));
    const openMs = performance.now() - t;
    t = performance.now();
    await search(kb, 'kettle recall', { limit: 10 });
    const firstQueryMs = performance.now() - t;
    // Counted after the timing, before the store's own fold (a second after open) can empty the journal.
    const journaled = (await kb.db.journal.toArray()).reduce((sum, record) => sum + record.snippets.length, 0);
    return { openMs, firstQueryMs, fresh, journaled };
  },

  /** Waits for the background reads that open() started: the snippets' heads, then the postings warm-up (finishing what is left). */
  async warmUp(): Promise<{ ms: number }> {
    if (!kb) throw new Error('restore first');
    const t = performance.now();
    await kb.index.headsReady();
    await kb.index.warm();
    return { ms: performance.now() - t };
  },

  /** The timed searches; with phases, where each query's time went (see instrument()). */
  async queries(count: number, phases = false): Promise<{ key: Timing; raw: Timing; suggest: Timing; phases?: Record<QueryKind, PhaseSample[]> }> {
    const store = kb;
    if (!store) throw new Error('restore first');
    const { keyTerms, messages } = generateQueries(count);
    const raw = messages.slice(0, Math.ceil(count / 3));
    const probe = phases ? instrument(store) : undefined;
    const samples: Record<QueryKind, PhaseSample[]> = { key: [], raw: [], suggest: [] };
    const timed = (kind: QueryKind, run: (q: string) => Promise<unknown>) => async (q: string) => {
      probe?.reset();
      const t = performance.now();
      await run(q);
      if (probe) samples[kind].push({ q, total: performance.now() - t, ...probe.sample() });
    };
    try {
      const result = {
        key: await time(keyTerms, timed('key', (q) => search(store, q, { limit: 10 }))),
        raw: await time(raw, timed('raw', (q) => search(store, q, { limit: 10 }))),
        suggest: await time(raw, timed('suggest', (q) => suggest(store, [q], { limit: 10 }))),
      };
      // The warm-up queries time() runs first are not among its samples.
      for (const kind of ['key', 'raw', 'suggest'] as const) samples[kind].splice(0, WARM_UP_QUERIES);
      return phases ? { ...result, phases: samples } : result;
    } finally {
      probe?.restore();
    }
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
