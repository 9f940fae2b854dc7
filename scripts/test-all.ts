/**
 * `npm test`: every check the project has, in the order a failure is cheapest to find —
 * type-check, lint, unit tests, the builds (Chrome, Chrome test build, Firefox + web-ext lint),
 * bundle budgets, then the real-browser e2e tests. Ends with `N passed, N failed`.
 * `npm test -- --quick` skips the e2e tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureServices } from './services-env';

interface Tally {
  passed: number;
  failed: number;
  failures: string[];
}

const tally: Tally = { passed: 0, failed: 0, failures: [] };
const quick = process.argv.includes('--quick');

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label: string, ok: boolean): void {
  if (ok) tally.passed++;
  else {
    tally.failed++;
    tally.failures.push(label);
  }
}

/** Runs a vitest config and counts its tests one by one from the JSON report. */
function vitest(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const report = join(mkdtempSync(join(tmpdir(), 'tact-vitest-')), 'report.json');
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) {
    check(`${label}: no report (did vitest start?)`, false);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number; testResults: Array<{ status: string; name: string; message?: string }> };
  tally.passed += json.numPassedTests;
  tally.failed += json.numFailedTests;
  for (const file of json.testResults) if (file.status === 'failed') tally.failures.push(`${label}: ${file.name}`);
  // A file that fails to load has no tests to count: count it as one failure.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && json.numFailedTests === 0).length;
  if (!ok && json.numFailedTests === 0) {
    tally.failed += Math.max(1, brokenFiles);
  }
  if (json.numTotalTests === 0) check(`${label}: ran no tests`, false);
}

function budget(label: string, file: string, maxBytes: number): void {
  const size = existsSync(file) ? statSync(file).size : Number.POSITIVE_INFINITY;
  const ok = size < maxBytes;
  console.log(`${ok ? '✔' : '✘'} budget ${label}: ${(size / 1024).toFixed(1)} KB (limit ${(maxBytes / 1024).toFixed(0)} KB)`);
  check(`budget ${label}`, ok);
}

const services = ensureServices();

check('type-check', run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']));
if (existsSync('server/tsconfig.json')) check('type-check server', run('type-check server', 'npx', ['tsc', '--noEmit', '-p', 'server']));
check('lint', run('lint', 'npx', ['eslint', '.']));
vitest('unit', [], services);
check('build chrome', run('build chrome', 'npx', ['wxt', 'build']));
check('build test', run('build test', 'npm', ['run', '--silent', 'build:test']));
check('build firefox', run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']));
check('web-ext lint', run('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors=false', '--output=text']));
budget('background (chrome) < 5 MB', '.output/chrome-mv3/background.js', 5 * 1024 * 1024);
budget('background (firefox) < 5 MB', '.output/firefox-mv2/background.js', 5 * 1024 * 1024);
budget('content script < 30 KB', '.output/chrome-mv3/content-scripts/chat.js', 30 * 1024);
if (!quick) vitest('e2e', ['--config', 'vitest.e2e.config.ts'], services);

if (tally.failures.length) console.log(`\nFailed:\n  ${tally.failures.join('\n  ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
