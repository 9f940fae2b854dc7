import { io } from 'socket.io-client';
import { createSyncClient, type HubSocket, type SocketFactory } from '../sync/client';
import type { HubConfig } from '../sync/hub-config';
import { createMemoryStore } from '../sync/memory-store';
import type { SnippetInput, TeamSettingsInput } from '../sync/protocol';
import type { SyncStatus } from '../sync/sync-status';
import { useConsoleStore } from './console-store';
import { publishBatches } from './publish-batches';

/** An extension page has WebSocket: no polling fallback needed, and no sticky sessions. */
export const browserSocketFactory: SocketFactory = (url, options) => io(url, { ...options, transports: ['websocket'] }) as HubSocket;

const isForbidden = (error: unknown) => error instanceof Error && error.message.startsWith('forbidden');

/**
 * The console's link to the hub: the extension's own sync client over an in-memory copy of the
 * team's knowledge base (the console edits the hub's copy, not the agent's Dexie one), feeding
 * `useConsoleStore`. Every write resolves with the version the hub acknowledged, after which the
 * copy is pulled so the list shows what the hub stored.
 */
export function startConsoleSession(config: HubConfig, connect: SocketFactory = browserSocketFactory) {
  const store = useConsoleStore.getState();
  const copy = createMemoryStore();
  const showCopy = () =>
    store.setTeamCopy(
      [...copy.snippets.values()].filter((s) => !s.deleted),
      copy.settings() ?? null,
    );

  let previous: SyncStatus['state'] = 'idle';
  const client = createSyncClient({
    hubUrl: config.hubUrl,
    token: config.token,
    connect,
    store: copy,
    transports: ['websocket'],
    onStatus(status) {
      if (status.state === 'refused') store.setConnection({ state: 'refused', error: status.error ?? '' });
      else if (status.state !== 'idle') store.setConnection({ state: status.state });
      if (status.state === 'connected' && previous !== 'connected') void checkRoleAndLoadFeed();
      previous = status.state;
    },
    onChanges: showCopy,
    onEscalation: (event) => store.addEscalations([event], true),
    onPresence: (count) => store.setPresence(count),
    onFeedbackTotals: (totals) => store.setFeedback(totals),
  });

  async function checkRoleAndLoadFeed() {
    try {
      store.addEscalations(await client.recentEscalations(50), false);
      store.setRole('lead');
      store.setFeedback(await client.feedbackTotals());
    } catch (error) {
      if (isForbidden(error)) store.setRole('not-lead');
    }
  }

  async function afterWrite<T extends { version: number }>(write: Promise<T>): Promise<T> {
    const result = await write;
    await client.syncNow();
    showCopy();
    return result;
  }

  void client.start();

  return {
    publishSnippet: (snippet: SnippetInput) => afterWrite(client.publish({ upserts: [snippet] })),
    deleteSnippet: (id: string) => afterWrite(client.publish({ deletes: [id] })),
    publishSettings: (settings: TeamSettingsInput) => afterWrite(client.publishSettings(settings)),
    /** Publishes in batches the hub accepts; resolves with the last acknowledged version. */
    async importSnippets(snippets: readonly SnippetInput[]): Promise<{ count: number; version: number }> {
      let version = 0;
      for (const batch of publishBatches(snippets)) version = (await afterWrite(client.publish({ upserts: batch }))).version;
      return { count: snippets.length, version };
    },
    stop: () => client.stop(),
  };
}

export type ConsoleSession = ReturnType<typeof startConsoleSession>;
