/** The console's page, built from entrypoints/console/ (a WXT unlisted page). */
export const CONSOLE_PATH = '/console.html';

/**
 * Opens the lead's console in a tab, or focuses it when one is open already. Call it from the
 * side panel on a click (extension pages may open tabs without the "tabs" permission).
 */
export async function openConsole(): Promise<void> {
  const url = browser.runtime.getURL(CONSOLE_PATH);
  const [open] = await browser.tabs.query({ url }).catch(() => []);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
