import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (CHROMIUM_PATH overrides): the one browser the e2e tests, the benches and
 * `npm start` drive through playwright-core; none is ever downloaded.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

/** A profile with one unpacked extension loaded and no other. */
export const extensionArgs = (extensionDir: string) => [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking'];

/** For tests and benches, headless in a container: no sandbox, GPU, QUIC, component updates or sync. */
export const testBrowserArgs = (extensionDir: string) => [...extensionArgs(extensionDir), '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync'];
