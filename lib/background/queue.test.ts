import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../messaging/protocol';
import { sortQueue, urgency } from './queue';

const NOW = 1_000_000;
const item = (key: string, over: Partial<QueueItem> = {}): QueueItem => ({ key, adapter: 'demo', conversationId: key, mood: 0, waitingSince: null, escalation: null, ...over });

describe('queue urgency', () => {
  it('puts an escalation first, then the customer waiting longest, then the worst mood', () => {
    const sorted = sortQueue(
      [
        item('calm-answered'),
        item('angry-answered', { mood: -0.8 }),
        item('waiting-3min', { waitingSince: NOW - 180_000 }),
        item('waiting-20s', { waitingSince: NOW - 20_000 }),
        item('escalated', { escalation: 'legal' }),
      ],
      NOW,
    );
    expect(sorted.map((i) => i.key)).toEqual(['escalated', 'waiting-3min', 'angry-answered', 'waiting-20s', 'calm-answered']);
  });

  it('weighs waiting past the urgent threshold double', () => {
    expect(urgency(item('a', { waitingSince: NOW - 119_000 }), NOW)).toBeCloseTo(119);
    expect(urgency(item('a', { waitingSince: NOW - 121_000 }), NOW)).toBeCloseTo(242);
  });

  it('breaks ties by who waited first, then by key', () => {
    const sorted = sortQueue([item('b'), item('a'), item('c', { waitingSince: NOW }), item('d', { waitingSince: NOW - 0 })], NOW);
    expect(sorted.map((i) => i.key)).toEqual(['c', 'd', 'a', 'b']);
  });
});
