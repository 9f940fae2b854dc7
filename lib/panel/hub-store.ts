import { create } from 'zustand';
import type { HubState } from '../background/hub-link';
import type { KbUpdateNotice } from '../messaging/protocol';

export interface HubStore {
  hub: HubState;
  kbUpdate: KbUpdateNotice | null;
  setHub(hub: HubState): void;
  setKbUpdate(notice: KbUpdateNotice | null): void;
}

/** The team hub as the background last reported it, and any knowledge-base update not yet read. */
export const useHubStore = create<HubStore>()((set) => ({
  hub: { configured: false, problem: 'not-configured' },
  kbUpdate: null,
  setHub: (hub) => set({ hub }),
  setKbUpdate: (kbUpdate) => set({ kbUpdate }),
}));
