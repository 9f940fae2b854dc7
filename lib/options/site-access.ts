import { browser } from 'wxt/browser';

/**
 * Self-hosted helpdesks (Chatwoot, Zammad, Rocket.Chat, in-house tools) live on the team's own
 * domain. The agent enables Tact there from the options page or the panel: an optional host
 * permission is requested (needs a click), the site is listed in `storage.local.enabledSites`,
 * and the background registers the chat content script for it (`syncSiteScripts`), persisted
 * across browser and worker restarts. No <all_urls>.
 */
export const ENABLED_SITES_KEY = 'enabledSites';
const SCRIPT_PREFIX = 'tact-site:';
const CHAT_SCRIPT = '/content-scripts/chat.js' as const;

/** `https://help.example.com/anything` or `help.example.com` → `https://help.example.com/*`. */
export function sitePattern(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

export async function enabledSites(): Promise<string[]> {
  const { [ENABLED_SITES_KEY]: sites } = await browser.storage.local.get(ENABLED_SITES_KEY);
  return Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [];
}

/** Why a site could not be enabled; the options page says it in the agent's language. */
export type EnableSiteError = 'invalid-address' | 'not-granted';

/** Must run inside a click handler: the browser asks the agent for the permission. */
export async function enableSite(input: string): Promise<{ ok: true; pattern: string } | { ok: false; error: EnableSiteError }> {
  const pattern = sitePattern(input);
  if (!pattern) return { ok: false, error: 'invalid-address' };
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, error: 'not-granted' };
  const sites = await enabledSites();
  if (!sites.includes(pattern)) await browser.storage.local.set({ [ENABLED_SITES_KEY]: [...sites, pattern] });
  return { ok: true, pattern };
}

export async function disableSite(pattern: string): Promise<void> {
  await browser.storage.local.set({ [ENABLED_SITES_KEY]: (await enabledSites()).filter((s) => s !== pattern) });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Background: make the registered content scripts equal the enabled sites Tact still has
 * permission for, and start Tact in tabs already open on a newly enabled site. Idempotent;
 * run at worker start and whenever the list or the permissions change.
 */
export async function syncSiteScripts(): Promise<void> {
  const wanted: string[] = [];
  for (const pattern of await enabledSites()) {
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((script) => script.id.startsWith(SCRIPT_PREFIX));
  const stale = ours.filter((script) => !wanted.includes(script.id.slice(SCRIPT_PREFIX.length))).map((script) => script.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = wanted.filter((pattern) => !ours.some((script) => script.id === SCRIPT_PREFIX + pattern));
  if (fresh.length === 0) return;
  await browser.scripting.registerContentScripts(
    fresh.map((pattern) => ({ id: SCRIPT_PREFIX + pattern, matches: [pattern], js: [CHAT_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true })),
  );
  for (const tab of await browser.tabs.query({ url: fresh })) {
    if (tab.id !== undefined) await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CHAT_SCRIPT] }).catch(() => {});
  }
}
