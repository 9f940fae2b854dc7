/** The agent's local privacy settings (options page). Stored in browser.storage.local. */
export interface PrivacySettings {
  /** Conversations and their analysis are deleted after this many days without activity. */
  retentionDays: number;
}

export const DEFAULT_PRIVACY: PrivacySettings = { retentionDays: 7 };

export function normalisePrivacy(raw: unknown): PrivacySettings {
  const days = (raw as Partial<PrivacySettings> | undefined)?.retentionDays;
  return { retentionDays: typeof days === 'number' && days >= 1 && days <= 365 ? Math.floor(days) : DEFAULT_PRIVACY.retentionDays };
}
