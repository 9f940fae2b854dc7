import { describe, expect, it } from 'vitest';
import type { AnalysedMessage } from '../messaging/protocol';
import { ConversationSignals } from './conversation-signals';

let n = 0;
const customer = (sentiment: number, escalation: AnalysedMessage['escalation'] = null): AnalysedMessage => ({ messageId: `c${n++}`, role: 'customer', text: 'words', time: 0, historical: false, sentiment, escalation, highlights: [] });
const agent = (): AnalysedMessage => ({ messageId: `a${n++}`, role: 'agent', text: 'reply', time: 0, historical: false });

describe('conversation signals', () => {
  it("passes a message's own escalation through", () => {
    const signals = new ConversationSignals();
    const legal = { reason: 'legal' as const, evidence: { start: 0, end: 5, text: 'words' } };
    expect(signals.add(customer(-0.5, legal))).toEqual(legal);
  });

  it('suggests sentiment_decline when the mood keeps falling while the agent replies', () => {
    const signals = new ConversationSignals();
    expect(signals.add(customer(0))).toBeNull();
    signals.add(agent());
    expect(signals.add(customer(-0.3))).toBeNull();
    signals.add(agent());
    expect(signals.add(customer(-0.7))?.reason).toBe('sentiment_decline');
  });

  it('does not call a fall without agent replies in between a decline', () => {
    const signals = new ConversationSignals();
    signals.add(customer(0));
    signals.add(customer(-0.3));
    expect(signals.add(customer(-0.7))).toBeNull();
  });

  it('keeps a mood trend that discounts a negative opening', () => {
    const signals = new ConversationSignals();
    signals.add(customer(-0.8));
    signals.add(agent());
    signals.add(customer(0.6));
    expect(signals.mood[0]).toBeGreaterThan(-0.8);
    expect(signals.turnaround).toBeGreaterThan(0);
  });
});
