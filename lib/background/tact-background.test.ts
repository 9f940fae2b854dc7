import model from 'wink-eng-lite-web-model';
import { localAnalysis } from './analysis-engine';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundToPanel, ChatTurn } from '../messaging/protocol';
import { createAnalyzer } from '../nlp/analyzer';
import { ConversationService } from './conversation-service';
import { ConversationDb } from './db';
import { KbDb } from '../kb/db';
import { KbStore } from '../kb/store';
import { KbService } from './kb-service';
import { TactBackground } from './tact-background';

const analysis = localAnalysis(() => createAnalyzer(model));
let n = 0;
let pushes: BackgroundToPanel[];
let focused: number[];
let now: number;
let tact: TactBackground;

const turn = (messageId: string, role: ChatTurn['role'], text: string, time = now): ChatTurn => ({ messageId, role, text, time, historical: false });
const turns = (conversationId: string, list: ChatTurn[]) => ({ type: 'chat:turns' as const, adapter: 'demo', conversationId, customerName: conversationId.toUpperCase(), turns: list });

beforeEach(() => {
  const db = new ConversationDb(`bg-${n++}`);
  pushes = [];
  focused = [];
  now = 1_000_000;
  tact = new TactBackground(db, new ConversationService(db, analysis, () => now), {
    pushToPanels: (m) => pushes.push(m),
    sendToTab: async () => ({ ok: true }),
    focusTab: async (tabId) => {
      focused.push(tabId);
    },
    agentName: async () => 'Sam',
    waitThresholds: async () => ({ nudgeAfterSeconds: 60, urgentAfterSeconds: 120 }),
    now: () => now,
  }, analysis, new KbService(() => KbStore.open(new KbDb(`kb-${n}`))));
});

describe('TactBackground', () => {
  it('shows the focused chat and pushes only its messages to the panel', async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'Hello, I need help')]));
    await tact.onContent(2, turns('bob', [turn('1', 'customer', 'Hi')]));
    const messagePushes = pushes.filter((p) => p.type === 'state:messages');
    expect(messagePushes.map((p) => p.type === 'state:messages' && p.conversationKey)).toEqual(['demo:anna']);
    const state = await tact.state();
    expect(state.conversation?.conversationId).toBe('anna');
  });

  it('pushes knowledge-base suggestions when they change, not again for every message that leaves them as they were', async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    const suggestionPushes = () => pushes.filter((p) => p.type === 'state:suggestions');
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'How do I reset my password?')]));
    const first = suggestionPushes().at(-1);
    expect(first?.type === 'state:suggestions' && first.hits.length).toBeGreaterThan(0);
    const count = suggestionPushes().length;
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'How do I reset my password?'), turn('2', 'agent', 'Let me check.')]));
    await tact.onContent(1, turns('anna', [turn('3', 'customer', 'How do I reset my password?')]));
    expect(suggestionPushes()).toHaveLength(count);
    await tact.onContent(1, turns('anna', [turn('4', 'customer', 'Where is my parcel? It was supposed to arrive on Monday.')]));
    expect(suggestionPushes()).toHaveLength(count + 1);
  });

  it('keeps a queue of open chats in urgency order, and drops closed tabs', async () => {
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'Where is my order?', now - 200_000)]));
    await tact.onContent(2, turns('bob', [turn('1', 'customer', 'This is terrible, I am furious!', now - 10_000)]));
    await tact.onContent(3, turns('cas', [turn('1', 'customer', 'Hello', now - 300_000), turn('2', 'agent', 'Hi, how can I help?')]));
    expect((await tact.state()).queue.map((q) => q.conversationId)).toEqual(['anna', 'bob', 'cas']);
    await tact.onContent(1, turns('anna', [turn('2', 'agent', 'Let me check that for you.')]));
    expect((await tact.state()).queue.map((q) => q.conversationId)).toEqual(['bob', 'anna', 'cas']);
    await tact.onTabRemoved(2);
    expect((await tact.state()).queue.map((q) => q.conversationId)).toEqual(['anna', 'cas']);
    const last = pushes.filter((p) => p.type === 'state:queue').at(-1);
    expect(last?.type === 'state:queue' && last.items.map((q) => q.conversationId)).toEqual(['anna', 'cas']);
  });

  it('a tab shows one chat at a time: switching chats in a tab replaces it in the queue', async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'bob' });
    expect((await tact.state()).queue.map((q) => q.conversationId)).toEqual(['bob']);
  });

  it('the next-chat shortcut goes to the most urgent chat that is not on screen', async () => {
    await tact.onContent(4, turns('anna', [turn('1', 'customer', 'Hello', now - 100_000)]));
    await tact.onContent(5, turns('bob', [turn('1', 'customer', 'Hi', now - 50_000)]));
    await tact.onContent(6, turns('cas', [turn('1', 'customer', 'Hey', now - 10_000)]));
    await tact.onContent(4, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    expect(await tact.onCommand('next-chat')).toEqual({ ok: true });
    expect(focused).toEqual([5]);
    expect(await tact.onCommand('next-chat')).toEqual({ ok: true });
    expect(focused).toEqual([5, 4]);
    expect(await tact.onCommand('nonsense')).toMatchObject({ ok: false });
  });

  it('raises an escalation once, and a dismissal keeps it down and is counted', async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'If this is not fixed today I will take legal action and contact my lawyer.')]));
    const state = await tact.state();
    expect(state.conversation?.escalation?.reason).toBe('legal');
    expect(state.queue[0]?.escalation).toBe('legal');
    expect(await tact.onPanel({ type: 'escalation:dismiss', conversationKey: 'demo:anna', note: 'already-handled' })).toEqual({ ok: true });
    await tact.onContent(1, turns('anna', [turn('2', 'customer', 'My lawyer will sue you for this.')]));
    expect((await tact.state()).conversation?.escalation).toBeNull();
    expect(await tact.feedbackCounts()).toEqual({ legal: { dismissed: 1 } });
  });

  it('tells the feedback reporter about each verdict', async () => {
    let changed = 0;
    tact.onFeedbackChanged = () => changed++;
    expect(await tact.onPanel({ type: 'feedback:unhelpful', conversationKey: 'demo:anna', rule: 'empathetic' })).toEqual({ ok: true });
    expect(await tact.onPanel({ type: 'feedback:unhelpful', conversationKey: 'demo:anna', rule: 'empathetic' })).toEqual({ ok: true });
    expect(changed).toBe(2);
    expect(await tact.feedbackCounts()).toEqual({ empathetic: { unhelpful: 2 } });
  });

  it('"forget all local data" also forgets the verdicts and the snippet usage, and tells the reporter', async () => {
    const kbDb = new KbDb(`kb-forget-${n}`);
    const kb = new KbService(() => KbStore.open(kbDb));
    const db = new ConversationDb(`bg-forget-${n}`);
    const forgetful = new TactBackground(db, new ConversationService(db, analysis, () => now), {
      pushToPanels: () => {},
      sendToTab: async () => ({ ok: true }),
      focusTab: async () => {},
      agentName: async () => 'Sam',
      waitThresholds: async () => ({ nudgeAfterSeconds: 60, urgentAfterSeconds: 120 }),
      now: () => now,
    }, analysis, kb);
    let changed = 0;
    forgetful.onFeedbackChanged = () => changed++;
    await forgetful.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await forgetful.onContent(1, turns('anna', [turn('1', 'customer', 'How long does a refund take?')]));
    await forgetful.onPanel({ type: 'feedback:unhelpful', conversationKey: 'demo:anna', rule: 'empathetic' });
    expect(await kbDb.usage.count()).toBeGreaterThan(0);
    expect(await forgetful.onPanel({ type: 'data:forget-all' })).toEqual({ ok: true });
    expect(await forgetful.feedbackCounts()).toEqual({});
    expect(await kbDb.usage.count()).toBe(0);
    expect(changed).toBe(2);
  });

  it("counts a draft check's wording as applied once it is in the reply box, and a plain insert not at all", async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    expect(await tact.onPanel({ type: 'composer:insert', conversationKey: 'demo:anna', text: 'I am sorry about that.', mode: 'replace', rule: 'empathetic' })).toEqual({ ok: true });
    expect(await tact.onPanel({ type: 'composer:insert', conversationKey: 'demo:anna', text: 'Hello', mode: 'append' })).toEqual({ ok: true });
    expect(await tact.onPanel({ type: 'composer:insert', conversationKey: 'demo:nobody', text: 'x', rule: 'short' })).toMatchObject({ ok: false });
    expect(await tact.feedbackCounts()).toEqual({ empathetic: { applied: 1 } });
  });

  it('checks the draft against the latest customer message and pushes it to the panel', async () => {
    await tact.onContent(1, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await tact.onContent(1, turns('anna', [turn('1', 'customer', 'My parcel is two weeks late and I am really annoyed.')]));
    await tact.onContent(1, { type: 'draft:changed', adapter: 'demo', conversationId: 'anna', text: 'That is our policy, we cannot do anything.' });
    const push = pushes.filter((p) => p.type === 'state:draft').at(-1);
    expect(push?.type === 'state:draft' && push.check?.checks.policyHiding).toBe(true);
    expect((await tact.state()).draft?.checks.empathetic).toBe(false);
    await tact.onContent(1, { type: 'draft:changed', adapter: 'demo', conversationId: 'anna', text: '' });
    expect((await tact.state()).draft).toBeNull();
  });

  it('brings a queued chat to the front and refuses closed ones', async () => {
    await tact.onContent(4, { type: 'chat:focus', adapter: 'demo', conversationId: 'anna' });
    await tact.onContent(5, { type: 'chat:focus', adapter: 'demo', conversationId: 'bob' });
    expect(await tact.onPanel({ type: 'queue:focus', conversationKey: 'demo:anna' })).toEqual({ ok: true });
    expect(focused).toEqual([4]);
    expect((await tact.state()).conversation?.conversationId).toBe('anna');
    expect(await tact.onPanel({ type: 'queue:focus', conversationKey: 'demo:nobody' })).toMatchObject({ ok: false });
  });
});
