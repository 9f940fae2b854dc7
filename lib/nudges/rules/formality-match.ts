import { defineRule } from '../define-rule';
import { LEADING_GREETING, withGreeting } from '../greeting';

/** Verbs whose "je" form differs from the "u" form after inversion ("kun je" ↔ "kunt u"). */
const INVERTED: ReadonlyArray<readonly [string, string]> = [
  ['kun je', 'kunt u'], ['kan je', 'kunt u'], ['wil je', 'wilt u'], ['heb je', 'heeft u'], ['ben je', 'bent u'],
  ['zal je', 'zult u'], ['zou je', 'zou u'], ['moet je', 'moet u'], ['mag je', 'mag u'], ['weet je', 'weet u'],
  ['hoef je', 'hoeft u'], ['krijg je', 'krijgt u'], ['ontvang je', 'ontvangt u'], ['zie je', 'ziet u'], ['vind je', 'vindt u'],
  ['word je', 'wordt u'], ['kun jij', 'kunt u'], ['wil jij', 'wilt u'], ['heb jij', 'heeft u'], ['ben jij', 'bent u'],
];
const SUBJECT_JE = /(?<![\p{L}'])(je|jij)(\s+)(kunt|kan|wil|wilt|hebt|heb|bent|zal|zult|zou|moet|mag|weet|hoeft|krijgt|ontvangt|ziet|vindt|wordt)(?![\p{L}'])/giu;
const OBJECT_JE = /(?<![\p{L}'])je(?=\s+(?:met|voor|aan|op|in|bij|over|van|naar|terug|graag|zo|morgen|vandaag|straks|nog|even|direct|meteen|verder|ook|wel|niet|dan|hierbij|daarbij|zo snel)(?![\p{L}']))/giu;
const SUBJECT_VERB: Record<string, string> = { kan: 'kunt', wil: 'wilt', heb: 'heeft', hebt: 'heeft', zal: 'zult' };

function keepCase(original: string, replacement: string): string {
  return original[0] && original[0] === original[0].toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** Rewrites informal Dutch ("je/jij/jouw") into formal ("u/uw"). */
export function toFormal(text: string): string {
  let out = text;
  for (const [informal, formal] of INVERTED) {
    out = out.replace(new RegExp(`(?<![\\p{L}'])${informal}(?![\\p{L}'])`, 'giu'), (m) => keepCase(m, formal));
  }
  out = out.replace(SUBJECT_JE, (_m, pronoun: string, space: string, verb: string) => `${keepCase(pronoun, 'u')}${space}${SUBJECT_VERB[verb.toLowerCase()] ?? verb}`);
  out = out.replace(/(?<![\p{L}'])(jij|jou)(?![\p{L}'])/giu, (m) => keepCase(m, 'u'));
  out = out.replace(/(?<![\p{L}'])jouw(?![\p{L}'])/giu, (m) => keepCase(m, 'uw'));
  // A remaining "je" before a preposition or adverb is an object ("ik help je met"), before another word
  // possessive ("je bestelling"), at a clause end an object ("ik bel je").
  out = out.replace(OBJECT_JE, (m) => keepCase(m, 'u'));
  out = out.replace(/(?<![\p{L}'])je(?=\s+\p{L})/giu, (m) => keepCase(m, 'uw'));
  out = out.replace(/(?<![\p{L}'])je(?![\p{L}'])/giu, (m) => keepCase(m, 'u'));
  return out;
}

/** Rewrites formal Dutch ("u/uw") into informal ("je/jouw"). */
export function toInformal(text: string): string {
  let out = text;
  for (const [informal, formal] of INVERTED.slice(0, 16)) {
    out = out.replace(new RegExp(`(?<![\\p{L}'])${formal}(?![\\p{L}'])`, 'giu'), (m) => keepCase(m, informal));
  }
  out = out.replace(/(?<![\p{L}'])uw(?![\p{L}'])/giu, (m) => keepCase(m, 'je'));
  out = out.replace(/(?<![\p{L}'])u(?![\p{L}'])/giu, (m) => keepCase(m, 'je'));
  return out;
}

/** formalityMatch: the draft's register mirrors the customer's; null when either gives no sign. */
export default defineRule({
  id: 'formality-match',
  check: 'formalityMatch',
  evaluate: ({ draft, lang, customerRegister, draftRegister, customerName }) => {
    if (customerRegister === null || draftRegister === null) return { value: null };
    if (customerRegister === draftRegister) return { value: true };
    const formal = customerRegister === 'formal';
    const converted = lang === 'nl' ? (formal ? toFormal(draft) : toInformal(draft)) : draft;
    // A greeting is the clearest sign of register: it is swapped along ("Hoi!" → "Beste Jan,").
    const replacement = LEADING_GREETING.test(converted) ? withGreeting(converted, lang, customerRegister, customerName) : converted;
    const message =
      lang === 'nl'
        ? formal
          ? 'De klant zegt "u": spreek de klant ook met "u" aan.'
          : 'De klant zegt "je": "je" past hier beter dan "u".'
        : formal
          ? 'The customer writes formally: answer formally.'
          : 'The customer writes informally: a lighter tone fits.';
    return { value: false, suggestion: replacement === draft ? { message } : { message, replacement } };
  },
});
