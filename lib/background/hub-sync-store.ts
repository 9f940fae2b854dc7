import type { SyncStore } from '../sync/client';
import type { SyncChange, TeamSettings } from '../sync/protocol';
import type { KbStore } from '../kb/store';

/** Where the team's settings (thresholds, adapters, waiting limits) are kept with their version. */
export const TEAM_SETTINGS_KEY = 'teamSettings';

export interface StoredTeamSettings {
  version: number;
  settings: TeamSettings;
}

export interface SettingsStorage {
  get(): Promise<StoredTeamSettings | undefined>;
  set(value: StoredTeamSettings): Promise<void>;
}

/**
 * The local copy the sync client keeps equal to the hub's: snippets in the KB store, team
 * settings in extension storage. The team's versions count both, so the copy's version is the
 * higher of the two; applying the same batch twice changes nothing.
 */
export function hubSyncStore(kb: () => Promise<KbStore>, settings: SettingsStorage): SyncStore {
  const lastVersion = async () => Math.max(await (await kb()).lastVersion(), (await settings.get())?.version ?? 0);
  return {
    lastVersion,
    async apply(changes: SyncChange[]) {
      const snippets = changes.flatMap((c) => (c.kind === 'snippet' ? [{ version: c.version, snippet: c.snippet }] : []));
      if (snippets.length) {
        const result = await (await kb()).applyChanges(snippets);
        if (!result.ok) throw new Error(result.error === 'quota-exceeded' ? 'the browser has no room left for the knowledge base' : result.message);
      }
      const newest = changes.filter((c) => c.kind === 'settings').at(-1);
      if (newest?.kind === 'settings' && newest.version > ((await settings.get())?.version ?? 0)) {
        await settings.set({ version: newest.version, settings: newest.settings });
      }
    },
    async knownSnippetIds(ids) {
      const found = await (await kb()).snippets(ids);
      return new Set(found.flatMap((s) => (s && !s.deleted ? [s.id] : [])));
    },
  };
}
