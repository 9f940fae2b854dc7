// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { connect, connected, embeddedHubForTests, nodeSocketFactory, tokenFor, uniqueTeam, waitFor } from '../../server/test-support/hub-harness';
import { createMemoryStore } from '../sync/memory-store';
import type { FeedbackReport } from '../sync/protocol';
import { type FeedbackCounts, FeedbackReporter, toFeedbackReport } from './feedback-reporter';
import { HubLink } from './hub-link';

describe('toFeedbackReport', () => {
  it('keeps valid rule ids and whole counts, all four kinds, sorted by rule', () => {
    expect(toFeedbackReport({ short: { unhelpful: 2 }, legal: { dismissed: 3, notified: 1, bogus: 9 }, 'not a rule id!': { dismissed: 1 }, empty: {} })).toEqual({
      rules: [
        { rule: 'legal', dismissed: 3, unhelpful: 0, applied: 0, notified: 1 },
        { rule: 'short', dismissed: 0, unhelpful: 2, applied: 0, notified: 0 },
      ],
    });
  });

  it('sends at most 200 rules, the busiest ones, and no rule id over 64 characters', () => {
    const counts: FeedbackCounts = { ['x'.repeat(65)]: { dismissed: 99 } };
    for (let i = 0; i < 250; i++) counts[`rule-${i}`] = { dismissed: i + 1 };
    const { rules } = toFeedbackReport(counts);
    expect(rules).toHaveLength(200);
    expect(rules.every((r) => r.rule.length <= 64 && r.dismissed > 50)).toBe(true);
  });
});

describe('FeedbackReporter', () => {
  function setup(options: { allowed?: boolean; connected?: boolean } = {}) {
    let now = 1_000_000;
    const timers: Array<{ at: number; run: () => void } | undefined> = [];
    const sent: FeedbackReport[] = [];
    const state = { allowed: options.allowed ?? true, connected: options.connected ?? true, counts: { legal: { dismissed: 1 } } as FeedbackCounts };
    const reporter = new FeedbackReporter({
      counts: async () => state.counts,
      allowed: async () => state.allowed,
      connected: () => state.connected,
      send: async (report) => void sent.push(report),
      now: () => now,
      setTimer: (run, ms) => timers.push({ at: now + ms, run }) - 1,
      clearTimer: (handle) => (timers[handle as number] = undefined),
    });
    /** Moves the clock on, running the timers that fall due. */
    const advance = async (ms: number) => {
      now += ms;
      for (const [i, timer] of timers.entries()) {
        if (timer && timer.at <= now) {
          timers[i] = undefined;
          timer.run();
        }
      }
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0)); // the flush's awaits
    };
    return { reporter, sent, state, advance };
  }

  it('reports on connect, then at most once a minute however often the counts change', async () => {
    const { reporter, sent, state, advance } = setup();
    reporter.reconnected();
    await advance(0);
    expect(sent).toEqual([{ rules: [{ rule: 'legal', dismissed: 1, unhelpful: 0, applied: 0, notified: 0 }] }]);
    state.counts = { legal: { dismissed: 2 } };
    reporter.schedule();
    await advance(1_000);
    state.counts = { legal: { dismissed: 3 } };
    reporter.schedule();
    await advance(30_000);
    expect(sent).toHaveLength(1);
    await advance(29_000);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.rules[0]).toMatchObject({ rule: 'legal', dismissed: 3 });
    // Unchanged counts are not sent again.
    reporter.schedule();
    await advance(60_000);
    expect(sent).toHaveLength(2);
  });

  it('sends no counts while the privacy switch is off, only one empty report asking the hub to forget them', async () => {
    const { reporter, sent, state, advance } = setup({ allowed: false });
    reporter.reconnected();
    await advance(0);
    reporter.schedule();
    await advance(120_000);
    expect(sent).toEqual([{ rules: [] }]);
    state.allowed = true;
    reporter.schedule();
    await advance(60_000);
    expect(sent.at(-1)).toEqual({ rules: [{ rule: 'legal', dismissed: 1, unhelpful: 0, applied: 0, notified: 0 }] });
  });

  it('waits for the connection', async () => {
    const { reporter, sent, state, advance } = setup({ connected: false });
    reporter.schedule();
    await advance(120_000);
    expect(sent).toEqual([]);
    state.connected = true;
    reporter.reconnected();
    await advance(0);
    expect(sent).toHaveLength(1);
  });
});

describe('an agent extension reporting to a real hub', () => {
  const hub = embeddedHubForTests();

  it("lands in the team's totals that a lead reads", async () => {
    const teamId = uniqueTeam('feedback-link');
    const agentToken = (await tokenFor(hub.storage, teamId, 'agent', 'Sam')).token;
    const lead = await connected(connect(hub.running.url, (await tokenFor(hub.storage, teamId, 'lead')).token));
    const ready: { reporter?: FeedbackReporter } = {};
    const link = new HubLink({
      readConfig: async () => ({ config: { hubUrl: hub.running.url, token: agentToken, source: 'options' } }),
      connect: nodeSocketFactory(),
      store: createMemoryStore(),
      onState: () => undefined,
      onChanges: () => undefined,
      onConnected: () => ready.reporter?.reconnected(),
    });
    ready.reporter = new FeedbackReporter({
      counts: async () => ({ 'policy-hiding': { unhelpful: 4, applied: 1 }, legal: { dismissed: 2 } }),
      allowed: async () => true,
      connected: () => link.connected(),
      send: (report) => link.reportFeedback(report),
      now: Date.now,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
    await link.start();
    await waitFor(async () => (await hub.storage.feedback.totals(teamId)).agents === 1, 10_000, 'report stored');
    const totals = await lead.emitWithAck('feedback:totals', {});
    expect('data' in totals && totals.data.rules).toEqual([
      { rule: 'legal', dismissed: 2, unhelpful: 0, applied: 0, notified: 0, agents: 1 },
      { rule: 'policy-hiding', dismissed: 0, unhelpful: 4, applied: 1, notified: 0, agents: 1 },
    ]);
    ready.reporter.stop();
    link.stop();
    lead.close();
  });
});
