import type { HelpdeskAdapterConfig, TeamSettings, TeamSettingsInput } from '../sync/protocol';

export interface AdapterDraft {
  id: string;
  name: string;
  /** One match pattern per line. */
  matches: string;
  thread: string;
  message: string;
  composer: string;
  customerMessage: string;
  agentMessage: string;
}

/** The team-settings form: text fields while typing, numbers and lists on publish. */
export interface SettingsDraft {
  thresholds: Array<{ signal: string; score: string }>;
  firstReplySeconds: string;
  replySeconds: string;
  adapters: AdapterDraft[];
}

export const OPTIONAL_SELECTORS = ['composer', 'customerMessage', 'agentMessage'] as const;

export const emptyAdapter = (): AdapterDraft => ({ id: '', name: '', matches: '', thread: '', message: '', composer: '', customerMessage: '', agentMessage: '' });

export function settingsToDraft(settings: TeamSettings | null): SettingsDraft {
  return {
    thresholds: Object.entries(settings?.escalationThresholds ?? {}).map(([signal, score]) => ({ signal, score: String(score) })),
    firstReplySeconds: settings?.waitingTimeLimits.firstReplySeconds?.toString() ?? '',
    replySeconds: settings?.waitingTimeLimits.replySeconds?.toString() ?? '',
    adapters: (settings?.helpdeskAdapters ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      matches: a.matches.join('\n'),
      thread: a.selectors.thread,
      message: a.selectors.message,
      composer: a.selectors.composer ?? '',
      customerMessage: a.selectors.customerMessage ?? '',
      agentMessage: a.selectors.agentMessage ?? '',
    })),
  };
}

/** Empty fields mean "not set"; the hub's schema judges the rest and names any field it refuses. */
export function draftToSettings(draft: SettingsDraft): TeamSettingsInput {
  const seconds = (text: string) => (text.trim() ? { value: Number(text) } : undefined);
  const first = seconds(draft.firstReplySeconds);
  const reply = seconds(draft.replySeconds);
  return {
    escalationThresholds: Object.fromEntries(draft.thresholds.filter((row) => row.signal.trim()).map((row) => [row.signal.trim(), Number(row.score)])),
    waitingTimeLimits: { ...(first ? { firstReplySeconds: first.value } : {}), ...(reply ? { replySeconds: reply.value } : {}) },
    helpdeskAdapters: draft.adapters.map(toAdapterConfig),
  };
}

function toAdapterConfig(a: AdapterDraft): HelpdeskAdapterConfig {
  const optional = Object.fromEntries(OPTIONAL_SELECTORS.filter((key) => a[key].trim()).map((key) => [key, a[key].trim()]));
  return {
    id: a.id.trim(),
    name: a.name.trim(),
    matches: a.matches.split('\n').map((line) => line.trim()).filter(Boolean),
    selectors: { thread: a.thread.trim(), message: a.message.trim(), ...optional },
  };
}
