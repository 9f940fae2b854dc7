import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStorage, type RunningHub, startHub, tokenFor, uniqueTeam } from '../../server/test-support/hub-harness';
import { type Harness, launch } from './harness';

// The options page in Chromium against a real hub (embedded storage) in this process: the hub
// is saved only after it let the agent in; name and retention land in chrome.storage.local;
// axe finds nothing serious in English or Dutch.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(`${AXE};0`);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
  )) as { violations: Violation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ ...v, nodes: v.nodes.slice(0, 3) }));
}

const openOptions = async (h: Harness) => {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="hub-form"]');
  return page;
};
type ChromeStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
const stored = (page: Page, key: string) => page.evaluate(async (k) => (await (globalThis as unknown as ChromeStorage).chrome.storage.local.get(k))[k], key);

describe('options page (English)', () => {
  let h: Harness;
  let hub: RunningHub;
  let token: string;
  let page: Page;

  beforeAll(async () => {
    const storage = await openTestStorage('embedded');
    hub = await startHub(storage);
    token = (await tokenFor(storage, uniqueTeam('options-e2e'), 'agent', 'Agent Sam')).token;
    h = await launch();
    page = await openOptions(h);
  });

  afterAll(async () => {
    await h?.close();
    await hub?.hub.close();
  });

  const trySave = async (url: string, secret: string) => {
    await page.getByLabel('Hub address').fill(url);
    await page.getByLabel('Access token').fill(secret);
    await page.getByRole('button', { name: 'Test and save' }).click();
    const result = page.getByTestId('hub-result');
    await expect.poll(() => result.getAttribute('data-outcome'), { timeout: 10_000 }).not.toMatch(/^(idle|testing)$/);
    return { outcome: await result.getAttribute('data-outcome'), text: await result.textContent() };
  };

  it('refuses a wrong token with the hub’s reason, and saves nothing', async () => {
    const { outcome, text } = await trySave(hub.url, 'wrong-token');
    expect(outcome).toBe('refused');
    expect(text).toMatch(/^Not saved: the hub refused the connection \(.+\)\.$/);
    expect(await stored(page, 'hub')).toBeUndefined();
  });

  it('refuses http://example.com as insecure', async () => {
    const { outcome, text } = await trySave('http://example.com', token);
    expect(outcome).toBe('invalid');
    expect(text).toContain('must start with https://');
    expect(await stored(page, 'hub')).toBeUndefined();
  });

  it('connects with a good token, saves, and the extension joins the hub', async () => {
    const { outcome, text } = await trySave(hub.url, token);
    expect(outcome).toBe('saved');
    expect(text).toContain('Connected to the hub, and saved');
    expect(await stored(page, 'hub')).toEqual({ hubUrl: hub.url, token });
    // The background reconnects by itself on the storage change.
    await expect.poll(() => hub.hub.io.of('/').sockets.size, { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('stores the agent name and the retention, and reads them back after a reload', async () => {
    await page.getByLabel('Your name').fill('Sam de Vries');
    await page.getByTestId('agent-name-save').click();
    await expect.poll(() => stored(page, 'agent')).toEqual({ name: 'Sam de Vries' });
    await page.getByLabel('Keep chats on this computer for (days)').fill('30');
    await page.getByTestId('retention-days-save').click();
    await expect.poll(() => stored(page, 'privacy')).toEqual({ retentionDays: 30, shareFeedbackCounts: true });
    await page.getByLabel('Keep chats on this computer for (days)').fill('0');
    await page.getByTestId('retention-days-save').click();
    expect(await page.getByTestId('retention-days-result').textContent()).toBe('Enter a whole number of days from 1 to 365.');
    expect(await stored(page, 'privacy')).toEqual({ retentionDays: 30, shareFeedbackCounts: true });
    await page.reload();
    await expect.poll(() => page.getByLabel('Your name').inputValue()).toBe('Sam de Vries');
    await expect.poll(() => page.getByLabel('Keep chats on this computer for (days)').inputValue()).toBe('30');
  });

  it('forgets all local data after confirming', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Forget all local data' }).click();
    await expect.poll(() => page.getByTestId('forget-result').textContent()).toBe('All local chat data was deleted.');
  });

  it('has no serious or critical axe violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('options page (Dutch)', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launch({ locale: 'nl' });
    page = await openOptions(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('speaks Dutch', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^nl/);
    expect(await page.locator('h1').textContent()).toBe('Tact-instellingen');
    expect(await page.getByRole('button', { name: 'Testen en opslaan' }).count()).toBe(1);
    expect(await page.getByTestId('sent-to-hub').textContent()).toContain('Teamleider inlichten');
    await page.getByLabel('Adres van de hub').fill('http://example.com');
    await page.getByLabel('Toegangstoken').fill('x');
    await page.getByRole('button', { name: 'Testen en opslaan' }).click();
    await expect.poll(() => page.getByTestId('hub-result').textContent()).toContain('moet beginnen met https://');
  });

  it('has no serious or critical axe violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
