import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { openConsole } from './open-console';

describe('openConsole', () => {
  it('opens the console page in a tab, and focuses that tab the next time', async () => {
    await openConsole();
    const url = fakeBrowser.runtime.getURL('/console.html');
    const first = await fakeBrowser.tabs.query({ url });
    expect(first).toHaveLength(1);
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await openConsole();
    const again = await fakeBrowser.tabs.query({ url });
    expect(again).toHaveLength(1);
    expect(again[0]?.active).toBe(true);
  });
});
