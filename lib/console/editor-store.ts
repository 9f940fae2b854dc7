import { create } from 'zustand';
import { type SnippetDraft, emptyDraft } from './snippet-draft';

/** What the last editor action came to, shown beside the buttons. */
export type EditorOutcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'published'; version: number }
  | { kind: 'deleted'; version: number }
  | { kind: 'error'; message: string };

export interface EditorState {
  /** Null when no snippet is open. */
  draft: SnippetDraft | null;
  outcome: EditorOutcome;
  open(draft: SnippetDraft): void;
  openNew(language: 'en' | 'nl'): void;
  edit(patch: Partial<SnippetDraft>): void;
  close(): void;
  setOutcome(outcome: EditorOutcome): void;
}

export const useEditorStore = create<EditorState>()((set) => ({
  draft: null,
  outcome: { kind: 'idle' },
  open: (draft) => set({ draft, outcome: { kind: 'idle' } }),
  openNew: (language) => set({ draft: emptyDraft(language), outcome: { kind: 'idle' } }),
  edit: (patch) => set((state) => (state.draft ? { draft: { ...state.draft, ...patch } } : {})),
  close: () => set({ draft: null }),
  setOutcome: (outcome) => set({ outcome }),
}));
