/**
 * `npm run screenshots`: the README's pictures of the side panel beside the demo helpdesk, in
 * English and in Dutch. A separate command because it rewrites tracked files (docs/*.png);
 * test runs never do.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/harness';

const SHOTS = [
  { locale: 'en', chat: 'c-1001', file: 'docs/screenshot-en.png' },
  { locale: 'nl', chat: 'c-1002', file: 'docs/screenshot-nl.png' },
];

const build = spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
mkdirSync('docs', { recursive: true });

for (const shot of SHOTS) {
  const h = await launch({ locale: shot.locale });
  try {
    const panel = await h.openPanel();
    await panel.setViewportSize({ width: 400, height: 760 });
    const demo = await h.openDemo(`?chat=${shot.chat}&autoplay=1&interval=250`);
    await demo.setViewportSize({ width: 980, height: 760 });
    await demo.bringToFront();
    await demo.waitForFunction(() => (document.getElementById('play') as HTMLButtonElement | null)?.disabled === false, undefined, { timeout: 20_000 });
    await panel.waitForTimeout(500);
    const demoPng = await demo.screenshot();
    const panelPng = await panel.screenshot();
    // Compose the two side by side, as the panel sits docked beside the helpdesk.
    const canvas = await h.context.newPage();
    await canvas.setViewportSize({ width: 1380, height: 760 });
    const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await canvas.setContent(`<body style="margin:0;display:flex;background:#888"><img src="${img(demoPng)}"><img src="${img(panelPng)}" style="border-left:2px solid #444"></body>`);
    await canvas.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  } finally {
    await h.close();
  }
}
