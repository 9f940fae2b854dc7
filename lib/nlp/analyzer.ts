import type { Model } from 'wink-nlp';
import { checkDraft as runDraftRules } from '../nudges/check-draft';
import { countVotes, dominant } from './detect-language';
import { detectDecline, type ScoredTurn } from './escalation/sentiment-decline';
import { SIGNALS } from './escalation/signals';
import { keyTermsOf } from './key-terms';
import { moodTrend, turnaround } from './mood';
import { scoreMessage } from './sentiment/score-message';
import { createTokenizer, type Token } from './tokens';
import { type ConversationAnalysis, type ConversationEscalation, type ConversationTurn, type DraftCheck, type DraftInput, type Lang, MAX_ANALYSED_CHARS, type MessageAnalysis, type MessageEscalation, NEUTRAL_BAND } from './types';

export { detectLanguage } from './detect-language';

/**
 * The on-device analyser. The wink model is injected so the service worker can load it
 * lazily as a packaged file while the command line imports it from the npm package.
 */
export interface Analyzer {
  analyzeMessage(text: string, opts?: { lang?: Lang }): MessageAnalysis;
  analyzeConversation(turns: ConversationTurn[], opts?: { lang?: Lang }): ConversationAnalysis;
  /** ZEKEP checks of an agent's draft against the customer's last message. */
  checkDraft(input: DraftInput): DraftCheck;
  /** Content words, stemmed, stop words out: the knowledge-base query terms of a text. */
  keyTerms(text: string, lang: Lang): string[];
}

export { MAX_ANALYSED_CHARS } from './types';

function capped(text: string): string {
  return text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
}

export function detectEscalation(text: string, sentiment?: number): MessageEscalation | null {
  for (const signal of SIGNALS) {
    if (!signal.hint.test(text)) continue;
    const evidence = signal.detect({ text, sentiment });
    if (evidence) return { reason: signal.id, evidence };
  }
  return null;
}

export function createAnalyzer(model: Model): Analyzer {
  const { tokenize, stemmed } = createTokenizer(model);

  const analyzeMessage = (input: string, opts?: { lang?: Lang }): MessageAnalysis => {
    const text = capped(input);
    const scored = scoreMessage(tokenize(text), opts?.lang);
    const result: MessageAnalysis = { lang: scored.lang, sentiment: scored.sentiment, highlights: scored.highlights, escalation: detectEscalation(text, scored.sentiment) };
    if (text.length < input.length) result.truncated = true;
    return result;
  };

  const analyzeConversation = (turns: ConversationTurn[], opts?: { lang?: Lang }): ConversationAnalysis => {
    const scored: ScoredTurn[] = [];
    let escalation: ConversationEscalation | null = null;
    let agentSinceCustomer = false;
    turns.forEach((turn, index) => {
      if (turn.role !== 'customer') {
        if (turn.role === 'agent') agentSinceCustomer = true;
        return;
      }
      const analysis = analyzeMessage(turn.text, opts);
      scored.push({ index, turn, sentiment: analysis.sentiment, highlights: analysis.highlights, afterAgentReply: agentSinceCustomer });
      agentSinceCustomer = false;
      if (escalation) return;
      if (analysis.escalation) escalation = { ...analysis.escalation, turn: index + 1 };
      else {
        const decline = detectDecline(scored);
        if (decline) escalation = { reason: 'sentiment_decline', evidence: decline, turn: index + 1 };
      }
    });
    const mood = moodTrend(scored.map((s) => s.sentiment));
    return { mood, turnaround: turnaround(mood), escalation };
  };

  const keyTerms = (text: string, lang: Lang): string[] => {
    const words = stemmed(capped(text));
    return keyTermsOf(lang === 'nl' ? words.map(({ norm }) => ({ norm })) : words, lang);
  };

  return {
    analyzeMessage,
    analyzeConversation,
    keyTerms,
    checkDraft: (input) => {
      // The customer's message is read for its language and for whether it needs acknowledging:
      // tokenized once per check (each keystroke burst), not once per question.
      let last: { text: string; tokens: Token[] } | undefined;
      const tokensOf = (text: string) => (last?.text === text ? last.tokens : (last = { text, tokens: tokenize(text) }).tokens);
      return runDraftRules(
        { ...input, customer: capped(input.customer), draft: capped(input.draft) },
        {
          keyTerms,
          languageOf: (text) => dominant(countVotes(tokensOf(capped(text)))),
          needsAcknowledging: (text, lang) => {
            const scored = scoreMessage(tokensOf(text), lang);
            return scored.fault || scored.sentiment <= -NEUTRAL_BAND;
          },
        },
      );
    },
  };
}
