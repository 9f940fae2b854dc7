import { describe, expect, it } from 'vitest';
import type { TeamSettings } from '../sync/protocol';
import { waitThresholds } from './wait-thresholds';

const team = (limits: TeamSettings['waitingTimeLimits']): TeamSettings => ({ escalationThresholds: {}, waitingTimeLimits: limits, helpdeskAdapters: [] });

describe('waiting-time thresholds', () => {
  it.each([
    ['defaults', undefined, undefined, 60],
    ["the agent's own", undefined, { nudgeAfterSeconds: 90 }, 90],
    ["the lead's reply limit over the agent's", team({ replySeconds: 180, firstReplySeconds: 30 }), { nudgeAfterSeconds: 90 }, 180],
    ["the lead's first-reply limit when no reply limit", team({ firstReplySeconds: 45 }), undefined, 45],
    ['nonsense ignored', undefined, { nudgeAfterSeconds: 'soon' }, 60],
  ])('%s', (_name, teamSettings, local, nudge) => {
    expect(waitThresholds(teamSettings, local)).toEqual({ nudgeAfterSeconds: nudge, urgentAfterSeconds: nudge * 2 });
  });
});
