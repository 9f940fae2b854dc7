import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

// axe-core runs inside each extension page (evaluated over CDP, which the pages' CSP allows),
// with Chromium started in English and in Dutch: no serious or critical violations.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(`${AXE};0`);
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))) as {
    violations: Violation[];
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ ...v, nodes: v.nodes.slice(0, 3) }));
}

for (const locale of ['en', 'nl']) {
  describe(`accessibility (${locale})`, () => {
    let h: Harness;
    let panel: Page;

    beforeAll(async () => {
      h = await launch({ locale });
      panel = await h.openPanel();
      await h.openDemo('?chat=c-1003');
      await h.openDemo('?chat=c-1001&autoplay=1&interval=100');
      await panel.waitForFunction(() => document.querySelectorAll('[data-testid="queue-item"]').length === 2, undefined, { timeout: 15_000 });
      await panel.waitForFunction(() => document.querySelectorAll('[data-testid="message"]').length > 6, undefined, { timeout: 15_000 });
    });

    afterAll(async () => {
      await h?.close();
    });

    it('the side panel speaks the browser language', async () => {
      expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${locale}`));
      const footer = await panel.locator('.panel__footer').textContent();
      expect(footer).toContain(locale === 'nl' ? 'Vergeet alle lokale gegevens' : 'Forget all local data');
      expect(footer).toContain(locale === 'nl' ? 'Geen teamhub' : 'No team hub');
    });

    it('the side panel has no serious or critical axe violations', async () => {
      expect(await seriousViolations(panel)).toEqual([]);
    });

    it('every panel control is reached by Tab, shows focus, and works with Enter', async () => {
      const focusable = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
      const controls = await panel.locator(focusable).count();
      expect(controls).toBeGreaterThan(5);
      await panel.locator('body').focus();
      // Each control reached is tagged, so two with the same label (two suggestions' "Preview")
      // count twice; two rounds catch a control the live chat adds behind the walk.
      for (let i = 0; i < 2 * (controls + 2); i++) {
        await panel.keyboard.press('Tab');
        const info = await panel.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          el.dataset.tabReached = 'yes';
          const style = getComputedStyle(el);
          return { label: el.getAttribute('aria-label') ?? el.textContent ?? '', outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
        });
        if (info) expect(info.outline, `visible focus on "${info.label}"`).toBe(true);
      }
      const missed = await panel.locator(focusable).evaluateAll((els) => els.filter((el) => !(el as HTMLElement).dataset.tabReached).map((el) => el.getAttribute('aria-label') ?? el.textContent));
      expect(missed).toEqual([]);
      const queueButton = panel.locator('[data-testid="queue-item"] button').filter({ hasNot: panel.locator('[aria-current]') }).first();
      const target = await queueButton.evaluate((el) => el.closest('[data-testid="queue-item"]')!.getAttribute('data-conversation-id'));
      await queueButton.focus();
      await panel.keyboard.press('Enter');
      await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id')).toBe(target);
    });
  });
}
