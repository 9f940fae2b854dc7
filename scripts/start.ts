/**
 * `npm start`: the main job on embedded defaults. Builds the extension, starts the hub on
 * embedded storage with the demo team, serves the demo helpdesk, and opens Chromium with Tact
 * loaded on the demo chat and connected to the demo hub. Without a display it says so and prints
 * how to load the extension by hand; the hub and the demo helpdesk keep running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM as DEBIAN_CHROMIUM, extensionArgs } from './chromium';
import { startDemoServer } from './demo-server';
import { startHubForDemo } from './start-hub';

const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
const DATA_DIR = resolve('.tact-data');
const CHROMIUM = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

const step = (text: string) => console.log(`\n▶ ${text}`);

step('Building the extension (npm run build:test: the production build that also runs on loopback pages)');
const build = spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(DATA_DIR, { recursive: true });
step('Starting the hub (embedded storage) and the demo helpdesk');
const hub = await startHubForDemo(DATA_DIR);
const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 5173) });
const demoUrl = `${demo.url}/?autoplay=1`;
console.log(`✔ Demo helpdesk: ${demoUrl}`);
console.log(`✔ Hub: ${hub.url} (team "${hub.team}", data in ${DATA_DIR}/hub)`);
console.log(`  demo agent token: ${hub.agentToken}`);
console.log(`  demo lead token:  ${hub.leadToken}  (public demo tokens: never use them on a hub others can reach)`);

const manualSteps = `
To load Tact by hand (Google Chrome 137+ ignores --load-extension, so do this there too):
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${EXTENSION_DIR}
  3. In Tact's settings (right-click the Tact icon → Options), enter the hub ${hub.url}
     and the demo agent token above (or the lead token, to try the lead console).
  4. Open ${demoUrl} and click the Tact icon in the toolbar to open the side panel.`;

const stopAll = async () => {
  await demo.app.close();
  await hub.close();
  process.exit(0);
};
process.on('SIGINT', () => void stopAll());

if (!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || !CHROMIUM) {
  console.log(CHROMIUM ? '\nThere is no display here, so no browser window can open.' : '\nChromium is not installed (apt-get install chromium).');
  console.log(manualSteps);
  console.log('\nThe hub and the demo helpdesk keep running until you press Ctrl+C.');
} else {
  step(`Opening Chromium with Tact loaded (profile in ${DATA_DIR}/chromium-profile)`);
  console.log(manualSteps.replace('To load Tact by hand', 'For Google Chrome instead'));
  const context = await chromium.launchPersistentContext(`${DATA_DIR}/chromium-profile`, {
    headless: false,
    executablePath: CHROMIUM,
    viewport: null,
    args: extensionArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Point the extension at the demo hub, as an agent would on the options page.
  await worker.evaluate(
    (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ hub: settings }),
    { hubUrl: hub.url, token: hub.agentToken },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  context.on('close', () => {
    console.log('Chromium closed; stopping.');
    void stopAll();
  });
}
