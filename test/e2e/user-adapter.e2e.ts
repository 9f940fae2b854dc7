import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/build-fixtures';
import { type Harness, launch } from './harness';

// A user-defined adapter, made in the options page for an in-house helpdesk no built-in
// adapter knows: live preview, save, then Tact reads the chat and writes into its reply box.

let h: Harness;
let panel: Page;
let desk: Page;
let options: Page;

const shown = () => panel.locator('[data-testid="message"]').evaluateAll((els) => els.map((el) => ({ role: el.getAttribute('data-role'), text: el.querySelector('.message__text')?.textContent })));

beforeAll(async () => {
  await buildFixtures();
  h = await launch();
  panel = await h.openPanel();
  desk = await h.context.newPage();
  await desk.goto(`${h.demoUrl}/fixtures/custom/index.html`);
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('user-defined adapter from the options page', () => {
  it('is not recognised before the user defines an adapter', async () => {
    await desk.bringToFront();
    await desk.waitForTimeout(700);
    expect(await panel.locator('[data-testid="conversation"]').count()).toBe(0);
  });

  it('shows live what the selectors match on the open page', async () => {
    await options.bringToFront();
    const tabOption = options.locator('[data-testid="preview-tab"] option', { hasText: '/fixtures/custom/' });
    await expect.poll(() => tabOption.count(), { timeout: 10_000 }).toBe(1);
    await options.selectOption('[data-testid="preview-tab"]', (await tabOption.getAttribute('value'))!);
    await options.fill('[data-testid="adapter-name"]', 'Acme Desk');
    const fields: Record<string, string> = { thread: '.feed', message: '.entry', text: '.body', time: 'time', customer: '.from-client', agent: '.from-staff', note: '.staff-memo', composer: '#answer', conversationIdAttribute: 'data-thread-key' };
    for (const [field, value] of Object.entries(fields)) await options.fill(`[data-testid="selector-${field}"]`, value);
    const preview = options.locator('[data-testid="adapter-preview"]');
    await expect.poll(() => preview.getAttribute('data-messages'), { timeout: 10_000 }).toBe('4');
    expect(await preview.getAttribute('data-last-role')).toBe('customer');
    expect(await preview.getAttribute('data-composer')).toBe('true');
    expect(await preview.textContent()).toContain('INV-1001 and INV-1002.');
    // A wrong selector shows at once that nothing matches.
    await options.fill('[data-testid="selector-message"]', '.no-such-entry');
    await expect.poll(() => preview.getAttribute('data-messages')).toBe('0');
    await options.fill('[data-testid="selector-message"]', '.entry');
    await expect.poll(() => preview.getAttribute('data-messages')).toBe('4');
  });

  it('once saved, reads the chat with roles and follows it live', async () => {
    await options.click('[data-testid="adapter-save"]');
    await expect.poll(() => options.locator('[data-testid="user-adapters"] li').count(), { timeout: 10_000 }).toBe(1);
    await desk.bringToFront();
    await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-adapter'), { timeout: 15_000 }).toBe('user-acme-desk');
    expect(await panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id')).toBe('T-77');
    await expect.poll(async () => (await shown()).map((m) => m.role)).toEqual(['customer', 'agent', 'note', 'customer']);
    await desk.evaluate(`fixture.add('customer', 'Any news on the VAT fix?')`);
    await expect.poll(async () => (await shown()).at(-1)).toEqual({ role: 'customer', text: 'Any news on the VAT fix?' });
  });

  it('writes into the reply box without sending', async () => {
    const reply = await panel.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'composer:insert', conversationKey: 'user-acme-desk:T-77', text: 'The fix ships tomorrow.' }));
    expect(reply).toEqual({ ok: true });
    expect(await desk.evaluate('fixture.modelText()')).toBe('The fix ships tomorrow.');
    expect(await desk.evaluate('fixture.canSend()')).toBe(true);
    expect(await desk.evaluate('fixture.sent()')).toEqual([]);
  });

  it('exports the adapter as JSON a team can import', async () => {
    await options.bringToFront();
    await options.click('[data-testid="adapters-export"]');
    const json = JSON.parse(await options.inputValue('[data-testid="adapters-json"]'));
    expect(json.kind).toBe('tact-user-adapters');
    expect(json.adapters[0]).toMatchObject({ id: 'user-acme-desk', name: 'Acme Desk', sites: ['http://127.0.0.1/*'], selectors: { thread: '.feed', composer: '#answer' } });
    json.adapters[0].name = 'Acme Desk';
    json.adapters[0].selectors.note = '.staff-memo, .memo';
    await options.fill('[data-testid="adapters-json"]', JSON.stringify(json));
    await options.click('[data-testid="adapters-import"]');
    await expect.poll(() => options.locator('[data-testid="user-adapters"] li').textContent()).toContain('(v2)');
  });
});
