import { type HubConfig, type HubConfigProblem, resolveHubConfig } from '../sync/hub-config';

/** Where the options page keeps the agent's own hub settings (`{ hubUrl, token, team? }`). */
export const HUB_OPTIONS_KEY = 'hub';

export interface HubOptions {
  hubUrl?: string;
  token?: string;
  team?: string;
}

/**
 * The hub this extension talks to: the organisation's managed policy when it names one, else
 * what the agent entered on the options page. Firefox and unmanaged Chrome have no managed
 * storage; that reads as "no policy".
 */
export async function readHubConfig(): Promise<{ config: HubConfig } | { problem: HubConfigProblem }> {
  const managed = await browser.storage.managed.get().catch(() => ({}));
  const stored = await browser.storage.local.get(HUB_OPTIONS_KEY);
  return resolveHubConfig(managed as Record<string, unknown>, stored[HUB_OPTIONS_KEY] as Record<string, unknown> | undefined);
}

export async function saveHubOptions(options: HubOptions): Promise<void> {
  await browser.storage.local.set({ [HUB_OPTIONS_KEY]: options });
}
