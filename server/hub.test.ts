// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_SPREAD_MS, createSyncClient } from '../lib/sync/client';
import { createMemoryStore } from '../lib/sync/memory-store';
import type { EscalationEvent, FeedbackTotals, SnippetChange } from '../lib/sync/protocol';
import type { HubStorage } from './storage/open-storage';
import {
  type RunningHub,
  connect,
  connected,
  nodeSocketFactory,
  openTestStorage,
  snippet,
  startHub,
  storageKinds,
  tokenFor,
  uniqueTeam,
  waitFor,
} from './test-support/hub-harness';

describe.each(storageKinds())('hub on %s storage', (kind) => {
  let storage: HubStorage;
  let running: RunningHub;

  beforeAll(async () => {
    storage = await openTestStorage(kind);
    // Streams of hundreds of publishes below; the flood test runs its own hub with the default limits.
    running = await startHub(storage, { rateLimits: { write: { burst: 1_000, perSecond: 1_000 } } });
  }, 60_000);

  afterAll(async () => {
    await running?.hub.close();
    await storage?.close();
  });

  async function team(name: string) {
    const teamId = uniqueTeam(name);
    const lead = await tokenFor(storage, teamId, 'lead');
    const agent = await tokenFor(storage, teamId, 'agent');
    return { teamId, lead, agent };
  }

  function syncClient(token: string, store = createMemoryStore(), url = running.url) {
    const summaries: string[] = [];
    const client = createSyncClient({
      hubUrl: url,
      token,
      connect: nodeSocketFactory(),
      store,
      transports: ['websocket'],
      heartbeatMs: 200,
      onChanges: (summary) => summaries.push(summary.text),
    });
    return { client, store, summaries };
  }

  it('delivers a publish to a connected agent, acknowledged only after it is stored', async () => {
    const { teamId, lead, agent } = await team('live');
    const leadSocket = await connected(connect(running.url, lead.token));
    const agentSocket = await connected(connect(running.url, agent.token));
    const received = new Promise<SnippetChange[]>((resolve) => {
      agentSocket.on('kb:changed', (batch, ack) => {
        ack(batch.latest);
        resolve(batch.changes);
      });
    });
    const result = await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('greeting', 'Greeting')], deletes: [] });
    expect(result).toEqual({ data: { version: 1, changes: 1 } });
    // Durable before the ack: the stored copy already has it.
    expect((await storage.kb.currentSnippets(teamId)).map((s) => s.title)).toEqual(['Greeting']);
    const changes = await received;
    expect(changes[0]?.snippet).toMatchObject({ id: 'greeting', title: 'Greeting', version: 1, deleted: false });
    const audit = await storage.audit.recent(teamId);
    expect(audit[0]).toMatchObject({ actor: `token:${lead.id}`, action: 'kb:publish' });
    leadSocket.close();
    agentSocket.close();
  });

  it('brings an agent that was offline during 500 updates up to the hub, with a summary', async () => {
    const { teamId, lead, agent } = await team('offline');
    const { client, store, summaries } = syncClient(agent.token);
    await client.start();
    await waitFor(() => client.status().state === 'connected', 5_000, 'agent connected');
    await client.syncNow();
    client.stop();

    const leadSocket = await connected(connect(running.url, lead.token));
    for (let i = 0; i < 500; i++) {
      const id = `s${i % 120}`;
      const request = i % 50 === 49 ? { deletes: [`s${(i * 7) % 120}`] } : { upserts: [snippet(id, `Title ${id}`, `update ${i}`)] };
      const result = await leadSocket.emitWithAck('kb:publish', request);
      expect(result).not.toHaveProperty('error');
    }
    expect(await storage.kb.latestVersion(teamId)).toBe(500);

    await client.start();
    await waitFor(async () => (await store.lastVersion()) === 500, 10_000, 'catch-up');
    await client.settled();
    const hubCopy = new Map((await storage.kb.pull(teamId, 0, 2_000)).changes.map((c) => [c.kind === 'snippet' ? c.snippet.id : 'settings', c]));
    expect(store.snippets.size).toBe(hubCopy.size);
    for (const [id, stored] of store.snippets) expect(hubCopy.get(id)).toMatchObject({ snippet: stored });
    expect(summaries.at(-1)).toMatch(/^Knowledge base updated: \d+ added/);
    client.stop();
    leadSocket.close();
  });

  it('applies idempotently: a replayed page or broadcast changes nothing', async () => {
    const { teamId, lead, agent } = await team('idempotent');
    const leadSocket = await connected(connect(running.url, lead.token));
    await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('a'), snippet('b')] });
    await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('a', 'A v2')], deletes: ['b'] });
    const page = await storage.kb.pull(teamId, 0, 100);
    const store = createMemoryStore();
    await store.apply(page.changes);
    const once = structuredClone([...store.snippets.entries()]);
    await store.apply(page.changes);
    await store.apply((await storage.kb.pull(teamId, 0, 1)).changes); // an older page replayed late
    expect([...store.snippets.entries()]).toEqual(once);

    // The client skips what it already has, however often the hub's broadcast repeats.
    const { client, store: clientStore } = syncClient(agent.token);
    await client.start();
    await waitFor(async () => (await clientStore.lastVersion()) === 4, 5_000, 'initial sync');
    await client.settled();
    const calls = clientStore.applyCalls();
    const latest = (await storage.kb.pull(teamId, 0, 100)).changes.filter((c): c is SnippetChange => c.kind === 'snippet');
    running.hub.io.to(`team:${teamId}`).emit('kb:changed', { changes: latest, latest: 4 }, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await client.settled();
    expect(clientStore.applyCalls()).toBe(calls);
    expect(clientStore.snippets.get('a')?.title).toBe('A v2');
    expect(clientStore.snippets.get('b')?.deleted).toBe(true);
    client.stop();
    leadSocket.close();
  });

  it("acks a live batch with the agent's applied version, within the ack spread", async () => {
    const { teamId, lead, agent } = await team('acks');
    const { client, store } = syncClient(agent.token);
    await client.start();
    await waitFor(() => client.status().state === 'connected', 5_000, 'connected');
    const leadSocket = await connected(connect(running.url, lead.token));
    await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('a')] });
    leadSocket.close();
    await waitFor(async () => (await store.lastVersion()) === 1, 5_000, 'live update applied');
    const inRoom = () => running.hub.io.of('/').adapter.rooms.get(`team:${teamId}`)?.size;
    await waitFor(() => inRoom() === 1, 5_000, 'only the agent left in the team room to answer');
    const changes = (await storage.kb.pull(teamId, 0, 100)).changes.filter((c): c is SnippetChange => c.kind === 'snippet');
    const sent = Date.now();
    const room = running.hub.io.to(`team:${teamId}`).timeout(ACK_SPREAD_MS + 2_000);
    const acks = await room.emitWithAck('kb:changed', { changes, latest: 1 });
    expect(acks).toEqual([1]);
    expect(Date.now() - sent).toBeLessThan(ACK_SPREAD_MS + 1_000);
    client.stop();
  });

  it('sends team settings to agents the same way as the knowledge base', async () => {
    const { lead, agent } = await team('settings');
    const { client, store, summaries } = syncClient(agent.token);
    await client.start();
    await waitFor(() => client.status().state === 'connected', 5_000, 'connected');
    const leadSocket = await connected(connect(running.url, lead.token));
    const settings = {
      escalationThresholds: { frustration: 65 },
      waitingTimeLimits: { firstReplySeconds: 45 },
      helpdeskAdapters: [
        {
          id: 'acme-desk',
          name: 'Acme desk',
          matches: ['https://desk.acme.test/*'],
          selectors: { thread: '.thread', message: '.message' },
        },
      ],
    };
    expect(await leadSocket.emitWithAck('settings:publish', settings)).toEqual({ data: { version: 1 } });
    await waitFor(() => store.settings() !== undefined, 5_000, 'settings');
    expect(store.settings()).toEqual(settings);
    expect(summaries).toContain('Team settings updated');
    client.stop();
    leadSocket.close();
  });

  it("shows an agent's escalation in the lead's feed, with the customer's words only when included", async () => {
    const { teamId, lead, agent } = await team('escalation');
    const leadSocket = await connected(connect(running.url, lead.token));
    const agentSocket = await connected(connect(running.url, agent.token));
    const feed: EscalationEvent[] = [];
    leadSocket.on('escalation:feed', (event) => feed.push(event));
    let agentSawFeed = false;
    agentSocket.on('escalation:feed', () => {
      agentSawFeed = true;
    });
    const plain = await agentSocket.emitWithAck('escalation:notify', { reason: 'Angry customer', conversationRef: 'ticket-42' });
    expect(plain).toHaveProperty('data.id');
    await agentSocket.emitWithAck('escalation:notify', {
      reason: 'Legal threat',
      conversationRef: 'ticket-43',
      severity: 'high',
      agentName: 'Sam',
      excerpt: 'I will sue you',
    });
    await waitFor(() => feed.length === 2, 5_000, 'feed');
    expect(feed[0]).toMatchObject({ reason: 'Angry customer', conversationRef: 'ticket-42', agent: agent.label });
    expect(feed[0]).not.toHaveProperty('excerpt');
    expect(feed[1]).toMatchObject({ agent: 'Sam', severity: 'high', excerpt: 'I will sue you' });
    expect(agentSawFeed).toBe(false);
    const recent = await leadSocket.emitWithAck('escalation:recent', {});
    expect('data' in recent && recent.data.map((e) => e.conversationRef)).toEqual(['ticket-43', 'ticket-42']);
    // The audit log records that it happened, not what the customer said.
    expect(JSON.stringify(await storage.audit.recent(teamId))).not.toContain('sue');
    leadSocket.close();
    agentSocket.close();
  });

  it("adds up agents' latest feedback reports per rule for leads, numbers only", async () => {
    const { teamId, lead, agent } = await team('feedback');
    const other = await tokenFor(storage, teamId, 'agent', 'Noor');
    const leadSocket = await connected(connect(running.url, lead.token));
    const agentSocket = await connected(connect(running.url, agent.token));
    const otherSocket = await connected(connect(running.url, other.token));
    const live: FeedbackTotals[] = [];
    leadSocket.on('feedback:totals', (totals) => live.push(totals));
    let agentSawTotals = false;
    agentSocket.on('feedback:totals', () => {
      agentSawTotals = true;
    });

    expect(await leadSocket.emitWithAck('feedback:totals', {})).toEqual({ data: { agents: 0, rules: [], updatedAt: null } });
    // A first report, then a newer one that replaces it (the latest per agent counts, never the sum of reports).
    await agentSocket.emitWithAck('feedback:report', { rules: [{ rule: 'legal', dismissed: 9 }] });
    const sent = await agentSocket.emitWithAck('feedback:report', {
      rules: [
        { rule: 'legal', dismissed: 3, notified: 1 },
        { rule: 'empathetic', unhelpful: 2, applied: 5 },
      ],
    });
    expect(sent).toEqual({ data: { rules: 2 } });
    await otherSocket.emitWithAck('feedback:report', { rules: [{ rule: 'legal', dismissed: 1, unhelpful: 4, applied: 0, notified: 2 }] });

    const result = await leadSocket.emitWithAck('feedback:totals', {});
    expect('data' in result && result.data).toMatchObject({
      agents: 2,
      updatedAt: expect.any(Number),
      rules: [
        { rule: 'empathetic', dismissed: 0, unhelpful: 2, applied: 5, notified: 0, agents: 1 },
        { rule: 'legal', dismissed: 4, unhelpful: 4, applied: 0, notified: 3, agents: 2 },
      ],
    });
    await waitFor(() => live.length === 3, 5_000, 'live totals');
    expect(live.at(-1)).toEqual('data' in result && result.data);
    expect(agentSawTotals).toBe(false);

    // An empty report withdraws the agent's counts; a revoked token's counts no longer count.
    await otherSocket.emitWithAck('feedback:report', { rules: [] });
    expect((await storage.feedback.totals(teamId)).rules).toEqual([{ rule: 'empathetic', dismissed: 0, unhelpful: 2, applied: 5, notified: 0, agents: 1 }, { rule: 'legal', dismissed: 3, unhelpful: 0, applied: 0, notified: 1, agents: 1 }]);
    await storage.tokens.revoke(agent.id);
    expect(await storage.feedback.totals(teamId)).toEqual({ agents: 0, rules: [], updatedAt: null });
    // Reports are statistics that replace each other: no audit rows.
    expect((await storage.audit.recent(teamId)).filter((e) => e.action.startsWith('feedback'))).toEqual([]);
    leadSocket.close();
    agentSocket.close();
    otherSocket.close();
  });

  describe('refusals: a clear error and nothing stored', () => {
    async function expectNothingStored(teamId: string) {
      expect(await storage.kb.latestVersion(teamId)).toBe(0);
      expect(await storage.kb.currentSnippets(teamId)).toEqual([]);
      expect((await storage.audit.recent(teamId)).filter((e) => !e.action.startsWith('token:'))).toEqual([]);
    }

    it('refuses a publish with an agent token', async () => {
      const { teamId, agent } = await team('agent-publish');
      const socket = await connected(connect(running.url, agent.token));
      const result = await socket.emitWithAck('kb:publish', { upserts: [snippet('x')] });
      expect(result).toEqual({ error: 'forbidden: the agent role cannot use kb:publish' });
      expect(await socket.emitWithAck('settings:publish', {})).toHaveProperty('error', 'forbidden: the agent role cannot use settings:publish');
      await expectNothingStored(teamId);
      socket.close();
    });

    it('refuses feedback totals to agents, and malformed or oversized feedback reports', async () => {
      const { teamId, agent } = await team('feedback-refused');
      const socket = await connected(connect(running.url, agent.token));
      expect(await socket.emitWithAck('feedback:totals', {})).toEqual({ error: 'forbidden: the agent role cannot use feedback:totals' });
      const rules = (n: number) => Array.from({ length: n }, (_, i) => ({ rule: `rule-${i}`, dismissed: 1 }));
      const cases: [unknown, RegExp][] = [
        [{ rules: [{ rule: 'x'.repeat(65), dismissed: 1 }] }, /^invalid payload: rules\.0\.rule: Too big/],
        [{ rules: [{ rule: 'I will sue you', dismissed: 1 }] }, /^invalid payload: rules\.0\.rule: rule ids use/],
        [{ rules: [{ rule: 'legal', dismissed: -1 }] }, /^invalid payload: rules\.0\.dismissed/],
        [{ rules: [{ rule: 'legal', dismissed: 1.5 }] }, /^invalid payload: rules\.0\.dismissed/],
        [{ rules: [{ rule: 'legal', excerpt: 'my lawyer' }] }, /^invalid payload: rules\.0: Unrecognized key/],
        [{ rules: [], text: 'hello' }, /^invalid payload: payload: Unrecognized key/],
        [{ rules: [{ rule: 'legal' }, { rule: 'legal' }] }, /each rule may appear once/],
        [{ rules: rules(201) }, /^invalid payload: rules: Too big/],
      ];
      for (const [payload, message] of cases) {
        const result = await socket.emitWithAck('feedback:report', payload as never);
        expect('error' in result && result.error).toMatch(message);
      }
      expect(await socket.emitWithAck('feedback:report', { rules: rules(200) })).toEqual({ data: { rules: 200 } });
      expect((await storage.feedback.totals(teamId)).rules).toHaveLength(200);
      socket.close();
    });

    it('refuses a revoked token, and drops sockets already open with it', async () => {
      const { teamId, lead } = await team('revoked');
      const open = await connected(connect(running.url, lead.token));
      const dropped = new Promise<string>((resolve) => open.on('disconnect', resolve));
      expect(await storage.tokens.revoke(lead.id)).toBe(true);
      await expect(connected(connect(running.url, lead.token))).rejects.toThrow('unauthorized: unknown, malformed or revoked access token');
      expect(await dropped).toBe('io server disconnect');
      await expectNothingStored(teamId);
    });

    it('keeps teams apart: another team’s token neither sees nor changes this team', async () => {
      const mine = await team('mine');
      const theirs = await team('theirs');
      const stranger = await connected(connect(running.url, theirs.lead.token));
      const seen: string[] = [];
      stranger.on('kb:changed', (batch) => seen.push(...batch.changes.map((c) => c.snippet.id)));
      const leadSocket = await connected(connect(running.url, mine.lead.token));
      await leadSocket.emitWithAck('kb:publish', { upserts: [snippet('secret')] });
      await stranger.emitWithAck('kb:publish', { upserts: [snippet('theirs')] });
      const pulled = await stranger.emitWithAck('sync:pull', { since: 0 });
      expect('data' in pulled && pulled.data.changes.map((c) => (c.kind === 'snippet' ? c.snippet.id : c.kind))).toEqual(['theirs']);
      await waitFor(() => seen.length > 0, 5_000, 'own broadcast');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toEqual(['theirs']);
      expect((await storage.kb.currentSnippets(mine.teamId)).map((s) => s.id)).toEqual(['secret']);
      stranger.close();
      leadSocket.close();
    });

    it('refuses a web page origin and unknown tokens', async () => {
      const { teamId, lead } = await team('origin');
      await expect(connected(connect(running.url, lead.token, 'https://evil.example'))).rejects.toThrow(
        'origin not allowed: https://evil.example',
      );
      await expect(connected(connect(running.url, 'not-a-token'))).rejects.toThrow('unauthorized');
      await expectNothingStored(teamId);
    });

    it('refuses malformed and oversized payloads', async () => {
      const { teamId, lead } = await team('malformed');
      const socket = await connected(connect(running.url, lead.token));
      const cases: [unknown, RegExp][] = [
        [{ upserts: [{ id: 'x' }] }, /^invalid payload: upserts\.0\.title/],
        [{ upserts: [{ ...snippet('x'), language: 'fr' }] }, /^invalid payload: upserts\.0\.language/],
        [{ upserts: [{ ...snippet('x'), html: '<script>' }] }, /^invalid payload: upserts\.0: Unrecognized key/],
        ['drop table', /^invalid payload: payload/],
        [{}, /nothing to publish/],
        [{ upserts: [snippet('x'), snippet('x')] }, /each snippet id may appear once/],
        [{ upserts: [{ ...snippet('x'), body: 'x'.repeat(20_001) }] }, /^invalid payload: upserts\.0\.body: Too big/],
        [{ upserts: Array.from({ length: 501 }, (_, i) => snippet(`x${i}`)) }, /^invalid payload: upserts: Too big/],
      ];
      for (const [payload, message] of cases) {
        const result = await socket.emitWithAck('kb:publish', payload as never);
        expect(result).toHaveProperty('error');
        expect('error' in result && result.error).toMatch(message);
      }
      // A frame beyond the hub's read limit closes the connection instead of being parsed.
      const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
      socket.emit('kb:publish', { upserts: [snippet('huge', 'Huge', 'x'.repeat(5_000_000))] }, () => undefined);
      expect(await closed).toBe('transport close');
      await expectNothingStored(teamId);
    });

    it('refuses a flood beyond the rate limit', async () => {
      const teamId = uniqueTeam('flood');
      const lead = await tokenFor(storage, teamId, 'lead');
      const agent = await tokenFor(storage, teamId, 'agent');
      const strict = await startHub(storage);
      const socket = await connected(connect(strict.url, agent.token));
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => socket.emitWithAck('escalation:notify', { reason: `flood ${i}`, conversationRef: 'c' })),
      );
      const refused = results.filter((r) => 'error' in r);
      expect(refused.length).toBeGreaterThanOrEqual(150);
      expect(refused.every((r) => 'error' in r && r.error === 'rate limit exceeded: slow down and retry')).toBe(true);
      const leadSocket = await connected(connect(running.url, lead.token));
      const stored = await leadSocket.emitWithAck('escalation:recent', { limit: 200 });
      expect('data' in stored && stored.data.length).toBe(results.length - refused.length);
      // Feedback reports are writes too, limited the same way.
      const reporter = await connected(connect(strict.url, agent.token));
      const reports = await Promise.all(Array.from({ length: 200 }, (_, i) => reporter.emitWithAck('feedback:report', { rules: [{ rule: 'legal', dismissed: i }] })));
      const refusedReports = reports.filter((r) => 'error' in r);
      expect(refusedReports.length).toBeGreaterThanOrEqual(150);
      expect(refusedReports.every((r) => 'error' in r && r.error === 'rate limit exceeded: slow down and retry')).toBe(true);
      reporter.close();
      socket.close();
      leadSocket.close();
      await strict.hub.close();
    });
  });
});
