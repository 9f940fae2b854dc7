import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubStorage } from '../storage/open-storage';
import { type RunningHub, connect, connected, openTestStorage, snippet, startHub, tokenFor, uniqueTeam, waitFor } from '../test-support/hub-harness';
import { CHUNK_LIMITS, nextChunkSize } from './broadcaster';

describe('nextChunkSize', () => {
  it('shrinks a chunk that overran its budget to what fits', () => {
    // 100 sockets took 40 ms: 0.4 ms each, so 10 ms holds 25.
    expect(nextChunkSize(100, 40, 10)).toBe(25);
  });

  it('grows at most twofold after a fast chunk, and never past the maximum', () => {
    expect(nextChunkSize(50, 0.5, 10)).toBe(100);
    expect(nextChunkSize(CHUNK_LIMITS.max, 0.1, 10)).toBe(CHUNK_LIMITS.max);
  });

  it('keeps at least the minimum, however slow the last chunk was', () => {
    expect(nextChunkSize(10, 500, 10)).toBe(CHUNK_LIMITS.min);
  });
});

describe('a fan-out in chunks of changing size', () => {
  let storage: HubStorage;
  let running: RunningHub;
  const chunkTimes: number[] = [];

  beforeAll(async () => {
    storage = await openTestStorage('embedded');
    // A first chunk of 3, then a budget no chunk can keep: the sizes go 3, 10, 10, … (the minimum).
    running = await startHub(storage, { broadcast: { firstChunkSize: 3, chunkBudgetMs: 0.000_1, onChunkEmit: (ms) => chunkTimes.push(ms) } });
  }, 60_000);

  afterAll(async () => {
    await running?.hub.close();
    await storage?.close();
  });

  it('delivers a publish exactly once to every agent of the team', async () => {
    const teamId = uniqueTeam('chunks');
    const lead = await tokenFor(storage, teamId, 'lead');
    const agent = await tokenFor(storage, teamId, 'agent');
    const agents = await Promise.all(Array.from({ length: 26 }, () => connected(connect(running.url, agent.token))));
    const received = agents.map(() => 0);
    agents.forEach((socket, index) =>
      socket.on('kb:changed', (batch, ack) => {
        received[index] = (received[index] ?? 0) + 1;
        ack(batch.latest);
      }),
    );
    const leadSocket = await connected(connect(running.url, lead.token));
    await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('chunked')], deletes: [] });
    // The lead is in the team room too: 27 sockets in chunks of 3, 10, 10, 4.
    await waitFor(() => received.every((count) => count > 0), 10_000, 'every agent to receive the publish');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual(agents.map(() => 1));
    expect(chunkTimes).toHaveLength(4);
    for (const socket of [...agents, leadSocket]) socket.close();
  });
});
