import { create } from 'zustand';
import type { QueueItem } from '../messaging/protocol';

export interface QueueStore {
  /** Open chats, most urgent first (the background sorts them). */
  items: QueueItem[];
  setItems(items: QueueItem[]): void;
}

export const useQueueStore = create<QueueStore>()((set) => ({
  items: [],
  setItems: (items) => set({ items }),
}));
