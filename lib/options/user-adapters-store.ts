import { browser } from 'wxt/browser';
import { parseUserAdapter, type UserAdapterSpec } from './user-adapter-spec';

/** The user's own adapters live in storage.local; the content script reads the same key. */
export const USER_ADAPTERS_KEY = 'userAdapters';

export async function loadUserAdapters(): Promise<UserAdapterSpec[]> {
  const { [USER_ADAPTERS_KEY]: raw } = await browser.storage.local.get(USER_ADAPTERS_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = parseUserAdapter(item);
    return parsed.ok ? [parsed.value] : [];
  });
}

/** Adds or replaces (same id) adapters; a replaced adapter's version goes up by one. */
export async function saveUserAdapters(incoming: UserAdapterSpec[]): Promise<UserAdapterSpec[]> {
  const current = await loadUserAdapters();
  const next = [...current];
  for (const spec of incoming) {
    const at = next.findIndex((s) => s.id === spec.id);
    if (at === -1) next.push(spec);
    else next[at] = { ...spec, version: Math.max(spec.version, (next[at]?.version ?? 0) + 1) };
  }
  await browser.storage.local.set({ [USER_ADAPTERS_KEY]: next });
  return next;
}

export async function deleteUserAdapter(id: string): Promise<UserAdapterSpec[]> {
  const next = (await loadUserAdapters()).filter((s) => s.id !== id);
  await browser.storage.local.set({ [USER_ADAPTERS_KEY]: next });
  return next;
}
