import { describe, expect, it } from 'vitest';
import { describeSyncStatus } from './sync-status';

describe('describeSyncStatus', () => {
  const now = 10 * 3_600_000;
  it.each([
    [{ state: 'connected', lastSyncedAt: now }, 'Connected to the team hub'],
    [{ state: 'offline', lastSyncedAt: now - 12 * 60_000 }, 'Offline — local copy 12 min old'],
    [{ state: 'offline', lastSyncedAt: now - 3 * 3_600_000 }, 'Offline — local copy 3 h old'],
    [{ state: 'offline', lastSyncedAt: null }, 'Offline — never synced'],
    [{ state: 'refused', lastSyncedAt: now - 10_000, error: 'unauthorized' }, 'Hub refused the connection: unauthorized — local copy less than a minute old'],
  ] as const)('%o', (status, text) => {
    expect(describeSyncStatus({ lastVersion: 0, ...status }, now)).toBe(text);
  });
});
