import { defineRule } from '../define-rule';
import { dutch } from '../../nlp/sentiment/dutch';
import { english } from '../../nlp/sentiment/english';
import { withGreeting } from '../greeting';

/**
 * Stems every service chat shares, and the verbs of any request ("try", "ask", "send", "check"):
 * mentioning them is not picking up the customer's own specifics.
 */
const GENERIC = new Set(
  `help question problem issu servic contact team custom day time sorri understand tri ask want need get like make see know look take wait send call
  check let go come say tell find give use keep think pleas thank appreci cancel today now still just also again inform websit messag chat email
  app vraag vrag hulp help probleem klant klantenservic contact dag tijd begrijp prober probeert gevraagd wil wilt kun kunt kan opnieuw wacht stur kijk
  controler annuler geannuleerd vandag nu bericht informatie websit mail zien vind geef gaan doen`.split(/\s+/),
);

/**
 * A sentence that opens with a bare plural or verbal noun states a general rule ("Refunds are
 * processed within 14 days", "Retourneren kan binnen 30 dagen"): its subject is everyone's, not
 * this customer's, so sharing its words is no reference to their situation.
 */
const GENERIC_SENTENCE = /(^|[.!?]\s+)(?:(?:for|with|on|in|at|bij|voor|met|na|op) )?(\p{L}+(?:s|ing|en))((?:\s+[\p{L}\p{N}-]+){0,3}?)\s+(?:are|can|could|must|should|will|may|usually|normally|typically|generally|always|take|need|qualify|have to|worden|kunnen|kan|kunt|kun|moeten|moet|mogen|mag|duren|duurt|zijn|heeft|hebt|krijgt|krijgen|get|gets|normaal|meestal|altijd)\s[^.!?]*[.!?]?/giu;
/** The same with a qualifier before the plural ("Late fees are charged…", "Losse onderdelen worden…"). */
const QUALIFIED_GENERIC_SENTENCE = /(^|[.!?]\s+)(?:(?:for|with|on|in|at|bij|voor|met|na|op) )?(?:(?!(?:your|uw|je|jouw|this|these|that|those|deze|dit|die|dat|i|we|you|they|he|she|it|ik|wij|jij|u|ze|zij|hij|het|er)\s)\p{L}+\s+)(\p{L}+(?:s|ing|en))((?:\s+[\p{L}\p{N}-]+){0,3}?)\s+(?:are|can|could|must|should|will|may|usually|normally|typically|generally|always|take|need|qualify|have to|worden|kunnen|kan|kunt|kun|moeten|moet|mogen|mag|duren|duurt|zijn|heeft|hebt|krijgt|krijgen|get|gets|normaal|meestal|altijd)\s[^.!?]*[.!?]?/giu;
/** Adverbs, pronouns and verbs that end like a plural ("Tomorrow", "This", "Morgen") open no generic statement. */
const NOT_BARE = new Set(
  `this his its is was has does yes thanks thanx cheers sorry always sometimes perhaps unless besides towards thus as us plus anyways
  morgen overmorgen gisteren binnen boven buiten samen tussen tegen even meteen zometeen indien alleen open beneden sinds misschien eens ben heb hebben kunnen zullen willen moeten mogen wanneer mijn`.split(/\s+/),
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

/** "Please see our FAQ", "kijk op onze website": a sentence that sends the customer elsewhere is the stock reply itself. */
const REDIRECT_SENTENCE = /(^|[.!?]\s+)(?:please |kindly |(?:u |je )?(?:kunt|kan) )?(?:see|visit|check|read|consult|refer to|go to|look at|zie|kijk (?:op|in|bij)|bekijk|raadpleeg|lees|ga naar)\s+(?:our|the|onze|de|het)\s+(?:faq|website|site|help ?(?:centre|center|page|pagina)|support page|terms|policy|veelgestelde vragen|klantenservicepagina|voorwaarden|webpagina)[^.!?]*[.!?]?/giu;

function withoutGenericSentences(draft: string): string {
  return draft
    .replace(REDIRECT_SENTENCE, (_sentence, lead: string) => lead)
    .replace(GENERIC_SENTENCE, (sentence, lead: string, subject: string) => (NOT_BARE.has(subject.toLowerCase()) ? sentence : lead))
    .replace(QUALIFIED_GENERIC_SENTENCE, (sentence, lead: string, subject: string) => (NOT_BARE.has(subject.toLowerCase()) ? sentence : lead));
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
    if (name && new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'iu').test(draft)) return { value: true };
    const theirs = new Set(customerTerms.filter((t) => !GENERIC.has(t)));
    if (draftTerms.some((t) => theirs.has(t))) {
      const rest = withoutGenericSentences(draft);
      const specific = rest === draft ? draftTerms : termsOf(rest);
      if (specific.some((t) => theirs.has(t))) return { value: true };
    }
    if (namesTheirThing(withoutGenericSentences(draft), lang)) return { value: true };
    const message = lang === 'nl' ? 'Maak het persoonlijk: noem de klant bij naam of verwijs naar wat hij of zij schreef.' : 'Make it personal: use the name, or refer to what the customer wrote (their order, their words).';
    if (!name) return { value: false, suggestion: { message } };
    // The customer's register decides the greeting; when the customer gives no sign, the draft's own.
    const replacement = withGreeting(draft, lang, customerRegister ?? draftRegister, customerName);
    return { value: false, suggestion: { message, replacement } };
  },
});
