/**
 * Issue 7's panel figures, in real Chromium with the production-optimised test build:
 * with 20 open chats of 2,000 messages each, the main-thread work of one panel update (render,
 * commit and layout, measured with the Performance API around each push) and the panel's heap.
 */
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/harness';
import { fmt, summarize } from './stats';

const CHATS = Number(process.env.BENCH_CHATS ?? 20);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 2000);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 200);

type DemoWindow = { demoHelpdesk: { add(author: string, text: string): string } };

export async function panelBench(): Promise<string> {
  const h = await launch();
  try {
    const panel = await h.openPanel();
    const tabs: Page[] = [];
    for (let i = 0; i < CHATS; i++) tabs.push(await h.openDemo(`?bulk=${MESSAGES}&chat=bulk-${i}`));
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="queue-item"]').length === n, CHATS, { timeout: 120_000 });
    const active = tabs[0]!;
    await active.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="conversation"]')?.getAttribute('data-conversation-id') === 'bulk-0', undefined, { timeout: 60_000 });
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="message"]').length >= 300, undefined, { timeout: 60_000 });
    await panel.evaluate(() => {
      (globalThis as { __tactUpdateTimes?: number[] }).__tactUpdateTimes = [];
    });
    for (let i = 0; i < UPDATES; i++) {
      // Most updates land in the chat on screen; every fourth in another tab (a queue update).
      const tab = i % 4 === 3 ? tabs[1 + (i % (CHATS - 1))]! : active;
      const id = await tab.evaluate((n) => (window as unknown as DemoWindow).demoHelpdesk.add('customer', `Any news on my refund? This takes too long (${n})`), i);
      if (tab === active) await panel.waitForSelector(`[data-message-id="${id}"][data-sentiment]`, { state: 'attached' });
      else await panel.waitForTimeout(20);
    }
    await panel.waitForTimeout(200);
    const times = await panel.evaluate(() => (globalThis as { __tactUpdateTimes?: number[] }).__tactUpdateTimes ?? []);
    const cdp = await h.context.newCDPSession(panel);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    const s = summarize(times);
    return [
      '## Side panel: update cost with many big chats (Chromium, production-optimised build:test)',
      '',
      `${CHATS} chats open in ${CHATS} tabs, ${MESSAGES} messages each; ${UPDATES} new customer messages (¾ in the chat on screen, ¼ in other tabs). Each push's main-thread time is measured around the store update, React's synchronous render and commit, and the layout it causes.`,
      '',
      '| figure | n | median | p95 | max | target |',
      '|---|---:|---:|---:|---:|---|',
      `| main-thread time per panel update | ${s.n} | ${fmt(s.median, 2)} ms | ${fmt(s.p95, 2)} ms | ${fmt(s.max, 2)} ms | ≤ 16 ms ${s.max <= 16 ? '✔ (max)' : s.p95 <= 16 ? '✔ (p95; max over)' : '✘'} |`,
      `| panel JS heap after GC | | ${(heap.usedSize / 2 ** 20).toFixed(1)} MB | | | < 50 MB ${heap.usedSize < 50 * 2 ** 20 ? '✔' : '✘'} |`,
      '',
    ].join('\n');
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await panelBench());
