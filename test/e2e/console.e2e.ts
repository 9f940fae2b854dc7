import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, connected, openTestStorage, type RunningHub, startHub, tokenFor, uniqueTeam } from '../../server/test-support/hub-harness';
import type { HubStorage } from '../../server/storage/open-storage';
import type { HubSocket } from '../../lib/sync/client';
import type { Snippet, SyncChange } from '../../lib/sync/protocol';
import { type Harness, launch } from './harness';

// The lead's console against a real hub (embedded PGlite) started in this process: the page
// connects with a lead token stored the way the options page stores it; a second socket.io
// client with an agent token plays the agent.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(`${AXE};0`);
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))) as { violations: Violation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ ...v, nodes: v.nodes.slice(0, 3) }));
}

/** The team's snippets as the hub stores them, read by the agent's socket. */
async function hubSnippets(agent: HubSocket): Promise<Map<string, Snippet>> {
  const result = await agent.emitWithAck('sync:pull', { since: 0 });
  if ('error' in result) throw new Error(result.error);
  const snippets = result.data.changes.filter((c: SyncChange): c is Extract<SyncChange, { kind: 'snippet' }> => c.kind === 'snippet').map((c) => c.snippet);
  return new Map(snippets.map((s) => [s.id, s]));
}

const snippetIds = (page: Page) => page.locator('[data-testid="console-snippet"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-snippet-id')));

async function storeHubSettings(page: Page, hubUrl: string, token: string) {
  await page.evaluate(([url, tok]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ hub: { hubUrl: url, token: tok } }), [hubUrl, token]);
}

for (const locale of ['en', 'nl']) {
  describe(`the lead's console (${locale})`, () => {
    let storage: HubStorage;
    let running: RunningHub;
    let h: Harness;
    let page: Page;
    let agent: HubSocket;
    let leadToken: string;
    let agentToken: string;

    beforeAll(async () => {
      storage = await openTestStorage('embedded');
      running = await startHub(storage);
      const team = uniqueTeam('console');
      leadToken = (await tokenFor(storage, team, 'lead', 'Lena (lead)')).token;
      agentToken = (await tokenFor(storage, team, 'agent', 'Sam')).token;
      h = await launch({ locale });
      page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/console.html`);
    });

    afterAll(async () => {
      agent?.disconnect();
      await h?.close();
      await running?.hub.close();
      await storage?.close();
    });

    it('says when no hub is set up, and connects once the hub settings are stored', async () => {
      const notice = page.locator('[data-testid="console-connection"]');
      await expect.poll(() => notice.getAttribute('data-state'), { timeout: 5000 }).toBe('not-configured');
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
      expect(await page.locator('h1').textContent()).toBe(locale === 'nl' ? 'Tact — console voor teamleiders' : "Tact — team lead's console");
      await storeHubSettings(page, running.url, leadToken);
      // The page reloads itself when the hub settings change.
      await expect.poll(() => notice.getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    });

    it('counts the connected agents', async () => {
      const presence = page.locator('[data-testid="console-presence"]');
      await expect.poll(() => presence.getAttribute('data-agents'), { timeout: 10_000 }).toBe('0');
      agent = await connected(connect(running.url, agentToken));
      await expect.poll(() => presence.getAttribute('data-agents'), { timeout: 10_000 }).toBe('1');
    });

    it('creates and publishes a snippet, with a sanitised live preview', async () => {
      await page.locator('[data-testid="console-new-snippet"]').click();
      await page.locator('#console-title').fill('Refund policy');
      await page.locator('#console-tags').fill('billing, refund');
      await page.locator('#console-body').fill('Money back within **30 days**.\n\n<img src=x onerror="window.pwned=1">');
      await expect.poll(() => page.locator('[data-testid="snippet-preview"] strong').textContent()).toBe('30 days');
      expect(await page.locator('[data-testid="snippet-preview"] img').count()).toBe(0);
      await page.locator('#console-formal').fill('You may return it within 30 days.');
      await page.locator('[data-testid="console-publish"]').click();
      const outcome = page.locator('[data-testid="console-snippet-outcome"]');
      await expect.poll(() => outcome.getAttribute('data-kind')).toBe('done');
      const stored = (await hubSnippets(agent)).get('refund-policy');
      expect(stored).toMatchObject({ title: 'Refund policy', tags: ['billing', 'refund'], language: locale, variants: { formal: 'You may return it within 30 days.' }, deleted: false });
      expect(await outcome.textContent()).toContain(String(stored!.version));
      await expect.poll(() => snippetIds(page)).toEqual(['refund-policy']);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    });

    it('edits the snippet and shows the hub’s refusal of an oversized body', async () => {
      await page.locator('#console-body').fill('x'.repeat(20_001));
      await page.locator('[data-testid="console-publish"]').click();
      const outcome = page.locator('[data-testid="console-snippet-outcome"]');
      await expect.poll(() => outcome.getAttribute('data-kind')).toBe('error');
      expect(await outcome.getAttribute('role')).toBe('alert');
      expect(await outcome.textContent()).toMatch(/body/);
      await page.locator('#console-body').fill('Money back within **14 days**.');
      await page.locator('[data-testid="console-publish"]').click();
      await expect.poll(() => outcome.getAttribute('data-kind')).toBe('done');
      expect((await hubSnippets(agent)).get('refund-policy')?.body).toBe('Money back within **14 days**.');
    });

    it('deletes the snippet after confirmation', async () => {
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('[data-testid="console-delete"]').click();
      await expect.poll(() => snippetIds(page)).toEqual([]);
      expect((await hubSnippets(agent)).get('refund-policy')?.deleted).toBe(true);
    });

    it('follows the live escalation feed and announces new escalations', async () => {
      const sent = await agent.emitWithAck('escalation:notify', { reason: 'legal', conversationRef: 'zendesk#4711', severity: 'high', agentName: 'Sam', excerpt: 'I will call my lawyer' });
      expect('data' in sent).toBe(true);
      const item = page.locator('[data-testid="console-escalation"]');
      await expect.poll(() => item.count()).toBe(1);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('zendesk#4711');
      expect(text).toContain('Sam');
      expect(text).toContain('I will call my lawyer');
      expect(text).toContain(locale === 'nl' ? 'juridische' : 'legal threat');
      await expect.poll(() => page.locator('[data-testid="console-feed-announcer"]').textContent()).toContain('zendesk#4711');
    });

    it("shows the agents' false alarms per rule as their extensions report them", async () => {
      const section = page.locator('[data-testid="console-feedback"]');
      await expect.poll(() => section.getAttribute('data-agents')).toBe('0');
      const sent = await agent.emitWithAck('feedback:report', {
        rules: [
          { rule: 'legal', dismissed: 3, notified: 1 },
          { rule: 'policy-hiding', unhelpful: 1, applied: 3 },
        ],
      });
      expect(sent).toEqual({ data: { rules: 2 } });
      await expect.poll(() => section.getAttribute('data-agents'), { timeout: 10_000 }).toBe('1');
      const rows = section.locator('[data-testid="console-feedback-rule"]');
      expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')))).toEqual(['legal', 'policy-hiding']);
      const cells = (i: number) => rows.nth(i).locator('th, td').allTextContents();
      expect(await cells(0)).toEqual([locale === 'nl' ? 'Escalatie: juridische dreiging of claim' : 'Escalation: legal threat or claim', '3', '0', '0', '1', '75%']);
      expect(await cells(1)).toEqual([locale === 'nl' ? 'Conceptcontrole: Biedt aan wat wel kan' : 'Draft check: Offers what can be done', '0', '1', '3', '0', '25%']);
      expect(await section.locator('h2').textContent()).toBe(locale === 'nl' ? 'Loze alarmen per regel' : 'False alarms per rule');
    });

    it('imports a JSON file and publishes it to the team', async () => {
      const file = { snippets: [1, 2, 3].map((n) => ({ id: `imported-${n}`, title: `Imported ${n}`, body: `Body ${n}`, tags: ['import'], language: 'en' })) };
      await page.locator('[data-testid="console-import"]').setInputFiles({ name: 'kb.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const outcome = page.locator('[data-testid="console-transfer-outcome"]');
      await expect.poll(() => outcome.getAttribute('data-kind')).toBe('done');
      await expect.poll(() => snippetIds(page)).toEqual(['imported-1', 'imported-2', 'imported-3']);
      const stored = await hubSnippets(agent);
      expect([1, 2, 3].map((n) => stored.get(`imported-${n}`)?.title)).toEqual(['Imported 1', 'Imported 2', 'Imported 3']);
    });

    it('publishes team settings', async () => {
      await page.locator('[data-testid="console-settings"] button', { hasText: locale === 'nl' ? 'Drempel toevoegen' : 'Add a threshold' }).click();
      await page.locator('#console-threshold-signal-0').fill('legal');
      await page.locator('#console-threshold-score-0').fill('40');
      await page.locator('#console-first-reply').fill('120');
      await page.locator('[data-testid="console-settings-publish"]').click();
      await expect.poll(() => page.locator('[data-testid="console-settings-outcome"]').getAttribute('data-kind')).toBe('done');
      const pulled = await agent.emitWithAck('sync:pull', { since: 0 });
      const settings = 'data' in pulled ? pulled.data.changes.find((c) => c.kind === 'settings') : undefined;
      expect(settings?.kind === 'settings' && settings.settings).toMatchObject({ escalationThresholds: { legal: 40 }, waitingTimeLimits: { firstReplySeconds: 120 } });
    });

    it('has no serious or critical axe violations, editor and feed included', async () => {
      await page.locator('[data-testid="console-snippet"]').first().click();
      await page.locator('[data-testid="console-editor"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('is usable by keyboard: Tab reaches controls and each shows focus', async () => {
      await page.locator('body').focus();
      let reached = 0;
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { label: el.id || el.textContent || el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
        });
        if (!info) continue;
        expect(info.outline, `visible focus on "${info.label}"`).toBe(true);
        reached++;
      }
      expect(reached).toBeGreaterThan(20);
      await page.locator('#console-search').focus();
      await page.keyboard.type('imported 2');
      await expect.poll(() => snippetIds(page)).toEqual(['imported-2']);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-snippet-id'))).toBe('imported-2');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="console-editor"]').getAttribute('data-snippet-id')).toBe('imported-2');
    });

    it('says plainly when the token is not a lead’s', async () => {
      await storeHubSettings(page, running.url, agentToken);
      await expect.poll(() => page.locator('[data-testid="console-connection"]').getAttribute('data-state'), { timeout: 15_000 }).toBe('not-lead');
      expect(await page.locator('[data-testid="console-snippet"]').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
