/**
 * The knowledge-base search where it runs: in a real Chromium MV3 service worker over real
 * IndexedDB. Bundles bench/kb-worker-entry.ts (lib/kb + dexie) with esbuild into a throw-away
 * extension, loads it into Debian's Chromium through playwright-core, and drives it with
 * `worker.evaluate`: seed, 1,000-update batch, restart (CDP ServiceWorker.stopAllWorkers) and
 * restore, then key-term / raw-message searches and suggest(), and the worker's heap.
 *
 * Prints a markdown section. Usage: `npx tsx bench/kb-worker.ts [10000,100000]`; with
 * BENCH_PHASES=1 it also prints (stderr) where the slowest 5% of each query kind spent its time,
 * with BENCH_PROFILE=path it writes CPU profiles of the update batches and of the queries
 * (path-updates-<size>.cpuprofile, path-<size>.cpuprofile).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import WebSocket from 'ws';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM, testBrowserArgs } from '../scripts/chromium';
import type { KbBenchApi, PhaseSample, Timing } from './kb-worker-entry';
import { fmt, summarize } from './stats';

const QUERIES = 300;
const UPDATE_ROUNDS = 9;
const RANDOM_ROUNDS = 5;
const TARGETS = {
  searchP95: { 10_000: 5, 100_000: 25 } as Record<number, number>,
  updateMs: 200,
  restoreMs: 150,
  heapMb: 100,
};

interface SizeResult {
  size: number;
  seedMs: number;
  /** Median and slowest of UPDATE_ROUNDS batches. */
  updateMs: number;
  updateMaxMs: number;
  /** Median of the background folds that followed the batches (journal into per-snippet rows). */
  foldMs: number;
  /** Median of RANDOM_ROUNDS batches of edits to snippets drawn at random from the whole KB. */
  randomUpdateMs: number;
  restartMs: number;
  openMs: number;
  firstQueryMs: number;
  /** The rest of the background postings warm-up, waited for before the timed queries. */
  warmMs: number;
  key: Timing;
  raw: Timing;
  suggest: Timing;
  emptyHeapMb: number;
  /** The restore ran in a restarted worker (no KbStore in memory before it). */
  fresh: boolean;
  heapMb: number;
  load: number;
}

async function buildExtension(dir: string) {
  await build({
    entryPoints: [fileURLToPath(new URL('./kb-worker-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'worker.js'),
    logLevel: 'error',
  });
  const manifest = { manifest_version: 3, name: 'tact-kb-bench', version: '0.0.1', permissions: ['unlimitedStorage'], background: { service_worker: 'worker.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'wake.html'), '<!doctype html><title>wake</title>');
}

/** A minimal browser-level CDP client (flat sessions): Playwright gives no CDP session on a worker. */
class Cdp {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: { message: string } };
      const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!p || msg.id === undefined) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    });
  }
  static async connect(profileDir: string): Promise<Cdp> {
    const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new Cdp(ws);
  }
  send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }
  async attach(match: (t: { type: string; url: string }) => boolean): Promise<string> {
    const { targetInfos } = await this.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
    const target = targetInfos.find(match);
    if (!target) throw new Error(`no such target among ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
    return (await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true })).sessionId;
  }
  close() {
    this.ws.close();
  }
}

/** The worker's used JS heap plus array buffers (MB) after a full GC, through CDP on the worker's target. */
async function workerHeapMb(cdp: Cdp, extensionId: string): Promise<number> {
  const session = await cdp.attach((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  await cdp.send('HeapProfiler.collectGarbage', {}, session);
  await cdp.send('HeapProfiler.collectGarbage', {}, session);
  // Typed arrays' contents (the postings cache) live outside the V8 heap: count them too.
  const usage = await cdp.send<{ usedSize: number; backingStorageSize?: number; embedderHeapUsedSize?: number }>('Runtime.getHeapUsage', {}, session);
  await cdp.send('Target.detachFromTarget', { sessionId: session });
  return (usage.usedSize + (usage.backingStorageSize ?? 0) + (usage.embedderHeapUsedSize ?? 0)) / 1024 / 1024;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** BENCH_PROFILE=path: a CPU profile of the worker (1 ms sampling is too coarse: 100 µs). */
async function startProfile(cdp: Cdp, extensionId: string): Promise<string> {
  const session = await cdp.attach((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  await cdp.send('Profiler.enable', {}, session);
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }, session);
  await cdp.send('Profiler.start', {}, session);
  return session;
}

/** Writes the profile and prints (stderr) the functions with the most self time. */
async function stopProfile(cdp: Cdp, session: string, file: string) {
  const { profile } = await cdp.send<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop', {}, session);
  await cdp.send('Target.detachFromTarget', { sessionId: session });
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  process.stderr.write(`  profile ${file}: ${fmt(total)} ms sampled; most self time:\n`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) process.stderr.write(`    ${fmt(ms, 1)} ms ${name}\n`);
}

/** Calls one kbBench function inside the worker. */
function call<K extends keyof KbBenchApi>(worker: Worker, name: K, ...args: Parameters<KbBenchApi[K]>): Promise<Awaited<ReturnType<KbBenchApi[K]>>> {
  return worker.evaluate(
    ([n, a]) => {
      const api = (self as unknown as { kbBench: Record<string, (...x: unknown[]) => unknown> }).kbBench;
      return api[n as string]?.(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<KbBenchApi[K]>>>;
}

async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/**
 * Stops the worker through CDP (from an extension page, whose origin it belongs to) and wakes
 * it with a runtime message, as a chat message would; returns the new worker and the wall time.
 */
async function restart(context: BrowserContext, extensionId: string): Promise<{ worker: Worker; ms: number }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/wake.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
  const t = performance.now();
  await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: string): Promise<unknown> } } }).chrome.runtime.sendMessage('wake'));
  const ms = performance.now() - t;
  const worker = await currentWorker(context);
  await cdp.detach();
  await page.close();
  return { worker, ms };
}

async function measure(context: BrowserContext, cdp: Cdp, extensionId: string, size: number): Promise<SizeResult> {
  let worker = await currentWorker(context);
  const seed = await call(worker, 'seed', size);
  process.stderr.write(`  ${size}: seeded in ${fmt(seed.ms / 1000, 1)} s\n`);
  // Several batches: one batch's time swings with the machine's load.
  const updates: number[] = [];
  const profilingUpdates = process.env.BENCH_PROFILE ? await startProfile(cdp, extensionId) : undefined;
  const folds: number[] = [];
  for (let round = 0; round < UPDATE_ROUNDS; round++) {
    // Each batch is followed by what the store does after a quiet second, done at once: each batch starts from rows.
    const batch = await call(worker, 'update', size, round);
    if (batch.folded !== 1_000) throw new Error(`fold moved ${batch.folded} snippets, not 1,000`);
    updates.push(batch.ms);
    folds.push(batch.foldMs);
  }
  // Edits spread over the whole KB: the old versions are read from all over the store.
  const randomUpdates: number[] = [];
  for (let round = 0; round < RANDOM_ROUNDS; round++) {
    const batch = await call(worker, 'updateRandom', size, round);
    if (batch.folded !== 1_000) throw new Error('fold after a random batch moved the wrong count');
    randomUpdates.push(batch.ms);
  }
  if (profilingUpdates) await stopProfile(cdp, profilingUpdates, `${process.env.BENCH_PROFILE}-updates-${size}.cpuprofile`);
  // One more batch left in the journal: the worker stops before its fold, so the restore reads it back (the worst case).
  // (Round 1,000: versions above the random batches' too.)
  await call(worker, 'update', size, 1_000, false);
  // A restart drops every in-memory structure; only IndexedDB remains.
  const restarted = await restart(context, extensionId);
  worker = restarted.worker;
  const emptyHeapMb = await workerHeapMb(cdp, extensionId);
  const load = loadavg()[0] ?? Number.NaN;
  const { journaled, ...restored } = await call(worker, 'restore');
  if (journaled !== 1_000) throw new Error(`the restarted worker found ${journaled} journaled snippets, not 1,000`);
  // Folded now if the store's own fold (a second after open) has not taken it yet.
  await call(worker, 'fold');
  const warm = await call(worker, 'warmUp');
  const profiling = process.env.BENCH_PROFILE ? await startProfile(cdp, extensionId) : undefined;
  const q = await call(worker, 'queries', QUERIES, Boolean(process.env.BENCH_PHASES));
  if (profiling) await stopProfile(cdp, profiling, `${process.env.BENCH_PROFILE}-${size}.cpuprofile`);
  if (q.phases) reportPhases(q.phases);

  const heapMb = await workerHeapMb(cdp, extensionId);
  return { size, seedMs: seed.ms, updateMs: summarize(updates).median, updateMaxMs: Math.max(...updates), foldMs: summarize(folds).median, randomUpdateMs: summarize(randomUpdates).median, restartMs: restarted.ms, ...restored, warmMs: warm.ms, key: q.key, raw: q.raw, suggest: q.suggest, emptyHeapMb, heapMb, load };
}

/** BENCH_PHASES=1: where the time of the median and of the slowest 5% of queries goes (stderr). */
function reportPhases(phases: Record<string, PhaseSample[]>) {
  const mean = (xs: PhaseSample[], k: keyof Omit<PhaseSample, 'q'>) => xs.reduce((a, x) => a + x[k], 0) / (xs.length || 1);
  for (const [kind, samples] of Object.entries(phases)) {
    const sorted = samples.map((x, at) => ({ ...x, at })).sort((a, b) => a.total - b.total);
    const tail = sorted.slice(Math.floor(sorted.length * 0.95) - 1);
    const describe = (xs: PhaseSample[]) =>
      `total ${fmt(mean(xs, 'total'), 2)} = postings ${fmt(mean(xs, 'postingsMs'), 2)} (IDB ${fmt(mean(xs, 'postingsIdbMs'), 2)}) + snippets ${fmt(mean(xs, 'snippetsMs'), 2)} (IDB ${fmt(mean(xs, 'snippetsIdbMs'), 2)}) + rest`;
    process.stderr.write(`  ${kind}: all: ${describe(sorted)}\n  ${kind}: slowest 5%: ${describe(tail)}\n`);
    for (const x of tail) process.stderr.write(`    #${x.at} ${fmt(x.total, 1)} ms: postings ${fmt(x.postingsMs, 1)}/${fmt(x.postingsIdbMs, 1)} snippets ${fmt(x.snippetsMs, 1)}/${fmt(x.snippetsIdbMs, 1)} "${x.q.slice(0, 70)}"\n`);
  }
}

const mark = (ok: boolean) => (ok ? '✔' : '✘');

function report(results: SizeResult[], chromiumVersion: string): string {
  const lines = [
    '## Knowledge-base search in a real Chromium service worker',
    '',
    `Chromium ${chromiumVersion} (headless, Debian), MV3 service worker, real IndexedDB, Node ${process.version} driving it; ${QUERIES} key-term queries and ${QUERIES / 3} raw customer messages per size, times taken inside the worker, after the postings cache warm-up that follows a restart (the first query after the restart is timed on its own; the restart comes right after a batch whose 1,000 snippets are still in the journal, so the restore reads them back). An update batch stores its snippets in the journal (lib/kb/journal.ts) and ends when its transaction has committed (snippets, index and cursor); the store folds the journal into per-snippet rows after a quiet second, which the bench does at once after each batch and times on its own, so every batch starts from rows. Those batches edit the same first 1,000 snippets each round; after its first round the edit changes no indexed term. ${RANDOM_ROUNDS} more batches edit 1,000 snippets drawn at random from the whole KB, also changing no indexed term, so their old versions are read from all over the store (the target holds both medians). Heap = V8 heap + array buffers (the postings cache), after a full GC, without wink. Produced by \`npx tsx bench/kb-worker.ts\`.`,
    '',
    `| snippets | load avg (1 min) | seed (pages of 2,000) | key terms p50 / p95 (ms) | raw message p50 / p95 (ms) | suggest p50 / p95 (ms) | 1,000 updates, median / max of ${UPDATE_ROUNDS} (ms) | journal fold after each, background, median (ms) | 1,000 updates to random snippets, median of ${RANDOM_ROUNDS} (ms) | worker restart (ms) | restore: open + first query (ms) | cache warm-up, background (ms) | heap empty → after queries (MB) |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${fmt(r.load, 1)} | ${fmt(r.seedMs / 1000, 1)} s | ${fmt(r.key.p50, 2)} / ${fmt(r.key.p95, 2)} | ${fmt(r.raw.p50, 2)} / ${fmt(r.raw.p95, 2)} | ${fmt(r.suggest.p50, 2)} / ${fmt(r.suggest.p95, 2)} | ${fmt(r.updateMs)} / ${fmt(r.updateMaxMs)} | ${fmt(r.foldMs)} | ${fmt(r.randomUpdateMs)} | ${fmt(r.restartMs)} | ${fmt(r.openMs)} + ${fmt(r.firstQueryMs)}${r.fresh ? '' : ' (worker NOT restarted)'} | ${fmt(r.warmMs)} | ${fmt(r.emptyHeapMb)} → ${fmt(r.heapMb)} |`,
    );
  }
  lines.push('', 'Targets:', '');
  for (const r of results) {
    const target = TARGETS.searchP95[r.size];
    const n = r.size.toLocaleString('en');
    if (target !== undefined) lines.push(`- ${mark(r.key.p95 <= target)} search p95 ≤ ${target} ms @${n}: key terms ${fmt(r.key.p95, 2)} ms; ${mark(r.raw.p95 <= target)} raw messages ${fmt(r.raw.p95, 2)} ms; ${mark(r.suggest.p95 <= target)} suggest ${fmt(r.suggest.p95, 2)} ms`);
    lines.push(`- ${mark(Math.max(r.updateMs, r.randomUpdateMs) <= TARGETS.updateMs)} 1,000 updates ≤ ${TARGETS.updateMs} ms @${n}: median ${fmt(r.updateMs)} ms (the same snippets each round), ${fmt(r.randomUpdateMs)} ms (snippets drawn at random)`);
    if (r.size === 10_000) lines.push(`- ${mark(r.openMs + r.firstQueryMs <= TARGETS.restoreMs)} restore ≤ ${TARGETS.restoreMs} ms @${n}: ${fmt(r.openMs + r.firstQueryMs)} ms (open + first query)`);
    if (r.size === 100_000) lines.push(`- ${mark(r.heapMb + 16 <= TARGETS.heapMb)} heap ≤ ${TARGETS.heapMb} MB @${n} (with wink's ~16 MB added): ${fmt(r.heapMb)} + 16 MB`);
  }
  return lines.join('\n');
}

export async function kbWorkerBench(sizes: number[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'tact-kb-bench-'));
  const extensionDir = join(root, 'extension');
  mkdirSync(extensionDir);
  await buildExtension(extensionDir);
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    headless: true,
    executablePath: CHROMIUM,
    args: [...testBrowserArgs(extensionDir), '--remote-debugging-port=0'],
  });
  let cdp: Cdp | undefined;
  try {
    const worker = await currentWorker(context);
    cdp = await Cdp.connect(join(root, 'profile'));
    const extensionId = new URL(worker.url()).host;
    const version = context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?'));
    const results: SizeResult[] = [];
    for (const size of sizes) {
      results.push(await measure(context, cdp, extensionId, size));
      process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
    }
    return report(results, version);
  } finally {
    cdp?.close();
    await context.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv[2]?.split(',').map(Number) ?? [10_000, 100_000];
  console.log(await kbWorkerBench(sizes));
}
