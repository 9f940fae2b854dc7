import { type MessageKey, t } from './i18n';

/** Reasons the extension's own escalation signals send, in the UI language. */
const KNOWN_REASONS: Record<string, MessageKey> = {
  legal: 'reason_legal',
  public: 'reason_public',
  churn: 'reason_churn',
  manager: 'reason_manager',
  repeat: 'reason_repeat',
  safety: 'reason_safety',
  sentiment_decline: 'reason_sentiment_decline',
};

/** An escalation's reason: a known signal id in words, anything else as the agent wrote it. */
export function reasonText(reason: string): string {
  const key = Object.hasOwn(KNOWN_REASONS, reason) ? KNOWN_REASONS[reason] : undefined;
  return key ? t(key) : reason;
}

export const KNOWN_SIGNAL_IDS = Object.keys(KNOWN_REASONS);
