import type { SyncStore } from './client';
import type { Snippet, SyncChange, TeamSettings } from './protocol';

/** A SyncStore in memory: for tests, benchmarks and the CLI. The extension uses Dexie. */
export function createMemoryStore() {
  const snippets = new Map<string, Snippet>();
  let settings: TeamSettings | undefined;
  let settingsVersion = 0;
  let last = 0;
  let applyCalls = 0;
  const store: SyncStore & {
    snippets: Map<string, Snippet>;
    settings(): TeamSettings | undefined;
    applyCalls(): number;
  } = {
    snippets,
    settings: () => settings,
    applyCalls: () => applyCalls,
    lastVersion: async () => last,
    async apply(changes: SyncChange[]) {
      applyCalls += 1;
      for (const change of changes) {
        // Idempotent: a replayed or older change never overwrites a newer one.
        if (change.kind === 'snippet') {
          const current = snippets.get(change.snippet.id);
          if (!current || current.version < change.version) snippets.set(change.snippet.id, change.snippet);
        } else if (change.version > settingsVersion) {
          settings = change.settings;
          settingsVersion = change.version;
        }
        last = Math.max(last, change.version);
      }
    },
    knownSnippetIds: async (ids) => new Set(ids.filter((id) => snippets.has(id) && !snippets.get(id)?.deleted)),
  };
  return store;
}
