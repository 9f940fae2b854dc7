import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, testBrowserArgs } from '../../scripts/chromium';
import { startDemoServer } from '../../scripts/demo-server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  demoUrl: string;
  worker(): Promise<Worker>;
  openPanel(): Promise<Page>;
  openDemo(query?: string): Promise<Page>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium with the `build:test` extension loaded, and the demo helpdesk on loopback. */
export async function launch(opts: { locale?: string; extensionDir?: string } = {}): Promise<Harness> {
  const builtDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(builtDir, 'manifest.json'))) throw new Error(`No test build in ${builtDir}: run \`npm run build:test\` first`);
  const server = await startDemoServer({ extraRoots: { '/fixtures/': `${resolve('test/fixtures')}/` } });
  const profile = mkdtempSync(join(tmpdir(), 'tact-e2e-'));
  // A private copy, so a rebuild of .output while tests run cannot change the extension under them.
  const extensionDir = join(profile, 'extension');
  cpSync(builtDir, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    locale: opts.locale,
    args: [...testBrowserArgs(extensionDir), ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  // Tests start once the analyser answers, as it does in a browser that has been running a while.
  await (await worker()).evaluate(() => (globalThis as unknown as { tactAnalyserReady(): Promise<boolean> }).tactAnalyserReady());
  return {
    context,
    extensionId,
    demoUrl: server.url,
    worker,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async openDemo(query = '') {
      const page = await context.newPage();
      await page.goto(`${server.url}/${query}`);
      return page;
    },
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      await server.app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Appends a message to the demo helpdesk page as if the helpdesk received it; returns its id. */
export function addToDemo(demo: Page, author: string, text: string): Promise<string> {
  return demo.evaluate(([a, t]) => (window as unknown as { demoHelpdesk: { add(a: string, t: string): string } }).demoHelpdesk.add(a!, t!), [author, text]);
}
