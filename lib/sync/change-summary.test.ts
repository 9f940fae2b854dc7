import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './change-summary';
import type { SyncChange } from './protocol';

const change = (id: string, version: number, deleted = false): SyncChange => ({
  kind: 'snippet',
  version,
  snippet: { id, title: `T-${id}`, body: '', tags: [], language: 'en', version, updatedAt: 0, deleted },
});

describe('summarizeChanges', () => {
  it('tells additions, edits and removals apart', () => {
    const summary = summarizeChanges([change('a', 1), change('b', 2), change('c', 3, true)], new Set(['b']));
    expect(summary).toMatchObject({ added: ['T-a'], updated: ['T-b'], removed: ['T-c'], settingsChanged: false });
    expect(summary.text).toBe('Knowledge base updated: 1 added (T-a), 1 updated (T-b), 1 removed (T-c)');
  });

  it('shortens long lists and mentions settings', () => {
    const changes: SyncChange[] = [
      ...['a', 'b', 'c', 'd', 'e'].map((id, i) => change(id, i + 1)),
      { kind: 'settings', version: 6, updatedAt: 0, settings: { escalationThresholds: {}, waitingTimeLimits: {}, helpdeskAdapters: [] } },
    ];
    expect(summarizeChanges(changes).text).toBe('Knowledge base updated: 5 updated (T-a, T-b, T-c, +2 more). Team settings updated');
  });
});
