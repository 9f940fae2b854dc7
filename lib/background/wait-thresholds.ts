import type { TeamSettings } from '../sync/protocol';
import { DEFAULT_WAIT, type WaitThresholds } from './queue';

/**
 * The waiting-time nudge thresholds in force: the team lead's (from the hub) when set, else the
 * agent's own from the options page, else the defaults. Urgency doubles at twice the nudge time.
 */
export function waitThresholds(team: TeamSettings | undefined, local: { nudgeAfterSeconds?: unknown } | undefined): WaitThresholds {
  const fromTeam = team?.waitingTimeLimits.replySeconds ?? team?.waitingTimeLimits.firstReplySeconds;
  const fromAgent = typeof local?.nudgeAfterSeconds === 'number' && local.nudgeAfterSeconds > 0 ? local.nudgeAfterSeconds : undefined;
  const nudge = fromTeam ?? fromAgent ?? DEFAULT_WAIT.nudgeAfterSeconds;
  return { nudgeAfterSeconds: nudge, urgentAfterSeconds: nudge * 2 };
}
