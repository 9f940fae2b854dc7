import type { Lang } from '../../nlp/types';
import { defineRule, type RuleResult } from '../define-rule';
import type { Register } from '../register';
import { dutch } from '../../nlp/sentiment/dutch';
import { english } from '../../nlp/sentiment/english';
import { withGreeting } from '../greeting';
import { hasConcreteCommitment, ownText } from '../stock-sentences';

/**
 * Stems every service chat shares, and the verbs of any request ("try", "ask", "send", "check"):
 * mentioning them is not picking up the customer's own specifics.
 */
const GENERIC = new Set(
  `help question problem issu servic contact team custom day time sorri understand tri ask want need get like make see know look take send call
  check let go come say tell find give use keep think pleas thank appreci cancel today now still just also again inform websit messag chat email
  app vraag vrag hulp help probleem klant klantenservic contact dag tijd begrijp prober probeert gevraagd wil wilt kun kunt kan opnieuw stur kijk
  controler annuler geannuleerd vandag nu bericht informatie websit mail zien vind geef gaan doen`.split(/\s+/),
);

/** "your router", "uw bestelling", "je internetverbinding": the customer's own product, order or account. */
const POSSESSIVE = /(?<!\p{L})(?:your|uw|je|jouw)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;
const MIN_TAIL = 4;
const THANKS_FOR = /(?:thanks|thank you|bedankt|dank (?:je|u)(?: wel)?)\s+(?:for|voor)\s+$/iu;

function namesTheirThing(text: string, lang: 'en' | 'nl'): boolean {
  const service = (lang === 'nl' ? dutch : english).serviceWords;
  for (const m of text.matchAll(POSSESSIVE)) {
    // "Thank you for your order" is a stock closing, not a look at it.
    if (THANKS_FOR.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
    // The noun, or the word after an adjective ("your new router", "uw kapotte oplader").
    for (const word of [m[1], m[2]]) if (word && isServiceNoun(word.toLowerCase(), service, lang)) return true;
  }
  return false;
}

function isServiceNoun(noun: string, service: ReadonlySet<string>, lang: 'en' | 'nl'): boolean {
  if (service.has(noun) || (lang === 'en' && noun.endsWith('s') && service.has(noun.slice(0, -1)))) return true;
  for (let k = 3; noun.length - k >= MIN_TAIL; k++) if (service.has(noun.slice(k))) return true;
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Personal: uses the customer's name or something from their own message (their order, their words). */
export default defineRule({
  id: 'personal',
  check: 'personal',
  evaluate: ({ draft, customerName, customerTerms, draftTerms, termsOf, lang, customerRegister, draftRegister }) => {
    const name = customerName?.trim().split(/\s+/)[0];
    // A name or a shared word counts only outside the canned parts: "Dear Anna, as per our policy…" is still the script.
    const own = ownText(draft);
    if (!/\p{L}/u.test(own)) return unpersonal(draft, lang, customerName, customerRegister ?? draftRegister);
    if (name && new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'iu').test(draft)) return { value: true };
    const theirs = new Set(customerTerms.filter((t) => !GENERIC.has(t)));
    // The own text's terms are a subset of the draft's: tokenise it again only when the draft shares a word at all.
    if (draftTerms.some((t) => theirs.has(t)) && termsOf(own).some((t) => theirs.has(t))) return { value: true };
    if (namesTheirThing(own, lang) || hasConcreteCommitment(own)) return { value: true };
    return unpersonal(draft, lang, customerName, customerRegister ?? draftRegister);
  },
});

function unpersonal(draft: string, lang: Lang, customerName: string | undefined, register: Register): RuleResult {
  const message = lang === 'nl' ? 'Maak het persoonlijk: noem de klant bij naam of verwijs naar wat hij of zij schreef.' : 'Make it personal: use the name, or refer to what the customer wrote (their order, their words).';
  if (!customerName?.trim()) return { value: false, suggestion: { message } };
  // The customer's register decides the greeting; when the customer gives no sign, the draft's own.
  const replacement = withGreeting(draft, lang, register, customerName);
  // A name already in a canned greeting leaves nothing to put in: the advice stands without a rewording.
  return { value: false, suggestion: replacement === draft ? { message } : { message, replacement } };
}
