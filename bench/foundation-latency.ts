/**
 * Foundation figures (issue 2), in real Chromium with the `build:test` extension:
 * latency from a customer message appended in the demo helpdesk page to its sentiment in the
 * side panel, with a warm worker and with the worker stopped just before the message.
 * Prints a markdown section.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Harness, launch } from '../test/e2e/harness';
import { fmt, summarize } from './stats';

const WARM = Number(process.env.BENCH_WARM ?? 200);
const STOPPED = Number(process.env.BENCH_STOPPED ?? 200);

type DemoWindow = { demoHelpdesk: { add(author: string, text: string): string } };
type PanelWindow = { __seen: Record<string, number>; __waiting: Record<string, (at: number) => void> };

const LINES = [
  'This is the third time I am asking, this is ridiculous!',
  'Thanks, that really helps.',
  'My order still has not arrived and I am getting annoyed.',
  'Great service, I am very happy with the quick reply!',
];

/**
 * Records, in the panel, when each analysed message first appears in the DOM, and tells a
 * waiting `measureOne` then. (Waiting on a promise instead of polling every few ms keeps the
 * harness's own CPU off the two cores the measured path shares.)
 */
async function watchPanel(panel: Page) {
  await panel.evaluate(() => {
    const w = window as unknown as PanelWindow;
    w.__seen = {};
    w.__waiting = {};
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="message"][data-sentiment]')) {
        const id = el.getAttribute('data-message-id')!;
        if (w.__seen[id] !== undefined) continue;
        w.__seen[id] = performance.timeOrigin + performance.now();
        w.__waiting[id]?.(w.__seen[id]);
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-sentiment'] });
  });
}

async function measureOne(demo: Page, panel: Page, text: string): Promise<number> {
  const { id, t0 } = await demo.evaluate((line) => {
    const t0 = performance.timeOrigin + performance.now();
    const id = (window as unknown as DemoWindow).demoHelpdesk.add('customer', line);
    return { id, t0 };
  }, text);
  const seenAt = await panel.evaluate(
    (messageId) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as PanelWindow;
        if (w.__seen[messageId] !== undefined) return resolve(w.__seen[messageId]);
        w.__waiting[messageId] = resolve;
        setTimeout(() => reject(new Error(`message ${messageId} not shown within 10 s`)), 10_000);
      }),
    id,
  );
  return seenAt - t0;
}

interface Latencies {
  warm: number[];
  stopped: number[];
}

/** A copy of the test build that runs the analyser in the service worker itself, for comparison. */
function buildInWorkerVariant(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tact-in-worker-')), 'extension');
  const build = (env: NodeJS.ProcessEnv) => spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'ignore', env: { ...process.env, ...env } });
  build({ TACT_NLP_IN_WORKER: '1' });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  build({});
  return dir;
}

async function measure(extensionDir: string | undefined, warmCount: number, stoppedCount: number): Promise<Latencies> {
  const h: Harness = await launch({ extensionDir });
  try {
    const panel = await h.openPanel();
    const demo = await h.openDemo('?chat=c-1003');
    await panel.waitForSelector('[data-testid="conversation"][data-conversation-id="c-1003"]');
    await watchPanel(panel);
    for (let i = 0; i < 10; i++) await measureOne(demo, panel, LINES[i % LINES.length]!); // warm-up
    const warm: number[] = [];
    for (let i = 0; i < warmCount; i++) warm.push(await measureOne(demo, panel, LINES[i % LINES.length]!));
    const stopped: number[] = [];
    for (let i = 0; i < stoppedCount; i++) {
      await h.stopWorker();
      await new Promise((r) => setTimeout(r, 100));
      stopped.push(await measureOne(demo, panel, LINES[i % LINES.length]!));
    }
    return { warm, stopped };
  } finally {
    await h.close();
  }
}

export async function foundationLatency(): Promise<string> {
  const inWorkerDir = buildInWorkerVariant();
  const shipped = await measure(undefined, WARM, STOPPED);
  const inWorker = await measure(inWorkerDir, 20, Math.min(STOPPED, 100));
  const w = summarize(shipped.warm);
  const s = summarize(shipped.stopped);
  const e = summarize(inWorker.stopped);
  {
    return [
      '## Foundation: page → side panel latency (Chromium, build:test)',
      '',
      'A customer message appended in the demo helpdesk page until its sentiment is in the side panel DOM (panel opened as a tab; times from `performance.timeOrigin + now()` in both pages).',
      '',
      '| case | n | median ms | p95 ms | max ms | target p95 |',
      '|---|---:|---:|---:|---:|---|',
      `| warm worker | ${w.n} | ${fmt(w.median)} | ${fmt(w.p95)} | ${fmt(w.max)} | ≤ 30 ms ${w.p95 <= 30 ? '✔' : '✘'} |`,
      `| worker stopped just before (CDP ServiceWorker.stopAllWorkers) | ${s.n} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.max)} | ≤ 400 ms ${s.p95 <= 400 ? '✔' : '✘'} |`,
      `| the same, analyser in the service worker itself (TACT_NLP_IN_WORKER=1) | ${e.n} | ${fmt(e.median)} | ${fmt(e.p95)} | ${fmt(e.max)} | for comparison: shipped/in-worker median ${(s.median / e.median).toFixed(2)}× |`,
      '',
      'The shipped Chrome build runs the analyser in an offscreen NLP host document (lib/background/offscreen-analysis.ts), which Chrome keeps while it stops the idle worker; a woken worker sends the text across instead of reloading wink\'s 3 MB model. The in-worker variant is what Firefox runs (its background page loads the model on first use).',
      '',
    ].join('\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await foundationLatency());
