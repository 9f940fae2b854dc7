import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
let demo: Page;
let panel: Page;

const messages = (page: Page) => page.locator('[data-testid="message"]');

async function panelTexts(page: Page) {
  return messages(page).evaluateAll((els) => els.map((el) => ({ role: el.getAttribute('data-role'), text: el.querySelector('.message__text')?.textContent, sentiment: el.getAttribute('data-sentiment') })));
}

async function addToDemo(author: string, text: string) {
  return demo.evaluate(([a, t]) => (window as unknown as { demoHelpdesk: { add(a: string, t: string): string } }).demoHelpdesk.add(a!, t!), [author, text]);
}

async function sentimentOf(messageId: string) {
  const item = panel.locator(`[data-testid="message"][data-message-id="${messageId}"]`);
  await expect.poll(() => item.getAttribute('data-sentiment'), { timeout: 10_000 }).not.toBeNull();
  return Number(await item.getAttribute('data-sentiment'));
}

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  demo = await h.openDemo();
  await demo.bringToFront();
});

afterAll(async () => {
  await h?.close();
});

describe('helpdesk chat → local analysis → side panel', () => {
  it('shows the chat already on the page, in order, with roles', async () => {
    await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id'), { timeout: 15_000 }).toBe('c-1001');
    await expect.poll(async () => (await panelTexts(panel)).map((m) => m.role)).toEqual(['system', 'customer', 'agent']);
    const first = await panelTexts(panel);
    expect(first[1]?.text).toContain('coffee machine');
  });

  it('adds live messages in order with the right role and a sentiment of the right sign', async () => {
    const angry = await addToDemo('customer', 'This is terrible service, I am really angry and disappointed!');
    const note = await addToDemo('note', 'Checked the carrier: parcel delayed.');
    const happy = await addToDemo('customer', 'Great, thank you so much, that was really helpful!');
    await expect.poll(async () => (await panelTexts(panel)).length).toBe(6);
    const shown = await panelTexts(panel);
    expect(shown.slice(3).map((m) => m.role)).toEqual(['customer', 'note', 'customer']);
    expect(await sentimentOf(angry)).toBeLessThan(0);
    expect(await sentimentOf(happy)).toBeGreaterThan(0);
    expect(await panel.locator(`[data-message-id="${note}"]`).getAttribute('data-sentiment')).toBeNull();
    await expect.poll(() => panel.locator('[data-testid="mood-trend"]').getAttribute('data-points')).toBe('3');
  });

  it('loses no conversation state when the service worker restarts', async () => {
    const before = await panelTexts(panel);
    await h.stopWorker();
    const after = await addToDemo('customer', 'Are you still there? I am waiting.');
    await expect.poll(async () => (await panelTexts(panel)).length, { timeout: 15_000 }).toBe(before.length + 1);
    await sentimentOf(after);
    const fresh = await h.openPanel();
    await expect.poll(async () => (await panelTexts(fresh)).map((m) => m.text), { timeout: 15_000 }).toEqual((await panelTexts(panel)).map((m) => m.text));
    await fresh.close();
  });

  it('loses no message the page sent while the service worker was stopping', async () => {
    const before = (await panelTexts(panel)).length;
    // Messages appended around the stop: some reach the closing port, some a new one.
    const stopping = h.stopWorker();
    for (let i = 0; i < 5; i++) await addToDemo('customer', `While stopping ${i}`);
    await stopping;
    for (let i = 5; i < 10; i++) await addToDemo('customer', `While stopping ${i}`);
    await expect.poll(async () => (await panelTexts(panel)).map((m) => m.text).filter((t) => t?.startsWith('While stopping')), { timeout: 15_000 }).toEqual(Array.from({ length: 10 }, (_, i) => `While stopping ${i}`));
    expect(await panelTexts(panel)).toHaveLength(before + 10);
  });

  it('lets a stopped service worker sleep while the panel is open, and the panel hears it again once it wakes', async () => {
    // The panel's push port closes when the worker stops; reconnecting at once would wake it.
    const runningWorkers = async () => {
      const cdp = await h.context.newCDPSession(panel);
      const { targetInfos } = await cdp.send('Target.getTargets');
      await cdp.detach();
      return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(h.extensionId)).length;
    };
    expect(await runningWorkers()).toBe(1);
    // Other things may wake it legitimately once (a content script resending a message that was
    // not acknowledged before the stop); a panel that reconnected on its own would every time.
    let asleep = false;
    for (let attempt = 0; attempt < 3 && !asleep; attempt++) {
      await h.stopWorker();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      asleep = (await runningWorkers()) === 0;
    }
    expect(asleep).toBe(true);
    const first = await addToDemo('customer', 'Thanks, that really helps a lot!');
    expect(await sentimentOf(first)).toBeGreaterThan(0);
    // Now on the port again: the next pushes still arrive.
    const second = await addToDemo('customer', 'This is awful, I am really angry now.');
    expect(await sentimentOf(second)).toBeLessThan(0);
  });

  it("gets its pushes in Chrome on the push channel it handed the worker", async () => {
    // A second panel whose MessageChannels count what arrives on them, from before it loads.
    const counted = await h.context.newPage();
    // Only channels whose far end the panel posts to the service worker count (React schedules
    // its work on MessageChannels too).
    await counted.addInitScript(() => {
      const w = window as unknown as { __channelMessages: number };
      w.__channelMessages = 0;
      const nearEnds = new WeakMap<MessagePort, MessagePort>();
      const Native = MessageChannel;
      window.MessageChannel = class extends Native {
        constructor() {
          super();
          nearEnds.set(this.port2, this.port1);
        }
      };
      const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, message: unknown, transfer: Transferable[]) => void;
      ServiceWorker.prototype.postMessage = function (this: ServiceWorker, message: unknown, transfer: Transferable[]) {
        nearEnds.get(transfer?.[0] as MessagePort)?.addEventListener('message', () => w.__channelMessages++);
        post.call(this, message, transfer);
      } as typeof ServiceWorker.prototype.postMessage;
    });
    await counted.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await counted.waitForSelector('[data-testid="conversation"]');
    const before = await counted.evaluate(() => (window as unknown as { __channelMessages: number }).__channelMessages);
    const id = await addToDemo('customer', 'Thank you, that was quick and really helpful!');
    await counted.waitForSelector(`[data-testid="message"][data-message-id="${id}"][data-sentiment]`);
    expect(await counted.evaluate(() => (window as unknown as { __channelMessages: number }).__channelMessages)).toBeGreaterThan(before);
    await counted.close();
  });

  it('loads its state once when it opens after the worker has pushed', async () => {
    // A quiet moment: a push arriving while a snapshot is on its way rightly makes it ask again.
    await expect.poll(() => panel.locator('[data-testid="message"][data-sentiment]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const opened = await h.context.newPage();
    await opened.addInitScript(() => {
      const w = window as unknown as { __stateAsks: number; chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      w.__stateAsks = 0;
      const send = w.chrome.runtime.sendMessage.bind(w.chrome.runtime);
      w.chrome.runtime.sendMessage = (message: unknown) => {
        if ((message as { type?: string } | null)?.type === 'panel:state') w.__stateAsks++;
        return send(message);
      };
    });
    await opened.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await opened.waitForSelector('[data-testid="conversation"]');
    // The worker has pushed before (its hello says how many): the snapshot already asked for covers them.
    await opened.waitForTimeout(1_000);
    expect(await opened.evaluate(() => (window as unknown as { __stateAsks: number }).__stateAsks)).toBe(1);
    const id = await addToDemo('customer', 'Great, thanks a lot for the quick answer!');
    await opened.waitForSelector(`[data-testid="message"][data-message-id="${id}"][data-sentiment]`);
    await opened.close();
  });

  it("refuses an extension page on the content scripts' port", async () => {
    type Chrome = { runtime: { connect(o: { name: string }): { postMessage(m: unknown): void; onDisconnect: { addListener(f: () => void): void } } } };
    const outcome = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const port = (globalThis as unknown as { chrome: Chrome }).chrome.runtime.connect({ name: 'tact-content' });
          port.onDisconnect.addListener(() => resolve('refused'));
          port.postMessage({ seq: 0, message: { type: 'chat:focus', adapter: 'demo', conversationId: 'forged' } });
          setTimeout(() => resolve('kept open'), 5_000);
        }),
    );
    expect(outcome).toBe('refused');
    await expect.poll(() => panel.locator('[data-testid="conversation"]').getAttribute('data-conversation-id')).toBe('c-1001');
  });

  it("keeps the analyser in Chrome's offscreen NLP host while the service worker is stopped", async () => {
    const hostOpen = async () => {
      const cdp = await h.context.newCDPSession(panel);
      const { targetInfos } = await cdp.send('Target.getTargets');
      await cdp.detach();
      return targetInfos.filter((t) => t.url.endsWith('/nlp-host.html')).map((t) => t.targetId);
    };
    await expect.poll(hostOpen, { timeout: 15_000 }).toHaveLength(1);
    const [hostBefore] = await hostOpen();
    await h.stopWorker();
    const id = await addToDemo('customer', 'This is terrible, nothing works and I am furious!');
    expect(await sentimentOf(id)).toBeLessThan(0);
    // The same document answered: the model was not reloaded with the worker.
    expect(await hostOpen()).toEqual([hostBefore]);
  });

  it('lets only the service worker use the NLP host', async () => {
    // The side panel is an extension page too, but not the service worker. The host takes
    // requests only as service-worker messages from background.js: a runtime port or a runtime
    // message asking for an analysis gets none.
    type Chrome = { runtime: { connect(o: { name: string }): { postMessage(m: unknown): void; onMessage: { addListener(f: () => void): void } }; sendMessage(m: unknown): Promise<unknown> } };
    const outcome = await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const request = { target: 'tact-nlp', op: 'analyze-messages', texts: ['hello'] };
      const overPort = await new Promise<string>((resolve) => {
        const port = chrome.runtime.connect({ name: 'tact-nlp' });
        port.onMessage.addListener(() => resolve('answered'));
        port.postMessage({ id: 1, request });
        setTimeout(() => resolve('no answer'), 2_000);
      });
      const overMessage = await chrome.runtime.sendMessage(request);
      return { overPort, overMessage };
    });
    expect(outcome.overPort).toBe('no answer');
    expect(outcome.overMessage).toMatchObject({ ok: false, error: expect.stringContaining('malformed') });
  });

  it('survives hostile and oversized input without rendering page text as HTML', async () => {
    const count = (await panelTexts(panel)).length;
    await addToDemo('customer', '');
    await addToDemo('customer', 'x'.repeat(100_000));
    await addToDemo('customer', '😡😡😡🙂🙂');
    await addToDemo('customer', '<img src=x onerror="document.title=\'pwned\'"><script>alert(1)</script><b>bold</b>');
    const html = panel.locator('[data-testid="message"]', { hasText: '<img src=x' });
    await expect.poll(() => html.count()).toBe(1);
    expect(await panel.locator('.messages img, .messages script, .messages b').count()).toBe(0);
    expect(await panelTexts(panel)).toHaveLength(count + 4);
    await demo.evaluate(() => {
      const d = (window as unknown as { demoHelpdesk: { add(a: string, t: string): string } }).demoHelpdesk;
      for (let i = 0; i < 500; i++) d.add('customer', `Burst message ${i}`);
    });
    await expect.poll(async () => panel.locator('[data-testid="message"]').last().textContent(), { timeout: 20_000 }).toContain('Burst message 499');
    expect(await panel.locator('.messages img, .messages script, .messages b').count()).toBe(0);
    expect(await panel.title()).not.toBe('pwned');
    expect(await demo.title()).not.toBe('pwned');
  });
});
