import { create } from 'zustand';
import type { KbHit } from '../kb/types';
import { ask } from './background-link';

export interface KbStoreState {
  query: string;
  /** Results of the agent's search; null while a search is on its way. */
  results: KbHit[] | null;
  setQuery(query: string, conversationKey?: string): void;
}

let latest = 0;

/** The agent's own knowledge-base search. Only the newest query's answer is kept. */
export const useKbStore = create<KbStoreState>()((set) => ({
  query: '',
  results: [],
  setQuery: (query, conversationKey) => {
    const ticket = ++latest;
    set({ query, results: query.trim() ? null : [] });
    if (!query.trim()) return;
    void ask({ type: 'kb:search', query, conversationKey })
      .then((reply) => ticket === latest && set({ results: reply.hits ?? [] }))
      .catch(() => ticket === latest && set({ results: [] }));
  },
}));
