import { countVotes, decide, dominant } from '../detect-language';
import type { Token } from '../tokens';
import type { DetectedLang, Highlight, Lang } from '../types';
import { dutch } from './dutch';
import { english } from './english';
import type { SentimentProfile } from './profile';
import { normalize, type RawScore, scoreTokens } from './score';

const PROFILES: Record<Lang, SentimentProfile> = { en: english, nl: dutch };

export interface MessageSentiment {
  lang: DetectedLang;
  sentiment: number;
  highlights: Highlight[];
  /** See RawScore.fault. */
  fault: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** A message written all in capitals is shouting as a whole: caps then mark no single word. */
function isShouting(tokens: readonly Token[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    letters++;
  }
  return letters > 1;
}

/**
 * Scores a message in its language; a mixed message is scored sentence by sentence, each
 * with its own language, and the parts summed before normalisation.
 */
export function scoreMessage(tokens: readonly Token[], forced?: Lang): MessageSentiment {
  const shouting = isShouting(tokens);
  if (forced) return finish(forced, scoreTokens(tokens, PROFILES[forced], shouting));
  const votes = countVotes(tokens);
  const lang = decide(votes);
  if (lang === 'en' || lang === 'nl') return finish(lang, scoreTokens(tokens, PROFILES[lang], shouting));
  if (lang === 'unknown') return finish(lang, strongest(scoreTokens(tokens, english, shouting), scoreTokens(tokens, dutch, shouting)));
  const fallback = dominant(votes);
  const total: RawScore = { sum: 0, highlights: [], exclamations: 0, questions: 0, fault: false };
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const end = i === tokens.length || SENTENCE_END.has(tokens[i]!.text);
    if (!end) continue;
    const to = Math.min(i + 1, tokens.length);
    if (to > from) {
      const part = decide(countVotes(tokens, from, to));
      const profile = PROFILES[part === 'en' || part === 'nl' ? part : fallback];
      const raw = scoreTokens(tokens.slice(from, to), profile, shouting);
      total.sum += raw.sum;
      total.highlights.push(...raw.highlights);
      total.exclamations += raw.exclamations;
      total.questions += raw.questions;
      total.fault ||= raw.fault;
    }
    from = to;
  }
  return finish('mixed', total);
}

/** With no language evidence, the profile that recognised more words is the better guess. */
function strongest(a: RawScore, b: RawScore): RawScore {
  return b.highlights.length > a.highlights.length ? b : a;
}

function finish(lang: DetectedLang, raw: RawScore): MessageSentiment {
  return { lang, sentiment: Math.round(normalize(raw) * 10_000) / 10_000, highlights: raw.highlights, fault: raw.fault };
}
