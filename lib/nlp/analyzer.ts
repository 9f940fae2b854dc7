import winkNLP, { type Model } from 'wink-nlp';
import type { ConversationAnalysis, ConversationTurn, DetectedLang, Lang, MessageAnalysis } from './types';

/**
 * The on-device analyser. The wink model is injected so the service worker can load it
 * lazily as a packaged file while the command line imports it from the npm package.
 */
export interface Analyzer {
  analyzeMessage(text: string, opts?: { lang?: Lang }): MessageAnalysis;
  analyzeConversation(turns: ConversationTurn[], opts?: { lang?: Lang }): ConversationAnalysis;
}

const DUTCH_MARKERS = /\b(ik|je|jij|u|het|een|niet|mijn|wij|wat|waar|bestelling|dank|hallo|goedemorgen|graag|alstublieft|nog|geen|heb|ben|is|de|van)\b/giu;
const ENGLISH_MARKERS = /\b(i|you|the|a|is|not|my|we|what|where|order|thanks|hello|please|still|no|have|am|of|to|and)\b/giu;

export function detectLanguage(text: string): DetectedLang {
  const nl = text.match(DUTCH_MARKERS)?.length ?? 0;
  const en = text.match(ENGLISH_MARKERS)?.length ?? 0;
  if (nl === 0 && en === 0) return 'unknown';
  if (nl > en) return 'nl';
  return 'en';
}

export function createAnalyzer(model: Model): Analyzer {
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
  const its = nlp.its;
  const analyzeMessage = (text: string, opts?: { lang?: Lang }): MessageAnalysis => {
    const lang = opts?.lang ?? detectLanguage(text);
    const sentiment = lang === 'en' ? (nlp.readDoc(text).out(its.sentiment) as number) : 0;
    return { lang, sentiment, highlights: [], escalation: null };
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
