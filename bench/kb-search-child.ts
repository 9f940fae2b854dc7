/**
 * One engine × one KB size for bench/kb-search.ts, in a process of its own (run with
 * --expose-gc). Prints one JSON line: an EngineResult.
 */
import 'fake-indexeddb/auto';
import { create, insertMultiple, load, type Orama, save, search as oramaSearch, updateMultiple } from '@orama/orama';
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { KbDb } from '../lib/kb/db';
import { generateKb, generateQueries } from '../lib/kb/generate-kb';
import { search, suggest } from '../lib/kb/search';
import { KbStore } from '../lib/kb/store';
import { guessLanguage, isStopword, stem, words } from '../lib/kb/text-analysis';
import type { KbLanguage, KbSnippet } from '../lib/kb/types';
import type { EngineResult } from './kb-search';
import { summarize } from './stats';

const [engine, sizeArg] = process.argv.slice(2) as [EngineResult['engine'], string];
const size = Number(sizeArg);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const now = () => performance.now();

/** The same analysed text for every engine: stop words out, Snowball stems in. */
const analyse = (text: string, lang: KbLanguage) =>
  words(text)
    .filter((w) => !isStopword(w, lang))
    .map((w) => stem(w, lang))
    .join(' ');
const analyseQuery = (q: string) => analyse(q, guessLanguage(q) ?? 'en');

type Flat = {
  id: string;
  title: string;
  tags: string;
  body: string;
  lang: KbLanguage;
};
const flatten = (s: KbSnippet): Flat => ({ id: s.id, title: analyse(s.title, s.language), tags: analyse(s.tags.join(' '), s.language), body: analyse(s.body, s.language), lang: s.language });

async function time(queries: readonly string[], run: (q: string) => unknown): Promise<{ p50: number; p95: number }> {
  for (const q of queries.slice(0, 20)) await run(q);
  const samples: number[] = [];
  for (const q of queries) {
    const t = now();
    await run(q);
    samples.push(now() - t);
  }
  const s = summarize(samples);
  return { p50: s.median, p95: s.p95 };
}

const snippets = generateKb(size);
const updated = snippets.slice(0, 1_000).map((s) => ({ ...s, body: `${s.body} Updated: the spare filter now ships separately.`, version: s.version + size }));
const { keyTerms, messages } = generateQueries(300);
const raw = messages.slice(0, 100);

interface Engineish {
  build(): Promise<void>;
  query(q: string): unknown;
  update(): Promise<void>;
  save(): Promise<string>;
  restore(saved: string): Promise<void>;
  drop(): void;
  note: string;
}

function miniSearch(): Engineish {
  const options = { fields: ['title', 'tags', 'body'], storeFields: [], tokenize: (s: string) => s.split(' '), searchOptions: { boost: { title: 3, tags: 2 }, prefix: true, fuzzy: 0.2 } };
  let ms: MiniSearch<Flat> | undefined;
  return {
    note: 'in-memory BM25; prefix + fuzzy; JSON snapshot',
    async build() {
      ms = new MiniSearch<Flat>(options);
      ms.addAll(snippets.map(flatten));
    },
    query: (q) => ms?.search(analyseQuery(q)).slice(0, 10),
    async update() {
      for (const s of updated) ms?.replace(flatten(s));
    },
    save: async () => JSON.stringify(ms),
    async restore(saved) {
      ms = MiniSearch.loadJSON<Flat>(saved, options);
    },
    drop() {
      ms = undefined;
    },
  };
}

function flexSearch(): Engineish {
  const make = () => new Document<Flat>({ document: { id: 'id', index: ['title', 'tags', 'body'] }, tokenize: 'forward' });
  let index: Document<Flat> | undefined;
  return {
    note: 'in-memory, no BM25 scores; forward (prefix) tokenizer; export/import',
    async build() {
      index = make();
      for (const s of snippets) index.add(flatten(s));
    },
    query: (q) => index?.search(analyseQuery(q), { limit: 10, suggest: true }),
    async update() {
      for (const s of updated) index?.update(flatten(s));
    },
    async save() {
      const parts: Record<string, string> = {};
      await index?.export((key: string, data: string) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
    async restore(saved) {
      index = make();
      for (const [key, data] of Object.entries(JSON.parse(saved) as Record<string, string>)) await index.import(key, data);
    },
    drop() {
      index = undefined;
    },
  };
}

function orama(): Engineish {
  const schema = { title: 'string', tags: 'string', body: 'string', lang: 'enum' } as const;
  const tokenizer = { language: 'english', normalizationCache: new Map<string, string>(), tokenize: (s: string) => s.split(' ').filter(Boolean) };
  const make = () => create({ schema, components: { tokenizer } });
  let db: Orama<typeof schema> | undefined;
  return {
    note: 'in-memory BM25; typo tolerance 1; save/load as JSON',
    async build() {
      db = make();
      await insertMultiple(db, snippets.map(flatten), 1_000);
    },
    query: (q) => (db ? oramaSearch(db, { term: analyseQuery(q), properties: ['title', 'tags', 'body'], boost: { title: 3, tags: 2 }, tolerance: 1, limit: 10 }) : undefined),
    async update() {
      if (db)
        await updateMultiple(
          db,
          updated.map((s) => s.id),
          updated.map(flatten),
        );
    },
    save: async () => (db ? JSON.stringify(save(db)) : ''),
    async restore(saved) {
      db = make();
      load(db, JSON.parse(saved));
    },
    drop() {
      db = undefined;
    },
  };
}

async function measureLibrary(e: Engineish): Promise<EngineResult> {
  const base = heapMb();
  let t = now();
  await e.build();
  const buildMs = now() - t;
  const heap = heapMb() - base;
  const key = await time(keyTerms, e.query);
  const rawT = await time(raw, e.query);
  t = now();
  await e.update();
  const updateMs = now() - t;
  const saved = await e.save();
  e.drop();
  gc();
  t = now();
  await e.restore(saved);
  const restoreMs = now() - t;
  return { engine, size, buildMs, heapMb: heap, keyP50: key.p50, keyP95: key.p95, rawP50: rawT.p50, rawP95: rawT.p95, updateMs, restoreMs, savedMb: saved.length / 1024 / 1024, note: e.note };
}

async function measureDexie(): Promise<EngineResult> {
  const db = new KbDb('bench-kb');
  let kb: KbStore | undefined = await KbStore.open(db);
  let t = now();
  // Built the way a hub sync would: pages of 2,000 changes.
  for (let i = 0; i < snippets.length; i += 2_000) {
    const res = await kb.applyChanges(snippets.slice(i, i + 2_000).map((s) => ({ version: s.version, snippet: s })));
    if (!res.ok) throw new Error(res.message);
  }
  const buildMs = now() - t;
  t = now();
  const res = await kb.applyChanges(updated.map((s) => ({ version: s.version, snippet: s })));
  const updateMs = now() - t;
  if (!res.ok || res.applied !== 1_000) throw new Error('update batch failed');
  // Restart: drop every in-memory structure; the data stays in (fake) IndexedDB.
  kb = undefined;
  db.close();
  await new Promise((r) => setTimeout(r, 200));
  const dbOnly = heapMb();
  const db2 = new KbDb('bench-kb');
  t = now();
  await db2.open();
  const restarted = await KbStore.open(db2);
  const restoreMs = now() - t;
  const firstQueryT = now();
  await search(restarted, keyTerms[0] ?? 'refund');
  const firstQueryMs = now() - firstQueryT;
  const key = await time(keyTerms, (q) => search(restarted, q, { limit: 10 }));
  const rawT = await time(raw, (q) => search(restarted, q, { limit: 10 }));
  const sug = await time(raw, (q) => suggest(restarted, [q], { limit: 10 }));
  const heap = heapMb() - dbOnly;
  const state = await db2.indexState.get('main');
  const savedMb = JSON.stringify(state ?? {}).length / 1024 / 1024;
  return {
    engine,
    size,
    buildMs,
    heapMb: heap,
    keyP50: key.p50,
    keyP95: key.p95,
    rawP50: rawT.p50,
    rawP95: rawT.p95,
    suggestP95: sug.p95,
    updateMs,
    restoreMs,
    savedMb,
    note: `IndexedDB postings + in-memory vocabulary; heap = worker share (fake-indexeddb's own store excluded); first query after restart ${firstQueryMs.toFixed(1)} ms; saved = state record only`,
  };
}

const engines: Record<EngineResult['engine'], () => Promise<EngineResult>> = {
  minisearch: () => measureLibrary(miniSearch()),
  flexsearch: () => measureLibrary(flexSearch()),
  orama: () => measureLibrary(orama()),
  'dexie-index': measureDexie,
};

const result = await engines[engine]();
console.log(JSON.stringify(result));
process.exit(0);
