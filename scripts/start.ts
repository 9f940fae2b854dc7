/**
 * `npm start`: the main job on embedded defaults. Builds the extension, serves the demo
 * helpdesk (and the hub, once configured), and opens Chromium with Tact loaded on the demo.
 * Without a display it says so and prints how to load the extension by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './demo-server';
import { startHubForDemo } from './start-hub';

const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
const DATA_DIR = resolve('.tact-data');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

function step(text: string) {
  console.log(`\n▶ ${text}`);
}

step('Building the extension (npm run build:test: the build that also runs on loopback pages)');
const build = spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(DATA_DIR, { recursive: true });
const hub = await startHubForDemo(DATA_DIR);
const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 5173) });
const demoUrl = `${demo.url}/?autoplay=1`;
console.log(`\n✔ Demo helpdesk: ${demoUrl}`);
if (hub) console.log(`✔ Hub: ${hub.url} (embedded storage in ${DATA_DIR}/hub)\n  ${hub.tokens}`);

const manualSteps = `
To load Tact by hand (Google Chrome 137+ ignores --load-extension, so do this there too):
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${EXTENSION_DIR}
  3. Open ${demoUrl} and click the Tact icon in the toolbar to open the side panel.`;

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !CHROMIUM) {
  console.log(!CHROMIUM ? '\nChromium is not installed (apt-get install chromium).' : '\nThere is no display here, so no browser window can open.');
  console.log(manualSteps);
  console.log('\nThe demo helpdesk keeps running until you press Ctrl+C.');
} else {
  step(`Opening Chromium with Tact loaded (profile in ${DATA_DIR}/chromium-profile)`);
  console.log(manualSteps.replace('To load Tact by hand', 'For Google Chrome instead'));
  const browser = spawn(
    CHROMIUM,
    [`--user-data-dir=${DATA_DIR}/chromium-profile`, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', '--disable-background-networking', demoUrl],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => {
    console.log('Chromium closed; stopping.');
    process.exit(0);
  });
}

process.on('SIGINT', async () => {
  await demo.app.close();
  await hub?.close();
  process.exit(0);
});
