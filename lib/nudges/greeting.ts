import type { Lang } from '../nlp/types';
import type { Register } from './register';

const GREETING_WORDS = '(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|hoi|hallo|hee|beste|geachte|goedemorgen|goedemiddag|goedenavond|goedendag)';

/**
 * A greeting at the very start of a draft: the greeting word with up to three words of address
 * ("Dear customer,", "Beste heer/mevrouw,", "Hi Sarah!"), or the bare word ("Hoi").
 */
export const LEADING_GREETING = new RegExp(`^\\s*${GREETING_WORDS}(?:(?:[^\\S\\n]+[^\\s,!.?]+){0,3}?[^\\S\\n]*[,!]|\\b[,!.]?)\\s*`, 'iu');

/** The greeting that fits the customer's register, with their first name when known. */
export function greetingFor(lang: Lang, register: Register, name: string | undefined): string {
  const first = name?.trim().split(/\s+/)[0];
  if (lang === 'nl') return register === 'formal' ? `Beste ${name?.trim() || 'klant'},` : `Hoi${first ? ` ${first}` : ''},`;
  return register === 'formal' ? `Dear ${name?.trim() || 'customer'},` : `Hi${first ? ` ${first}` : ''},`;
}

/** Puts the fitting greeting in front of the draft, replacing the draft's own greeting if it has one. */
export function withGreeting(draft: string, lang: Lang, register: Register, name: string | undefined): string {
  const body = draft.replace(LEADING_GREETING, '').trim();
  return `${greetingFor(lang, register, name)} ${lowerFirst(body)}`.trim();
}

/** "Thank you…" continues a greeting in lower case; "I …", names and acronyms keep their capital. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (first === 'I' || /^I'/.test(first) || first.length < 2 || first[1] !== first[1]!.toLowerCase() || /^(?:U|Uw)$/.test(first)) return text;
  return first[0]!.toLowerCase() + text.slice(1);
}
