import { create } from 'zustand';

/** What the last action of one part of the console came to, shown beside its buttons. */
export type ActionOutcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export type ConsoleArea = 'snippet' | 'transfer' | 'settings';

export interface OutcomeState {
  outcomes: Record<ConsoleArea, ActionOutcome>;
  set(area: ConsoleArea, outcome: ActionOutcome): void;
}

const idle: ActionOutcome = { kind: 'idle' };

export const useOutcomeStore = create<OutcomeState>()((set) => ({
  outcomes: { snippet: idle, transfer: idle, settings: idle },
  set: (area, outcome) => set((state) => ({ outcomes: { ...state.outcomes, [area]: outcome } })),
}));

/** Runs an action, showing "busy" while it runs, then its success text or its error. */
export async function track<T>(area: ConsoleArea, action: () => Promise<T>, describe: (result: T) => string, describeError: (message: string) => string): Promise<T | undefined> {
  const { set } = useOutcomeStore.getState();
  set(area, { kind: 'busy' });
  try {
    const result = await action();
    set(area, { kind: 'done', text: describe(result) });
    return result;
  } catch (error) {
    set(area, { kind: 'error', text: describeError(error instanceof Error ? error.message : String(error)) });
    return undefined;
  }
}
