import { create } from 'zustand';
import type { ActiveEscalation, AdapterHealth, AnalysedMessage, BackgroundToPanel, ConversationView, PanelState } from '../messaging/protocol';
import type { KbHit } from '../kb/types';
import type { DraftCheck } from '../nlp/types';

/** How many messages the panel keeps on screen; older ones stay in the local store. Trimming
 * waits until the list is a batch over the limit, so most updates only append (cheap to lay
 * out) instead of also removing the oldest message and shifting the whole list. */
export const PANEL_MESSAGE_LIMIT = 300;
const TRIM_BATCH = 100;

export type ConversationPush = Extract<BackgroundToPanel, { type: 'state:conversation' | 'state:messages' | 'state:adapter-health' | 'state:draft' | 'state:suggestions' }>;

export interface ConversationStore {
  conversation: ConversationView | null;
  /** The live check of the agent's draft in this chat, or null while there is no draft. */
  draft: DraftCheck | null;
  /** Knowledge-base snippets that answer the customer, best first. */
  suggestions: KbHit[];
  adapterHealth: Record<string, AdapterHealth>;
  loaded: boolean;
  reset(state: PanelState): void;
  apply(push: ConversationPush): void;
}

/** The conversation in front of the agent, as the background last described it. Holds no analysis. */
export const useConversationStore = create<ConversationStore>()((set) => ({
  conversation: null,
  draft: null,
  suggestions: [],
  adapterHealth: {},
  loaded: false,
  reset: (state) =>
    set({ conversation: state.conversation, draft: state.draft, suggestions: state.suggestions, adapterHealth: Object.fromEntries(state.adapterHealth.map((h) => [h.adapter, h])), loaded: true }),
  apply: (push) =>
    set((current): Partial<ConversationStore> => {
      switch (push.type) {
        case 'state:conversation':
          return { conversation: push.conversation, loaded: true };
        case 'state:messages': {
          const conversation = current.conversation;
          if (!conversation || conversation.key !== push.conversationKey) return {};
          return {
            conversation: {
              ...conversation,
              messages: mergeMessages(conversation.messages, push.messages),
              mood: push.mood,
              turnaround: push.turnaround,
              escalation: sameEscalation(conversation.escalation, push.escalation) ? conversation.escalation : push.escalation,
            },
          };
        }
        case 'state:suggestions':
          return current.conversation?.key === push.conversationKey ? { suggestions: push.hits } : {};
        case 'state:draft':
          return current.conversation?.key === push.conversationKey || push.check === null ? { draft: push.check } : {};
        case 'state:adapter-health': {
          const { type: _type, ...health } = push;
          return { adapterHealth: { ...current.adapterHealth, [health.adapter]: health } };
        }
      }
    }),
}));

/**
 * Every push carries the chat's escalation afresh. Keeping the object already held when nothing
 * in it changed lets the parts of the panel that show only the escalation skip the update.
 */
function sameEscalation(held: ActiveEscalation | null | undefined, pushed: ActiveEscalation | null): boolean {
  if (!held || !pushed) return (held ?? null) === pushed;
  return JSON.stringify(held) === JSON.stringify(pushed);
}

/** New messages are appended; a message seen before (edited) is replaced where it stands. */
export function mergeMessages(existing: AnalysedMessage[], incoming: AnalysedMessage[]): AnalysedMessage[] {
  const index = new Map(existing.map((m, i) => [m.messageId, i]));
  const merged = existing.slice();
  for (const message of incoming) {
    const at = index.get(message.messageId);
    if (at === undefined) {
      index.set(message.messageId, merged.length);
      merged.push(message);
    } else {
      merged[at] = message;
    }
  }
  return merged.length > PANEL_MESSAGE_LIMIT + TRIM_BATCH ? merged.slice(-PANEL_MESSAGE_LIMIT) : merged;
}
