// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { connect, connected, embeddedHubForTests, nodeSocketFactory, tokenFor, uniqueTeam, waitFor } from '../../server/test-support/hub-harness';
import { type ConsoleSession, startConsoleSession } from './console-session';
import { useConsoleStore } from './console-store';

const hub = embeddedHubForTests();
let sessions: ConsoleSession[] = [];

beforeEach(() => {
  for (const s of sessions) s.stop();
  sessions = [];
  useConsoleStore.setState(useConsoleStore.getInitialState());
});

const start = (token: string) => {
  const session = startConsoleSession({ hubUrl: hub.running.url, token, source: 'options' }, nodeSocketFactory());
  sessions.push(session);
  return session;
};
const state = () => useConsoleStore.getState();

describe('startConsoleSession', () => {
  it('knows a lead, publishes, deletes, imports in batches and follows the feed and presence', async () => {
    const team = uniqueTeam('console');
    const session = start((await tokenFor(hub.storage, team, 'lead')).token);
    await waitFor(() => state().role === 'lead', 10_000, 'lead role');
    expect(state().connection.state).toBe('connected');

    const { version } = await session.publishSnippet({ id: 'a', title: 'A', body: 'x', tags: [], language: 'en' });
    expect(version).toBeGreaterThan(0);
    expect(state().snippets.map((s) => [s.id, s.version])).toEqual([['a', version]]);

    const imported = await session.importSnippets(Array.from({ length: 3 }, (_, i) => ({ id: `i${i}`, title: `I${i}`, body: '', tags: [], language: 'nl' as const })));
    expect(imported).toEqual({ count: 3, version: version + 3 });
    await session.deleteSnippet('a');
    expect(state().snippets.map((s) => s.id).sort()).toEqual(['i0', 'i1', 'i2']);

    await expect(session.publishSnippet({ id: 'bad id!', title: 'x', body: '', tags: [], language: 'en' })).rejects.toThrow(/invalid payload/);
    const settings = await session.publishSettings({ escalationThresholds: { legal: 30 } });
    expect(state().settings?.escalationThresholds).toEqual({ legal: 30 });
    expect(settings.version).toBeGreaterThan(version);

    const agent = await connected(connect(hub.running.url, (await tokenFor(hub.storage, team, 'agent', 'Sam')).token));
    await waitFor(() => state().presence?.agents === 1, 10_000, 'presence');
    await agent.emitWithAck('escalation:notify', { reason: 'churn', conversationRef: 'c-1' });
    await waitFor(() => state().escalations.length === 1, 10_000, 'escalation');
    expect(state().latestLive).toMatchObject({ reason: 'churn', conversationRef: 'c-1', agent: 'Sam' });
    agent.disconnect();
  });

  it("loads the team's false-alarm counts and follows agents' reports live", async () => {
    const team = uniqueTeam('console-feedback');
    const agentToken = (await tokenFor(hub.storage, team, 'agent', 'Sam')).token;
    const early = await connected(connect(hub.running.url, agentToken));
    await early.emitWithAck('feedback:report', { rules: [{ rule: 'legal', dismissed: 2, notified: 1 }] });
    start((await tokenFor(hub.storage, team, 'lead')).token);
    await waitFor(() => state().feedback !== null, 10_000, 'feedback totals');
    expect(state().feedback).toMatchObject({ agents: 1, rules: [{ rule: 'legal', dismissed: 2, unhelpful: 0, applied: 0, notified: 1, agents: 1 }] });

    const other = await connected(connect(hub.running.url, (await tokenFor(hub.storage, team, 'agent', 'Noor')).token));
    await other.emitWithAck('feedback:report', { rules: [{ rule: 'short', unhelpful: 3 }] });
    await waitFor(() => state().feedback?.agents === 2, 10_000, 'live totals');
    expect(state().feedback?.rules.map((r) => r.rule)).toEqual(['legal', 'short']);
    early.disconnect();
    other.disconnect();
  });

  it('tells an agent token from a lead’s', async () => {
    const team = uniqueTeam('console');
    start((await tokenFor(hub.storage, team, 'agent')).token);
    await waitFor(() => state().role === 'not-lead', 10_000, 'not-lead role');
    expect(state().connection.state).toBe('connected');
    expect(state().feedback).toBeNull();
  });

  it('reports a refused token', async () => {
    start('tact_nope_nope');
    await waitFor(() => state().connection.state === 'refused', 10_000, 'refusal');
    expect(state().connection).toMatchObject({ state: 'refused', error: expect.any(String) });
  });
});
