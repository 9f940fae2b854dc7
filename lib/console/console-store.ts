import { create } from 'zustand';
import type { HubConfigProblem } from '../sync/hub-config';
import type { EscalationEvent, FeedbackTotals, PresenceCount, Snippet, TeamSettings } from '../sync/protocol';

export type ConsoleConnection =
  | { state: 'loading' }
  | { state: 'not-configured'; problem: HubConfigProblem }
  | { state: 'connecting' | 'connected' | 'offline' }
  | { state: 'refused'; error: string };

/** Known once a lead-only request has been answered: the hub tells roles apart, not the token. */
export type ConsoleRole = 'unknown' | 'lead' | 'not-lead';

/** Escalations kept in the feed; older ones stay in the hub. */
export const FEED_LENGTH = 200;

export interface ConsoleState {
  connection: ConsoleConnection;
  role: ConsoleRole;
  /** The team's live snippets as the hub last reported them. */
  snippets: Snippet[];
  settings: TeamSettings | null;
  presence: PresenceCount | null;
  /** Newest first. */
  escalations: EscalationEvent[];
  /** The last escalation that arrived live, for the screen-reader announcement. */
  latestLive: EscalationEvent | null;
  /** The team's false-alarm counts per rule; null until the hub has answered. */
  feedback: FeedbackTotals | null;
  setConnection(connection: ConsoleConnection): void;
  setRole(role: ConsoleRole): void;
  setTeamCopy(snippets: Snippet[], settings: TeamSettings | null): void;
  setPresence(presence: PresenceCount): void;
  addEscalations(events: EscalationEvent[], live: boolean): void;
  setFeedback(feedback: FeedbackTotals): void;
}

function mergeFeed(current: EscalationEvent[], incoming: EscalationEvent[]): EscalationEvent[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const event of incoming) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => b.at - a.at).slice(0, FEED_LENGTH);
}

export const useConsoleStore = create<ConsoleState>()((set) => ({
  connection: { state: 'loading' },
  role: 'unknown',
  snippets: [],
  settings: null,
  presence: null,
  escalations: [],
  latestLive: null,
  feedback: null,
  setConnection: (connection) => set({ connection }),
  setRole: (role) => set({ role }),
  setTeamCopy: (snippets, settings) => set({ snippets, settings }),
  setPresence: (presence) => set({ presence }),
  addEscalations: (events, live) =>
    set((state) => ({
      escalations: mergeFeed(state.escalations, events),
      ...(live && events.length > 0 ? { latestLive: events[events.length - 1] } : {}),
    })),
  setFeedback: (feedback) => set({ feedback }),
}));
