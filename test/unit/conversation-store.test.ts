import { beforeEach, describe, expect, it } from 'vitest';
import type { AnalysedMessage, ConversationView } from '../../lib/messaging/protocol';
import { PANEL_MESSAGE_LIMIT, useConversationStore } from '../../lib/panel/conversation-store';

const msg = (messageId: string, text = messageId): AnalysedMessage => ({ messageId, role: 'customer', text, time: 1, historical: false });
const view = (key = 'demo:c-1', messages: AnalysedMessage[] = []): ConversationView => ({ key, adapter: 'demo', conversationId: key.split(':')[1]!, lastActivity: 1, messages, mood: [], turnaround: null, escalation: null });

beforeEach(() => useConversationStore.setState(useConversationStore.getInitialState()));

describe('side panel conversation store', () => {
  it('starts unloaded and takes the background state', () => {
    expect(useConversationStore.getState().loaded).toBe(false);
    useConversationStore.getState().reset({ conversation: view('demo:c-1', [msg('a')]), adapterHealth: [{ adapter: 'demo', state: 'ok', missing: [] }], queue: [], draft: null, suggestions: [], hub: { configured: false, problem: 'not-configured' }, kbUpdate: null, wait: { nudgeAfterSeconds: 60, urgentAfterSeconds: 120 } });
    const s = useConversationStore.getState();
    expect(s.loaded).toBe(true);
    expect(s.conversation?.messages).toHaveLength(1);
    expect(s.adapterHealth.demo?.state).toBe('ok');
  });

  it('appends new messages, replaces edited ones in place, and ignores other chats', () => {
    const store = useConversationStore.getState();
    store.apply({ type: 'state:conversation', conversation: view('demo:c-1', [msg('a'), msg('b')]) });
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: [msg('a', 'edited'), msg('c')], mood: [0.1, -0.2], turnaround: -0.3, escalation: null });
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-9', messages: [msg('z')], mood: [], turnaround: null, escalation: null });
    const c = useConversationStore.getState().conversation!;
    expect(c.messages.map((m) => m.text)).toEqual(['edited', 'b', 'c']);
    expect(c.mood).toEqual([0.1, -0.2]);
  });

  it('keeps the escalation it holds when a push repeats it, so views of the escalation alone need not update', () => {
    const store = useConversationStore.getState();
    store.apply({ type: 'state:conversation', conversation: view() });
    const escalation = { reason: 'legal' as const, evidence: { text: 'my lawyer', start: 3, end: 12 }, messageId: 'a', at: 5 };
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: [msg('a')], mood: [], turnaround: null, escalation });
    const held = useConversationStore.getState().conversation!.escalation;
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: [msg('b')], mood: [], turnaround: null, escalation: structuredClone(escalation) });
    expect(useConversationStore.getState().conversation!.escalation).toBe(held);
    const other = { ...escalation, reason: 'public' as const };
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: [msg('c')], mood: [], turnaround: null, escalation: other });
    expect(useConversationStore.getState().conversation!.escalation).toBe(other);
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: [msg('d')], mood: [], turnaround: null, escalation: null });
    expect(useConversationStore.getState().conversation!.escalation).toBeNull();
  });

  it('trims to the panel limit once a batch over it, newest last', () => {
    const store = useConversationStore.getState();
    store.apply({ type: 'state:conversation', conversation: view() });
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: Array.from({ length: PANEL_MESSAGE_LIMIT + 50 }, (_, i) => msg(`m${i}`)), mood: [], turnaround: null, escalation: null });
    expect(useConversationStore.getState().conversation!.messages).toHaveLength(PANEL_MESSAGE_LIMIT + 50);
    store.apply({ type: 'state:messages', conversationKey: 'demo:c-1', messages: Array.from({ length: 60 }, (_, i) => msg(`n${i}`)), mood: [], turnaround: null, escalation: null });
    const messages = useConversationStore.getState().conversation!.messages;
    expect(messages).toHaveLength(PANEL_MESSAGE_LIMIT);
    expect(messages.at(-1)!.messageId).toBe('n59');
  });
});
