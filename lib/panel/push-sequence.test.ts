import { describe, expect, it } from 'vitest';
import type { BackgroundToPanel, PushEnvelope } from '../messaging/protocol';
import { pushSequence } from './push-sequence';

const draft: BackgroundToPanel = { type: 'state:draft', conversationKey: 'demo:c-1', check: null };
const push = (life: string, seq: number): PushEnvelope => ({ life, seq, push: draft });
const hello = (life: string, seq: number): PushEnvelope => ({ life, seq, push: { type: 'state:hello' } });

describe('push sequence', () => {
  it('follows pushes in order, across a worker restart that says hello', () => {
    const sequence = pushSequence();
    expect([hello('a', 0), push('a', 1), push('a', 2), hello('a', 2), hello('b', 0), push('b', 1)].map(sequence.missedBefore)).toEqual([false, false, false, false, false, false]);
  });

  it('notices a push missed in the same life, or at the start of a new one', () => {
    const sequence = pushSequence();
    expect(sequence.missedBefore(push('a', 1))).toBe(false);
    expect(sequence.missedBefore(push('a', 3))).toBe(true);
    expect(sequence.missedBefore(push('b', 2))).toBe(true);
    expect(sequence.missedBefore(push('b', 3))).toBe(false);
  });

  it('notices from a hello that pushes went by while the panel had no port', () => {
    const sequence = pushSequence();
    expect(sequence.missedBefore(hello('a', 0))).toBe(false);
    expect(sequence.missedBefore(hello('a', 4))).toBe(true);
    expect(sequence.missedBefore(push('a', 5))).toBe(false);
  });
});
