// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscalationEvent, FeedbackTotals, PresenceCount, SnippetChange } from '../lib/sync/protocol';
import type { HubStorage } from './storage/open-storage';
import {
  type RunningHub,
  connect,
  connected,
  openTestStorage,
  serviceUrl,
  snippet,
  startHub,
  tokenFor,
  uniqueTeam,
  waitFor,
} from './test-support/hub-harness';

const redisUrl = serviceUrl('REDIS_URL');
const databaseUrl = serviceUrl('DATABASE_URL');

describe.skipIf(!redisUrl || !databaseUrl)('two hub processes sharing PostgreSQL and Redis', () => {
  let storageA: HubStorage;
  let storageB: HubStorage;
  let hubA: RunningHub;
  let hubB: RunningHub;

  beforeAll(async () => {
    // Two storages (two pools), as two processes would have.
    storageA = await openTestStorage('postgres');
    storageB = await openTestStorage('postgres');
    hubA = await startHub(storageA, { redisUrl });
    hubB = await startHub(storageB, { redisUrl });
  }, 30_000);

  afterAll(async () => {
    await hubA?.hub.close();
    await hubB?.hub.close();
    await storageA?.close();
    await storageB?.close();
  });

  it('delivers a publish on one hub to agents connected to the other', async () => {
    const teamId = uniqueTeam('redis');
    const lead = await tokenFor(storageA, teamId, 'lead');
    const agent = await tokenFor(storageA, teamId, 'agent');
    const agents = await Promise.all(Array.from({ length: 5 }, () => connected(connect(hubB.url, agent.token))));
    const received = agents.map(
      (socket) =>
        new Promise<SnippetChange[]>((resolve) =>
          socket.on('kb:changed', (batch, ack) => {
            ack(batch.latest);
            resolve(batch.changes);
          }),
        ),
    );
    const leadSocket = await connected(connect(hubA.url, lead.token));
    const result = await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('cross', 'Across processes')] });
    expect(result).toEqual({ data: { version: 1, changes: 1 } });
    for (const changes of await Promise.all(received)) expect(changes[0]?.snippet.title).toBe('Across processes');
    for (const socket of [...agents, leadSocket]) socket.close();
  });

  it("routes escalations and presence counts to a lead on the other hub, and not to another team", async () => {
    const teamId = uniqueTeam('redis-feed');
    const lead = await tokenFor(storageA, teamId, 'lead');
    const agent = await tokenFor(storageA, teamId, 'agent');
    const otherLead = await tokenFor(storageA, uniqueTeam('redis-other'), 'lead');
    const leadSocket = await connected(connect(hubA.url, lead.token));
    const otherSocket = await connected(connect(hubA.url, otherLead.token));
    const feed: EscalationEvent[] = [];
    const counts: PresenceCount[] = [];
    let otherSaw = 0;
    leadSocket.on('escalation:feed', (event) => feed.push(event));
    leadSocket.on('presence:count', (count) => counts.push(count));
    otherSocket.on('escalation:feed', () => otherSaw++);
    const agentSockets = await Promise.all([connected(connect(hubB.url, agent.token)), connected(connect(hubB.url, agent.token))]);
    await agentSockets[0]?.emitWithAck('escalation:notify', { reason: 'Needs a manager', conversationRef: 'chat-7' });
    await waitFor(() => feed.length === 1, 5_000, 'feed across hubs');
    expect(feed[0]).toMatchObject({ reason: 'Needs a manager', conversationRef: 'chat-7' });
    await waitFor(() => counts.some((c) => c.agents === 2 && c.leads === 1), 5_000, 'presence across hubs');
    expect(otherSaw).toBe(0);
    for (const socket of [...agentSockets, leadSocket, otherSocket]) socket?.close();
  });

  it("sends a lead on the other hub the team's new feedback totals", async () => {
    const teamId = uniqueTeam('redis-feedback');
    const lead = await tokenFor(storageA, teamId, 'lead');
    const agent = await tokenFor(storageA, teamId, 'agent');
    const leadSocket = await connected(connect(hubA.url, lead.token));
    const totals: FeedbackTotals[] = [];
    leadSocket.on('feedback:totals', (t) => totals.push(t));
    const agentSocket = await connected(connect(hubB.url, agent.token));
    expect(await agentSocket.emitWithAck('feedback:report', { rules: [{ rule: 'manager', dismissed: 2 }] })).toEqual({ data: { rules: 1 } });
    await waitFor(() => totals.length === 1, 5_000, 'totals across hubs');
    expect(totals[0]).toMatchObject({ agents: 1, rules: [{ rule: 'manager', dismissed: 2, agents: 1 }] });
    const read = await leadSocket.emitWithAck('feedback:totals', {});
    expect('data' in read && read.data.rules).toEqual(totals[0]?.rules);
    leadSocket.close();
    agentSocket.close();
  });
});
