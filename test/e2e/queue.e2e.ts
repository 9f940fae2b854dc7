import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
let panel: Page;
const tabs: Record<string, Page> = {};

const queueOrder = () => panel.locator('[data-testid="queue-item"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-conversation-id')));
const add = (page: Page, author: string, text: string) =>
  page.evaluate(([a, t]) => (window as unknown as { demoHelpdesk: { add(a: string, t: string): string } }).demoHelpdesk.add(a!, t!), [author, text]);

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  // Anna: the agent answered last. Daan: only the bot spoke. Sam: waiting for 5 minutes.
  for (const chat of ['c-1001', 'c-1002', 'c-1003']) tabs[chat] = await h.openDemo(`?chat=${chat}`);
});

afterAll(async () => {
  await h?.close();
});

describe('the queue of open chats', () => {
  it('lists the chats of three tabs, the longest-waiting customer first', async () => {
    await expect.poll(queueOrder, { timeout: 15_000 }).toEqual(['c-1003', 'c-1001', 'c-1002']);
    const sam = panel.locator('[data-testid="queue-item"][data-conversation-id="c-1003"]');
    await expect.poll(() => sam.textContent()).toMatch(/Sam Okafor has waited 5 min for a reply/);
  });

  it('moves a customer whose mood drops up, and one who got a reply down', async () => {
    await add(tabs['c-1002']!, 'customer', 'This is terrible, I am furious!! Nothing works.');
    await expect.poll(queueOrder).toEqual(['c-1003', 'c-1002', 'c-1001']);
    await add(tabs['c-1003']!, 'agent', 'Hi Sam, I have sent you a new reset link.');
    await expect.poll(queueOrder).toEqual(['c-1002', 'c-1001', 'c-1003']);
  });

  it('brings the chosen chat to the front, by click or by keyboard', async () => {
    await panel.getByRole('button', { name: /Anna de Vries/ }).click();
    await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id')).toBe('c-1001');
    await expect.poll(() => tabs['c-1001']!.evaluate(() => document.visibilityState)).toBe('visible');
    await panel.getByRole('button', { name: /Daan Jansen/ }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id')).toBe('c-1002');
  });

  it('the "next chat" shortcut brings the most urgent other chat to the front', async () => {
    const shown = () => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id');
    const before = await shown();
    const order = await queueOrder();
    const expected = order.find((id) => id !== before);
    // Headless browsers can't press extension shortcuts: run the command's handler directly.
    const worker = await h.worker();
    expect(await worker.evaluate(() => (globalThis as unknown as { tactCommand(c: string): Promise<{ ok: boolean }> }).tactCommand('next-chat'))).toEqual({ ok: true });
    await expect.poll(shown).toBe(expected);
  });

  it('drops a chat whose tab is closed', async () => {
    await tabs['c-1003']!.close();
    await expect.poll(queueOrder).toEqual(['c-1002', 'c-1001']);
  });
});
