/**
 * The search's own CPU cost, without Chromium: the generated KB in fake-indexeddb with every
 * postings row cached (as after the worker's warm-up), then the same key-term queries, raw
 * messages and suggest() calls as bench/kb-worker.ts, several rounds, in Node. For comparing
 * changes to the scoring code quickly; the figures that count are bench/kb-worker.ts's.
 *
 * Also writes every hit (all fields) to a file, so a change can be checked to rank the same:
 * `npx tsx bench/kb-search-cpu.ts 10000 /tmp/hits-before.json`, change, run again with
 * another file, and compare the two files.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { KbDb } from '../lib/kb/db';
import { generateKb, generateQueries } from '../lib/kb/generate-kb';
import { search, suggest } from '../lib/kb/search';
import { KbStore } from '../lib/kb/store';
import type { KbHit } from '../lib/kb/types';
import { fmt, summarize } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 7);

async function main(size: number, hitsFile: string | undefined) {
  const kb = await KbStore.open(new KbDb(`kb-cpu-${size}`), { warm: false });
  const snippets = generateKb(size);
  for (let i = 0; i < snippets.length; i += 2_000) await kb.applyChanges(snippets.slice(i, i + 2_000).map((s) => ({ version: s.version, snippet: s })));
  await kb.index.warm();
  const { keyTerms, messages } = generateQueries(300);
  const raw = messages.slice(0, 100);
  const kinds: Record<string, [readonly string[], (q: string) => Promise<KbHit[]>]> = {
    key: [keyTerms, (q) => search(kb, q, { limit: 10 })],
    raw: [raw, (q) => search(kb, q, { limit: 10 })],
    suggest: [raw, (q) => suggest(kb, [q], { limit: 10 })],
  };
  // The first pass, as bench/kb-worker.ts times it: each query once, memos cold.
  const hits: Record<string, KbHit[][]> = {};
  for (const [kind, [queries, run]] of Object.entries(kinds)) {
    hits[kind] = [];
    const times: Array<[number, string]> = [];
    for (const q of queries) {
      const t = performance.now();
      hits[kind].push(await run(q));
      times.push([performance.now() - t, q]);
    }
    const first = summarize(times.map(([ms]) => ms));
    console.log(`${size} ${kind}, first pass: p50 ${fmt(first.median, 2)} p95 ${fmt(first.p95, 2)} max ${fmt(first.max, 2)} ms`);
    if (process.env.SLOWEST) for (const [ms, q] of times.sort((a, b) => b[0] - a[0]).slice(0, Number(process.env.SLOWEST))) console.log(`  ${fmt(ms, 2)} ms ${q.slice(0, 100)}`);
  }
  if (hitsFile) writeFileSync(hitsFile, JSON.stringify(hits));
  // Rounds interleave the kinds, so a burst of load on the machine hits all of them alike.
  const totals: Record<string, number[]> = { key: [], raw: [], suggest: [] };
  // CPU time, unlike wall time, hardly moves when other processes share the cores.
  const cpu: Record<string, number[]> = { key: [], raw: [], suggest: [] };
  const perQuery: Record<string, number[]> = { key: [], raw: [], suggest: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [kind, [queries, run]] of Object.entries(kinds)) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const q of queries) {
        const t = performance.now();
        await run(q);
        perQuery[kind]?.push(performance.now() - t);
      }
      totals[kind]?.push((performance.now() - t0) / queries.length);
      const used = process.cpuUsage(c0);
      cpu[kind]?.push((used.user + used.system) / 1000 / queries.length);
    }
  }
  for (const kind of Object.keys(kinds)) {
    const mean = summarize(totals[kind] ?? []);
    const each = summarize(perQuery[kind] ?? []);
    const cpuTime = summarize(cpu[kind] ?? []);
    console.log(`${size} ${kind}: per query: CPU ${fmt(cpuTime.median, 3)} ms (min ${fmt(cpuTime.min, 3)}), wall ${fmt(mean.median, 3)} ms (min ${fmt(mean.min, 3)}), medians of ${ROUNDS} rounds; all queries p50 ${fmt(each.median, 2)} p95 ${fmt(each.p95, 2)} ms`);
  }
}

await main(Number(process.argv[2] ?? 10_000), process.argv[3]);
