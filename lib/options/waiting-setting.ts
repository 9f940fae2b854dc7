import { DEFAULT_WAIT } from '../background/queue';
import { createStoredSetting } from './stored-setting';

/** The agent's own "customer is waiting" nudge threshold; a team lead's hub setting overrides it. */
export interface WaitingSetting {
  nudgeAfterSeconds: number;
}

export const WAITING_KEY = 'waiting';
export const NUDGE_MIN_SECONDS = 10;
export const NUDGE_MAX_SECONDS = 3600;

export function normaliseWaiting(raw: unknown): WaitingSetting {
  const seconds = (raw as Partial<WaitingSetting> | undefined)?.nudgeAfterSeconds;
  const valid = typeof seconds === 'number' && seconds >= NUDGE_MIN_SECONDS && seconds <= NUDGE_MAX_SECONDS;
  return { nudgeAfterSeconds: valid ? Math.floor(seconds) : DEFAULT_WAIT.nudgeAfterSeconds };
}

export const waitingSetting = createStoredSetting(WAITING_KEY, normaliseWaiting);
