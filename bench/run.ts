/**
 * `npm run bench`: every benchmark, written to bench/RESULTS.md with the machine and date.
 * Benchmarks, not timed tests: these machines are shared and noisy, so figures are medians and
 * p95s of many runs, and ratios against alternatives where there are some.
 * `npm run bench -- foundation kb` runs only the named sections.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { ensureServices } from '../scripts/services-env';

const SECTIONS: Array<{ name: string; file: string; needsBuild?: boolean; onlyWhenNamed?: boolean }> = [
  { name: 'foundation', file: 'bench/foundation-latency.ts', needsBuild: true },
  { name: 'adapters', file: 'bench/adapters.ts', needsBuild: true },
  { name: 'nlp-quality', file: 'bench/nlp-quality.ts' },
  { name: 'nlp-frozen', file: 'bench/nlp-frozen.ts' },
  { name: 'nlp-speed', file: 'bench/nlp-speed.ts' },
  { name: 'kb', file: 'bench/kb-worker.ts' },
  // The side-by-side engine comparison takes many minutes at 100,000 snippets: its results are
  // kept in bench/kb-search-results.md; run it with `npm run bench -- kb-engines`.
  { name: 'kb-engines', file: 'bench/kb-search.ts', onlyWhenNamed: true },
  { name: 'kb-relevance', file: 'bench/kb-relevance.ts' },
  { name: 'hub', file: 'bench/hub.ts' },
  { name: 'panel', file: 'bench/panel.ts', needsBuild: true },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = SECTIONS.filter((s) => (wanted.length === 0 ? !s.onlyWhenNamed : wanted.includes(s.name)) && existsSync(s.file));

function machine(): string {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'Chromium not installed';
    }
  })();
  return `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
}

// The hub benchmark compares one process with two over PostgreSQL and Redis.
const services = ensureServices();

if (chosen.some((s) => s.needsBuild)) {
  const build = spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const parts: string[] = [`# Tact benchmarks`, '', `Measured ${new Date().toISOString()} on ${machine()}.`, '', 'Produced by `npm run bench`; each section says what it measures and the target it is held to.', ''];
let failed = 0;
for (const section of chosen) {
  console.error(`▶ bench ${section.name} (${section.file})`);
  const started = Date.now();
  const result = spawnSync('npx', ['tsx', section.file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...services } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const load = loadavg().map((l) => l.toFixed(1)).join(' / ');
  if (result.status === 0) parts.push(result.stdout.trim(), '', `_(section ran in ${seconds} s; load average after it: ${load} on ${cpus().length} cores)_`, '');
  else {
    failed++;
    parts.push(`## ${section.name}`, '', `The benchmark failed (exit ${result.status}); see its output.`, '');
  }
}
const path = wanted.length ? `bench/RESULTS.partial.md` : 'bench/RESULTS.md';
writeFileSync(path, `${parts.join('\n')}\n`);
console.error(`Wrote ${path}`);
process.exit(failed ? 1 : 0);
