import { browser } from 'wxt/browser';

/** Where the options page stores the privacy settings in browser.storage.local. */
export const PRIVACY_KEY = 'privacy';

/** The agent's local privacy settings (options page). Stored in browser.storage.local. */
export interface PrivacySettings {
  /** Conversations and their analysis are deleted after this many days without activity. */
  retentionDays: number;
  /**
   * Whether the team hub may receive how often the agent dismissed, marked "not helpful", applied
   * or notified a lead about each rule: counts and rule ids only, never chat text. On by default.
   */
  shareFeedbackCounts: boolean;
}

export const DEFAULT_PRIVACY: PrivacySettings = { retentionDays: 7, shareFeedbackCounts: true };

export function normalisePrivacy(raw: unknown): PrivacySettings {
  const stored = raw as Partial<PrivacySettings> | undefined;
  const days = stored?.retentionDays;
  return {
    retentionDays: typeof days === 'number' && days >= 1 && days <= 365 ? Math.floor(days) : DEFAULT_PRIVACY.retentionDays,
    shareFeedbackCounts: typeof stored?.shareFeedbackCounts === 'boolean' ? stored.shareFeedbackCounts : DEFAULT_PRIVACY.shareFeedbackCounts,
  };
}

/** The stored privacy settings, normalised (the worker's read; the options page writes them). */
export async function readPrivacy(): Promise<PrivacySettings> {
  const { [PRIVACY_KEY]: raw } = await browser.storage.local.get(PRIVACY_KEY);
  return normalisePrivacy(raw);
}
