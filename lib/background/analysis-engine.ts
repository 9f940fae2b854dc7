import type { Analyzer } from '../nlp/analyzer';
import type { DraftCheck, DraftInput, MessageAnalysis } from '../nlp/types';

/**
 * What the background asks of the on-device analysis. Asynchronous because in Chrome the
 * analyser runs in the NLP host (see offscreen-analysis.ts), in Firefox and tests in-process.
 */
export interface AnalysisEngine {
  /** One analysis per text, in order. */
  analyzeMessages(texts: readonly string[]): Promise<MessageAnalysis[]>;
  checkDraft(input: DraftInput): Promise<DraftCheck>;
  /** Gets the analyser ready ahead of the first message (loads the model), without waiting. */
  warm(): void;
}

/** The analyser in the background's own process, loaded on first use. */
export function localAnalysis(load: () => Analyzer | Promise<Analyzer>): AnalysisEngine {
  return {
    analyzeMessages: async (texts) => {
      const analyzer = await load();
      return texts.map((text) => analyzer.analyzeMessage(text));
    },
    checkDraft: async (input) => (await load()).checkDraft(input),
    warm: () => void Promise.resolve(load()).catch(() => {}),
  };
}
