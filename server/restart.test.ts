// @vitest-environment node
import { io as connectSocket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { type HubSocket, createSyncClient } from '../lib/sync/client';
import { createMemoryStore } from '../lib/sync/memory-store';
import {
  EXTENSION_ORIGIN,
  nodeSocketFactory,
  openTestStorage,
  snippet,
  startHub,
  storageKinds,
  tempDir,
  tokenFor,
  uniqueTeam,
  waitFor,
} from './test-support/hub-harness';

const generous = { rateLimits: { write: { burst: 1_000, perSecond: 1_000 } } };

describe.each(storageKinds())('hub restart on %s storage', (kind) => {
  it('loses nothing when the hub restarts in the middle of a stream of publishes', async () => {
    const dataDir = await tempDir('tact-restart-');
    let storage = await openTestStorage(kind, dataDir);
    let running = await startHub(storage, generous);
    const { url, port } = running;
    const teamId = uniqueTeam('restart');
    const lead = await tokenFor(storage, teamId, 'lead');
    const agent = await tokenFor(storage, teamId, 'agent');

    const store = createMemoryStore();
    const client = createSyncClient({
      hubUrl: url,
      token: agent.token,
      connect: nodeSocketFactory(),
      store,
      transports: ['websocket'],
      heartbeatMs: 300,
    });
    await client.start();
    await waitFor(() => client.status().state === 'connected', 5_000, 'agent connected');

    const publisher = connectSocket(url, {
      auth: { token: lead.token },
      transports: ['websocket'],
      extraHeaders: { origin: EXTENSION_ORIGIN },
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      forceNew: true,
    }) as HubSocket;

    /** A lead's console retries until the hub acknowledges: an ack means the write is durable. */
    async function publishUntilAcked(i: number): Promise<void> {
      for (;;) {
        try {
          const result = await publisher.timeout(2_000).emitWithAck('kb:publish', { upserts: [snippet(`s${i % 40}`, `T${i}`, `v${i}`)] });
          if ('data' in result) return;
        } catch {
          // no ack (hub down): retry
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    const total = 200;
    let restarted = false;
    for (let i = 0; i < total; i++) {
      await publishUntilAcked(i);
      if (i === 80) {
        await running.hub.close();
        await storage.close();
        storage = await openTestStorage(kind, dataDir);
        running = await startHub(storage, generous, port);
        restarted = true;
      }
    }
    expect(restarted).toBe(true);
    const latest = await storage.kb.latestVersion(teamId);
    expect(latest).toBeGreaterThanOrEqual(total);

    await waitFor(async () => (await store.lastVersion()) === latest, 15_000, 'agent caught up after restart');
    await client.settled();
    const hubCopy = await storage.kb.currentSnippets(teamId);
    expect(hubCopy).toHaveLength(40);
    for (const stored of hubCopy) expect(store.snippets.get(stored.id)).toEqual(stored);
    expect(store.snippets.get(`s${(total - 1) % 40}`)?.body).toBe(`v${total - 1}`);

    client.stop();
    publisher.close();
    await running.hub.close();
    await storage.close();
  }, 60_000);
});
