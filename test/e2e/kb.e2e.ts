import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToDemo, type Harness, launch } from './harness';

let h: Harness;
let panel: Page;
let demo: Page;

const add = (author: string, text: string) => addToDemo(demo, author, text);
const suggestionIds = () => panel.locator('[data-testid="kb-suggestion"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-snippet-id')));

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  demo = await h.openDemo('?chat=c-1003');
  await panel.waitForSelector('[data-testid="conversation"][data-conversation-id="c-1003"]');
});

afterAll(async () => {
  await h?.close();
});

describe('knowledge base in the panel (demo knowledge base, no hub)', () => {
  it('suggests snippets that answer the customer, with why they matched', async () => {
    await add('customer', 'I forgot my password and the reset link never arrives. How do I reset it?');
    await expect.poll(suggestionIds, { timeout: 10_000 }).toContain('password-reset-en');
    const first = panel.locator('[data-testid="kb-suggestion"]').first();
    expect(await first.textContent()).toMatch(/Matched: .*(password|reset)/);
  });

  // How often the knowledge base rightly has no answer is measured by bench/kb-relevance.ts on the
  // frozen exam; this checks the panel's side: an empty answer is said plainly.
  it('says so when nothing in the knowledge base answers the customer', async () => {
    await add('customer', 'Haha thanks!');
    await add('customer', 'Have a nice weekend 🙂');
    await add('customer', 'Bye!');
    await expect.poll(suggestionIds, { timeout: 10_000 }).toEqual([]);
    expect(await panel.locator('.kb__none').textContent()).toContain('Nothing in the knowledge base');
  });

  it('the "insert top suggestion" shortcut puts the best answer into the reply box', async () => {
    await add('customer', 'How long does a refund take to reach my account after I return something?');
    await expect.poll(() => panel.locator('[data-testid="kb-suggestion"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const worker = await h.worker();
    const reply = await worker.evaluate(() => (globalThis as unknown as { tactCommand(c: string): Promise<{ ok: boolean }> }).tactCommand('insert-top-suggestion'));
    expect(reply).toMatchObject({ ok: true });
    const composer = demo.locator('[data-demo-composer]');
    await expect.poll(() => composer.textContent(), { timeout: 10_000 }).not.toBe('');
    await composer.evaluate((el) => {
      el.textContent = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });

  it('searches as the agent types and previews a snippet as sanitised Markdown', async () => {
    await panel.locator('[data-testid="kb-search"]').fill('refund');
    await expect.poll(suggestionIds).toContain('refund-timing-en');
    const hit = panel.locator('[data-testid="kb-suggestion"][data-snippet-id="refund-timing-en"]');
    await hit.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => hit.locator('[data-testid="snippet-preview"]').count()).toBe(1);
    expect(await hit.locator('[data-testid="snippet-preview"] script').count()).toBe(0);
  });

  it('inserts a snippet into the reply box with the personal parts filled, without sending', async () => {
    const sentBefore = await demo.evaluate(() => (window as unknown as { demoHelpdesk: { sent(): string[] } }).demoHelpdesk.sent().length);
    await panel.locator('[data-testid="kb-suggestion"][data-snippet-id="refund-timing-en"] [data-testid="insert-snippet"]').click();
    const composer = demo.locator('[data-demo-composer]');
    await expect.poll(() => composer.textContent(), { timeout: 10_000 }).toMatch(/refund/i);
    expect(await composer.textContent()).not.toContain('{customer.name}');
    expect(await demo.locator('#send').isDisabled()).toBe(false);
    expect(await demo.evaluate(() => (window as unknown as { demoHelpdesk: { sent(): string[] } }).demoHelpdesk.sent().length)).toBe(sentBefore);
  });

  it('inserts a snippet of several paragraphs and reports it as inserted', async () => {
    const composer = demo.locator('[data-demo-composer]');
    await composer.evaluate((el) => {
      el.textContent = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await panel.locator('[data-testid="kb-search"]').fill('password reset');
    const hit = panel.locator('[data-testid="kb-suggestion"][data-snippet-id="password-reset-en"]');
    await hit.locator('[data-testid="insert-snippet"]').click();
    await expect.poll(() => composer.evaluate((el) => el.querySelectorAll('div').length)).toBeGreaterThan(1);
    expect(await composer.textContent()).toMatch(/spam/i);
    // The panel says it landed: a rich editor's paragraphs still count as the snippet's text.
    await expect.poll(() => panel.locator('.panel > p[role]').textContent()).toMatch(/^Inserted/);
    expect(await panel.locator('.panel > p[role="alert"]').count()).toBe(0);
  });
});
