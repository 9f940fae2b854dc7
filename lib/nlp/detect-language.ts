import type { Token } from './tokens';
import type { DetectedLang, Lang } from './types';

/**
 * Frequent words that tell English from Dutch in short chat lines. Words both languages
 * write the same way ("is", "was", "we", "me", "in", "over") are left out: they prove nothing.
 */
const ENGLISH = new Set([
  'i', 'you', 'the', 'a', 'an', 'are', 'not', 'my', 'what', 'where', 'when', 'why', 'how', 'order', 'thanks',
  'thank', 'hello', 'hi', 'please', 'still', 'no', 'have', 'has', 'am', 'of', 'to', 'and', 'it', 'this', 'that',
  'with', 'for', 'your', 'can', 'could', 'would', 'just', 'help', 'package', 'refund', 'received', 'yet', 'want',
  'need', 'been', 'did', 'does', 'do', 'be', 'on', 'at', 'from', 'get', 'got', 'will', 'should', 'there', 'they',
  'our', 'us', 'again', 'time', 'very', 'really', 'but', 'if', 'or', 'all', 'any', 'about', 'which', 'who', 'after',
  'yes', 'okay', 'great', 'good', 'bad', 'terrible', 'awful', 'never', 'cancel', 'account', 'email', 'sorry',
  'know', 'think', 'ok', 'thx', 'pls', 'u', 'dont', 'cant', 'were', 'since', 'days', 'weeks',
  'awesome', 'lovely', 'brilliant', 'sure', 'cheers', 'sigh',
]);
const DUTCH = new Set([
  'ik', 'je', 'jij', 'u', 'het', 'een', 'niet', 'mijn', 'wat', 'waar', 'wanneer', 'waarom', 'hoe', 'bestelling',
  'dank', 'bedankt', 'hallo', 'hoi', 'goedemorgen', 'goedemiddag', 'graag', 'alstublieft', 'alsjeblieft', 'nog',
  'geen', 'heb', 'hebt', 'heeft', 'ben', 'bent', 'de', 'van', 'en', 'dat', 'dit', 'die', 'met', 'voor', 'op', 'te',
  'zijn', 'er', 'maar', 'ook', 'al', 'om', 'naar', 'kan', 'kunt', 'wil', 'wilt', 'moet', 'pakket', 'hulp', 'nu',
  'niks', 'niets', 'echt', 'heel', 'goed', 'slecht', 'jullie', 'uw', 'jouw', 'mij', 'wel', 'zo', 'even', 'toch',
  'gewoon', 'want', 'bij', 'uit', 'aan', 'nee', 'ja', 'helaas', 'weer', 'nooit', 'alles', 'steeds', 'wij', 'ze',
  'zou', 'kunnen', 'worden', 'wordt', 'werd', 'dan', 'als', 'of', 'nog', 'dus', 'hier', 'daar', 'erg', 'zeer',
  'geld', 'terug', 'dagen', 'weken', 'keer', 'mn', "m'n", 'jou', 'ons', 'onze', 'deze', 'wachten', 'wacht',
  // Flemish spreektaal: "da's", "ge zijt", "wa is da", "nie", "efkes", "amai".
  'da', 'nie', 'wa', 'gij', 'ge', 'zijt', 'efkes', 'ne', 'nen', 'amai', 'allee', 'awel', 'wauw',
  // Short replies that only one of the languages writes.
  'dankjewel', 'dankuwel', 'dankje', 'fijn', 'jammer', 'balen', 'prima', 'oké', 'zucht', 'hartstikke', 'helemaal', 'ontzettend',
]).add('aub');
ENGLISH.delete('u');

/** Spellings typical of one language, for words in neither list (weak evidence). */
const DUTCH_SHAPE = /ij|oe|aa|uu|sch|cht|^ge\p{L}{3,}|heid$|lijk$/u;
const ENGLISH_SHAPE = /th|wh|ing$|tion$|ou|ght|ly$/u;

export interface LanguageVotes {
  en: number;
  nl: number;
}

export function countVotes(tokens: readonly Token[], from = 0, to = tokens.length): LanguageVotes {
  let en = 0;
  let nl = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.norm;
    const inEn = ENGLISH.has(w);
    const inNl = DUTCH.has(w);
    if (inEn || inNl) {
      if (inEn) en += 1;
      if (inNl) nl += 1;
    } else if (w.length > 3) {
      if (DUTCH_SHAPE.test(w)) nl += 0.3;
      if (ENGLISH_SHAPE.test(w)) en += 0.3;
    }
  }
  return { en, nl };
}

/** The share of evidence the smaller language needs before a message counts as mixed. */
const MIXED_SHARE = 0.3;

export function decide({ en, nl }: LanguageVotes): DetectedLang {
  if (en < 0.5 && nl < 0.5) return 'unknown';
  if (en >= 2 && nl >= 2 && Math.min(en, nl) / (en + nl) >= MIXED_SHARE) return 'mixed';
  if (en === nl) return 'unknown';
  return nl > en ? 'nl' : 'en';
}

export function detectLanguage(tokens: readonly Token[]): DetectedLang {
  return decide(countVotes(tokens));
}

/** The language to score with when detection says mixed or unknown. */
export function dominant(votes: LanguageVotes, fallback: Lang = 'en'): Lang {
  if (votes.nl > votes.en) return 'nl';
  if (votes.en > votes.nl) return 'en';
  return fallback;
}
