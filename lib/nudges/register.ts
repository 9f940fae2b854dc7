import type { Lang } from '../nlp/types';

/** How formally a text addresses the reader; null when the text gives no sign. */
export type Register = 'formal' | 'informal' | null;

const DUTCH_FORMAL = /(?<![\p{L}'])(?:u|uw)(?![\p{L}'])/giu;
const DUTCH_INFORMAL = /(?<![\p{L}'])(?:je|jij|jou|jouw)(?![\p{L}'])/giu;
const ENGLISH_FORMAL = /\b(?:dear|sir|madam|kind regards|yours sincerely|yours faithfully|i would like to|would you be so kind|please be advised|i am writing)\b/giu;
const ENGLISH_INFORMAL = /\b(?:hey|hiya|yo|thx|pls|plz|lol|omg|gonna|wanna|cheers|mate|dude|btw)\b|[\u{1F300}-\u{1FAFF}]|!{2,}/giu;

/** Dutch: "u" is formal, "je/jij" informal. English: only clear markers ("Dear", "hey", emoji) count. */
export function registerOf(text: string, lang: Lang): Register {
  const [formal, informal] = lang === 'nl' ? [DUTCH_FORMAL, DUTCH_INFORMAL] : [ENGLISH_FORMAL, ENGLISH_INFORMAL];
  const f = text.match(formal)?.length ?? 0;
  const i = text.match(informal)?.length ?? 0;
  if (f === i) return null;
  return f > i ? 'formal' : 'informal';
}
