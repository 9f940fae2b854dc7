import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/build-fixtures';
import { type Harness, launch } from './harness';

// Every built-in adapter against a fixture page with its helpdesk's DOM and real editor:
// history on attach, live messages, conversation switch, re-render, insertion into the
// editor's own model (not sent, undone in one step, then really sent).

interface Case {
  adapter: string;
  path: string;
  first: string;
  second: string;
  history: string[];
  /** Does the page show a time per message (else Tact stamps it when first seen)? */
  pageTimes: boolean;
  /** The panel's id for a fixture message id, where the helpdesk gives messages ids. */
  panelId?: (fixtureId: string) => string;
}

const CASES: Case[] = [
  { adapter: 'chatwoot', path: 'chatwoot/index.html', first: '101', second: '102', history: ['customer', 'customer', 'agent', 'note', 'system'], pageTimes: true, panelId: (id) => id },
  { adapter: 'intercom', path: 'intercom/index.html', first: '900001', second: '900002', history: ['bot', 'customer', 'agent'], pageTimes: false, panelId: (id) => `pg-${id}` },
  { adapter: 'zendesk', path: 'zendesk/index.html', first: '5001', second: '5002', history: ['customer', 'bot', 'agent', 'note'], pageTimes: true },
  { adapter: 'zammad', path: 'zammad/index.html', first: '7f3a9c', second: 'b81d02', history: ['customer', 'customer', 'agent'], pageTimes: true },
  { adapter: 'rocket-chat', path: 'rocket-chat/index.html', first: 'r8Kq2', second: 'p3Zt7', history: ['system', 'customer', 'customer', 'agent'], pageTimes: true, panelId: (id) => id },
];

type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

let h: Harness;
let panel: Page;

interface Shown {
  id: string | null;
  role: string | null;
  text: string | null | undefined;
  time: number;
}

const shown = (): Promise<Shown[]> =>
  panel.locator('[data-testid="message"]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-message-id'), role: el.getAttribute('data-role'), text: el.querySelector('.message__text')?.textContent, time: Date.parse(el.querySelector('time')?.getAttribute('datetime') ?? '') })),
  );
const conversationId = () => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id', { timeout: 1000 }).catch(() => null);
const fixture = <T>(page: Page, script: string) => page.evaluate(script) as Promise<T>;
const insert = (key: string, text: string) =>
  panel.evaluate(([k, t]) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'composer:insert', conversationKey: k, text: t }), [key, text] as const) as Promise<{ ok: boolean; error?: string }>;

beforeAll(async () => {
  await buildFixtures();
  h = await launch();
  panel = await h.openPanel();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe.each(CASES)('$adapter adapter', (c) => {
  let page: Page;
  const key = `${c.adapter}:${c.first}`;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(`${h.demoUrl}/fixtures/${c.path}`);
    await page.bringToFront();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('reads the history already on the page, with roles and the page times', async () => {
    await expect.poll(conversationId, { timeout: 15_000 }).toBe(c.first);
    await expect.poll(async () => (await shown()).map((m) => m.role), { timeout: 10_000 }).toEqual(c.history);
    const history = await shown();
    expect(new Set(history.map((m) => m.id)).size).toBe(history.length);
    const attachedAt = Date.now();
    // Rows the page shows without a time and nothing to inherit from are stamped on attach.
    for (const m of history.filter((row) => row.role !== 'system')) {
      if (c.pageTimes) expect(m.time).toBeLessThan(attachedAt - 30 * 60_000);
      else expect(Math.abs(m.time - attachedAt)).toBeLessThan(60_000);
    }
  });

  it('adds live messages in order with role and time, grouped ones inheriting their author', async () => {
    const before = (await shown()).length;
    const start = Date.now();
    await fixture(page, `fixture.add('customer', 'Live one: the parcel is still missing')`);
    await fixture(page, `fixture.add('agent', 'Live two: checking now')`);
    await fixture(page, `fixture.add('customer', 'Live three: thanks')`);
    await fixture(page, `fixture.add('customer', 'Live four: and one more thing')`);
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(before + 4);
    const live = (await shown()).slice(before);
    expect(live.map((m) => [m.role, m.text?.slice(0, 10)])).toEqual([
      ['customer', 'Live one: '],
      ['agent', 'Live two: '],
      ['customer', 'Live three'],
      ['customer', 'Live four:'],
    ]);
    for (const m of live) expect(m.time).toBeGreaterThan(start - 61_000);
  });

  it('sends nothing twice when the list is re-rendered', async () => {
    const before = await shown();
    await fixture(page, 'fixture.rerender()');
    await fixture(page, `fixture.add('customer', 'After the re-render')`);
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(before.length + 1);
    expect((await shown()).at(-1)?.text).toBe('After the re-render');
  });

  it('follows a switch to another conversation and back', async () => {
    const before = await shown();
    await fixture(page, `fixture.open(${JSON.stringify(c.second)})`);
    await expect.poll(conversationId, { timeout: 10_000 }).toBe(c.second);
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await shown()).every((m) => !m.text?.startsWith('Live'))).toBe(true);
    await fixture(page, `fixture.open(${JSON.stringify(c.first)})`);
    await expect.poll(conversationId, { timeout: 10_000 }).toBe(c.first);
    await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(before.length);
  });

  it('inserts text into the editor model without sending it, undoes in one step, then sends it', async () => {
    const sentBefore = await fixture<string[]>(page, 'fixture.sent()');
    const count = (await shown()).length;
    const text = `Thanks for waiting — I have refunded order 5521 (${c.adapter}).`;
    expect(await insert(key, text)).toEqual({ ok: true });
    await expect.poll(() => fixture<string>(page, 'fixture.modelText()')).toContain(text);
    expect(await fixture<boolean>(page, 'fixture.canSend()')).toBe(true);
    expect(await fixture<string[]>(page, 'fixture.sent()')).toEqual(sentBefore);
    await page.waitForTimeout(300);
    expect((await shown()).length).toBe(count);
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixture<string>(page, 'fixture.modelText()')).toBe('');
    expect(await insert(key, text)).toEqual({ ok: true });
    await expect.poll(() => fixture<boolean>(page, 'fixture.canSend()')).toBe(true);
    await fixture(page, 'fixture.send()');
    expect(await fixture<string[]>(page, 'fixture.sent()')).toEqual([...sentBefore, text]);
    await expect.poll(async () => (await shown()).at(-1), { timeout: 10_000 }).toMatchObject({ role: 'agent', text });
  });

  it.runIf(c.panelId)('keeps an edited message in its place under the same id', async () => {
    const id = await fixture<string>(page, `fixture.add('customer', 'Typo in this mesage')`);
    await expect.poll(async () => (await shown()).at(-1)?.text).toBe('Typo in this mesage');
    const count = (await shown()).length;
    await fixture(page, `fixture.edit(${JSON.stringify(id)}, 'Typo in this message (edited)')`);
    await expect.poll(async () => (await shown()).find((m) => m.id === c.panelId?.(id))?.text, { timeout: 10_000 }).toBe('Typo in this message (edited)');
    expect((await shown()).length).toBe(count);
  });
});
