import type { Model } from 'wink-nlp';
import { scoreMessage } from './sentiment/score-message';
import { createTokenizer, type Token } from './tokens';
import type { ConversationAnalysis, ConversationTurn, DetectedLang, Lang, MessageAnalysis } from './types';

export { detectLanguage } from './detect-language';

/**
 * The on-device analyser. The wink model is injected so the service worker can load it
 * lazily as a packaged file while the command line imports it from the npm package.
 */
export interface Analyzer {
  analyzeMessage(text: string, opts?: { lang?: Lang }): MessageAnalysis;
  analyzeConversation(turns: ConversationTurn[], opts?: { lang?: Lang }): ConversationAnalysis;
}

/** Texts longer than this are analysed from their start only (the analysis says so). */
export const MAX_ANALYSED_CHARS = 20_000;

export function createAnalyzer(model: Model): Analyzer {
  const tokenize = createTokenizer(model);
  const analyzeMessage = (input: string, opts?: { lang?: Lang }): MessageAnalysis => {
    const truncated = input.length > MAX_ANALYSED_CHARS;
    const text = truncated ? input.slice(0, MAX_ANALYSED_CHARS) : input;
    const tokens: Token[] = tokenize(text);
    const scored = scoreMessage(tokens, opts?.lang);
    const lang: DetectedLang = scored.lang;
    const result: MessageAnalysis = { lang, sentiment: scored.sentiment, highlights: scored.highlights, escalation: null };
    if (truncated) result.truncated = true;
    return result;
  };
  return {
    analyzeMessage,
    analyzeConversation(turns, opts) {
      const mood = turns.filter((t) => t.role === 'customer').map((t) => analyzeMessage(t.text, opts).sentiment);
      const turnaround = mood.length >= 2 ? mood[mood.length - 1]! - mood[0]! : null;
      return { mood, turnaround, escalation: null };
    },
  };
}
