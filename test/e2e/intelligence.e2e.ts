import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToDemo, type Harness, launch } from './harness';

let h: Harness;
let panel: Page;
let demo: Page;

const add = (author: string, text: string) => addToDemo(demo, author, text);

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  demo = await h.openDemo('?chat=c-1003');
  await panel.waitForSelector('[data-testid="conversation"][data-conversation-id="c-1003"]');
});

afterAll(async () => {
  await h?.close();
});

describe('conversation intelligence in the panel', () => {
  it('scores Dutch as Dutch, with the negation in scope', async () => {
    const id = await add('customer', 'Niet goed, echt slecht! Ik heb hem pas twee weken.');
    const item = panel.locator(`[data-message-id="${id}"]`);
    await expect.poll(() => item.getAttribute('data-lang')).toBe('nl');
    expect(Number(await item.getAttribute('data-sentiment'))).toBeLessThan(0);
  });

  it('suggests an escalation with its reason and evidence, and the agent can dismiss it', async () => {
    expect(await panel.locator('[data-testid="escalation"]').count()).toBe(0);
    await add('customer', 'This is the third time I am contacting you about this and nothing happens.');
    const banner = panel.locator('[data-testid="escalation"]');
    await expect.poll(() => banner.getAttribute('data-reason')).toBe('repeat');
    expect(await banner.textContent()).toMatch(/third time/i);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.getByRole('button', { name: 'Not an escalation' }).click();
    await expect.poll(() => panel.locator('[data-testid="escalation"]').count()).toBe(0);
  });

  it('checks the draft as the agent types and offers wording nudges', async () => {
    await add('customer', 'My kettle is leaking and I am really annoyed about it.');
    await demo.locator('[data-demo-composer]').click();
    await demo.keyboard.type('That is our policy, we cannot do anything about it.');
    const check = panel.locator('[data-testid="draft-check"]');
    await expect.poll(() => check.locator('[data-check="policyHiding"]').getAttribute('data-state'), { timeout: 10_000 }).toBe('fail');
    expect(await check.locator('[data-check="empathetic"]').getAttribute('data-state')).toBe('fail');
    const rules = await panel.locator('[data-testid="nudge"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="nudge-apply"]').count()).toBeGreaterThan(0);
  });

  it('applies a nudge in one click: the rewording replaces the draft, unsent, and one undo brings the draft back', async () => {
    const composer = demo.locator('[data-demo-composer]');
    const draft = await composer.textContent();
    const nudge = panel.locator('[data-testid="nudge"][data-rule="empathetic"]');
    const rewording = (await nudge.locator('.nudge__replacement').textContent())!;
    await nudge.locator('[data-testid="nudge-apply"]').click();
    await expect.poll(() => composer.textContent(), { timeout: 10_000 }).toBe(rewording);
    expect(await demo.evaluate(() => (window as unknown as { demoHelpdesk: { sent(): string[] } }).demoHelpdesk.sent().length)).toBe(0);
    await composer.focus();
    await demo.keyboard.press('Control+z');
    await expect.poll(() => composer.textContent()).toBe(draft);
  });
});
