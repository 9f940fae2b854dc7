import { create } from 'zustand';
import { type SnippetDraft, emptyDraft } from './snippet-draft';

export interface EditorState {
  /** Null when no snippet is open. */
  draft: SnippetDraft | null;
  open(draft: SnippetDraft): void;
  openNew(language: 'en' | 'nl'): void;
  edit(patch: Partial<SnippetDraft>): void;
  close(): void;
}

export const useEditorStore = create<EditorState>()((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  openNew: (language) => set({ draft: emptyDraft(language) }),
  edit: (patch) => set((state) => (state.draft ? { draft: { ...state.draft, ...patch } } : {})),
  close: () => set({ draft: null }),
}));
