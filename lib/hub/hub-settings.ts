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
  const managed = await readManagedPolicy();
  const stored = await browser.storage.local.get(HUB_OPTIONS_KEY);
  return resolveHubConfig(managed, stored[HUB_OPTIONS_KEY] as Record<string, unknown> | undefined);
}

/** How long a page waits for the managed policy before going on without it. */
export const MANAGED_POLICY_WAIT_MS = 500;

/**
 * The organisation's policy for this extension, or `{}` when there is none. Chromium 156 can
 * leave `storage.managed.get()` pending forever when it is called while a fresh profile is
 * still loading its policies, so the wait is bounded; a policy that arrives later fires
 * `storage.onChanged` with area "managed", and every caller re-reads on that.
 */
export async function readManagedPolicy(waitMs = MANAGED_POLICY_WAIT_MS): Promise<Record<string, unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<Record<string, unknown>>((resolve) => {
    timer = setTimeout(() => resolve({}), waitMs);
  });
  const read = Promise.resolve()
    .then(() => browser.storage.managed.get())
    .then((policy) => (policy ?? {}) as Record<string, unknown>)
    .catch(() => ({}));
  try {
    return await Promise.race([read, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

export async function saveHubOptions(options: HubOptions): Promise<void> {
  await browser.storage.local.set({ [HUB_OPTIONS_KEY]: options });
}
