import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HubServer } from '../socket/hub-types';
import { createPresence } from './presence';

/** The parts of the socket.io server presence uses, recording what it sends. */
function fakeServer() {
  const sent: unknown[][] = [];
  const io = {
    on: () => undefined,
    serverSideEmit: (...args: unknown[]) => sent.push(['serverSideEmit', ...args]),
    local: { to: () => ({ emit: (...args: unknown[]) => sent.push(['emit', ...args]) }) },
  };
  return { io: io as unknown as HubServer, sent };
}

describe('presence', () => {
  afterEach(() => vi.useRealTimers());

  it('reports a team’s counts to its leads and the other processes, debounced', () => {
    vi.useFakeTimers();
    const { io, sent } = fakeServer();
    const presence = createPresence(io, true);
    presence.joined('team-a', false);
    presence.joined('team-a', true);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([
      ['serverSideEmit', 'presence:local', expect.any(String), 'team-a', { agents: 1, leads: 1 }],
      ['emit', 'presence:count', { agents: 1, leads: 1 }],
    ]);
    presence.stop();
  });

  it('sends nothing once stopped, though the closing hub disconnects every socket after', () => {
    vi.useFakeTimers();
    const { io, sent } = fakeServer();
    const presence = createPresence(io, true);
    presence.joined('team-a', false);
    vi.advanceTimersByTime(1_000);
    sent.length = 0;
    presence.stop();
    presence.left('team-a', false);
    vi.advanceTimersByTime(60_000);
    expect(sent).toEqual([]);
  });
});
