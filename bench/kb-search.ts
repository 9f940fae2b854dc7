/**
 * Knowledge-base search, side by side (issue: KB in the extension): MiniSearch, FlexSearch,
 * Orama and our IndexedDB term index (lib/kb/term-index.ts through dexie; fake-indexeddb in
 * Node) on the same generated KB (lib/kb/generate-kb.ts) at 10k and 100k snippets. All
 * engines index the same analysed text (our EN/NL stop words + Snowball stems), so the
 * comparison is of the engines, not of their language packs.
 *
 * Each engine × size runs in its own Node process (--expose-gc) so heap figures are its own.
 * Prints a markdown section. Usage: `npx tsx bench/kb-search.ts [10000,100000] [engines]`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt } from './stats';

type Engine = 'minisearch' | 'flexsearch' | 'orama' | 'dexie-index';
const ENGINES: Engine[] = ['minisearch', 'flexsearch', 'orama', 'dexie-index'];

export interface EngineResult {
  engine: Engine;
  size: number;
  buildMs: number;
  heapMb: number;
  keyP50: number;
  keyP95: number;
  rawP50: number;
  rawP95: number;
  suggestP95?: number;
  updateMs: number;
  restoreMs: number;
  savedMb: number;
  note: string;
}

const row = (r: EngineResult) =>
  `| ${r.engine} | ${r.size.toLocaleString('en')} | ${fmt(r.buildMs / 1000, 2)} s | ${fmt(r.heapMb)} MB | ${fmt(r.keyP50, 2)} / ${fmt(r.keyP95, 2)} | ${fmt(r.rawP50, 2)} / ${fmt(r.rawP95, 2)} | ${r.suggestP95 === undefined ? '—' : fmt(r.suggestP95, 2)} | ${fmt(r.updateMs)} | ${fmt(r.restoreMs)} | ${fmt(r.savedMb)} MB | ${r.note} |`;

export function kbSearchBench(sizes: number[] = [10_000, 100_000], engines: Engine[] = ENGINES): string {
  const childPath = fileURLToPath(new URL('./kb-search-child.ts', import.meta.url));
  const lines = [
    '## Knowledge-base search: candidates side by side',
    '',
    `Node ${process.version}, ${sizes.map((s) => s.toLocaleString('en')).join(' and ')} generated snippets (half EN, half NL), 300 key-term queries and 100 raw customer messages per run, one process per row.`,
    '',
    '| engine | snippets | build | heap | key terms p50 / p95 (ms) | raw message p50 / p95 (ms) | suggest p95 (ms) | 1,000 updates (ms) | restore (ms) | saved | notes |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of sizes) {
    for (const engine of engines) {
      try {
        const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', childPath, engine, String(size)], {
          encoding: 'utf8',
          timeout: 15 * 60_000,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as EngineResult;
        lines.push(row(result));
      } catch (error) {
        lines.push(`| ${engine} | ${size.toLocaleString('en')} | failed: ${String((error as Error).message).split('\n')[0]} |||||||||`);
      }
      process.stderr.write(`${lines.at(-1)}\n`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv[2]?.split(',').map(Number) ?? [10_000, 100_000];
  const engines = (process.argv[3]?.split(',') as Engine[] | undefined) ?? ENGINES;
  console.log(kbSearchBench(sizes, engines));
}

