import { create } from 'zustand';
import { DEFAULT_WAIT, type WaitThresholds } from '../background/queue';
import type { QueueItem } from '../messaging/protocol';

export interface QueueStore {
  /** Open chats, most urgent first (the background sorts them). */
  items: QueueItem[];
  /** The waiting-time nudge thresholds in force. */
  wait: WaitThresholds;
  setItems(items: QueueItem[], wait?: WaitThresholds): void;
}

export const useQueueStore = create<QueueStore>()((set) => ({
  items: [],
  wait: DEFAULT_WAIT,
  setItems: (items, wait) => set(wait ? { items, wait } : { items }),
}));
