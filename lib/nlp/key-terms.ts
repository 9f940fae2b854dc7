import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';
import type { Lang } from './types';

/** English function words and chat filler: never useful as knowledge-base query terms. */
const ENGLISH_STOP = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves hi hello hey thanks thank please pls ok okay yes still already get got im ive dont cant wont also really want need would like could can't don't won't i'm i've it's that's there's`.split(
    ' ',
  ),
);
const DUTCH_STOP = new StopwordsNl();
const DUTCH_EXTRA = new Set(['hallo', 'hoi', 'graag', 'bedankt', 'dank', 'alstublieft', 'alsjeblieft', 'aub', 'even', 'nog', 'steeds', 'wel', 'gewoon', 'mijn', "m'n", 'mn', 'jullie', 'u', 'uw']);
const dutchStemmer = new StemmerNl();
const DIACRITICS = /[\u0300-\u036f]/g;

export interface StemmedWord {
  norm: string;
  /** English: wink's Porter stem; undefined for Dutch words. */
  stem?: string;
}

/**
 * Content words of a text, stemmed, stop words out, in order of first use, for the
 * knowledge-base search. Numbers (order numbers) are kept as they are.
 */
export function keyTermsOf(words: readonly StemmedWord[], lang: Lang): string[] {
  const seen = new Set<string>();
  for (const { norm, stem } of words) {
    if (!/[\p{L}\p{N}]/u.test(norm) || norm.length < 2) continue;
    const term = lang === 'nl' ? dutchTerm(norm) : englishTerm(norm, stem);
    if (term) seen.add(term);
  }
  return [...seen];
}

function englishTerm(norm: string, stem: string | undefined): string | undefined {
  if (ENGLISH_STOP.has(norm)) return undefined;
  return /^\p{N}+$/u.test(norm) ? norm : (stem ?? norm);
}

function dutchTerm(norm: string): string | undefined {
  if (DUTCH_STOP.isStopword(norm) || DUTCH_EXTRA.has(norm)) return undefined;
  return /^\p{N}+$/u.test(norm) ? norm : dutchStemmer.stemWord(norm.normalize('NFD').replace(DIACRITICS, ''));
}
