import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where a save stands, for the section's status line (`saved` until the next edit). */
export type SaveState = 'idle' | 'saved' | 'failed';

export interface StoredSettingState<T> {
  value: T;
  loaded: boolean;
  saveState: SaveState;
  load(): Promise<void>;
  save(value: T): Promise<void>;
  edited(): void;
}

export type StoredSettingStore<T> = StoreApi<StoredSettingState<T>>;

/**
 * One small settings object in `storage.local` under `key` (`agent`, `privacy`, `waiting`), read
 * through `normalise` so a damaged or missing value reads as the default. The background reads
 * the same key; it hears the change through `storage.onChanged`.
 */
export function createStoredSetting<T>(key: string, normalise: (raw: unknown) => T): StoredSettingStore<T> {
  return createStore<StoredSettingState<T>>()((set) => ({
    value: normalise(undefined),
    loaded: false,
    saveState: 'idle',
    async load() {
      const { [key]: raw } = await browser.storage.local.get(key);
      set({ value: normalise(raw), loaded: true });
    },
    async save(value) {
      const clean = normalise(value);
      try {
        await browser.storage.local.set({ [key]: clean });
        set({ value: clean, saveState: 'saved' });
      } catch {
        set({ saveState: 'failed' });
      }
    },
    edited() {
      set({ saveState: 'idle' });
    },
  }));
}
