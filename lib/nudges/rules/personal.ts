import { defineRule } from '../define-rule';
import { withGreeting } from '../greeting';

/**
 * Stems every service chat shares, and the verbs of any request ("try", "ask", "send", "check"):
 * mentioning them is not picking up the customer's own specifics.
 */
const GENERIC = new Set(
  `help question problem issu servic contact team custom day time sorri understand tri ask want need get like make see know look take wait send call
  check let go come say tell find give use keep think pleas thank appreci cancel today now still just also again inform websit messag chat email
  vraag vrag hulp help probleem klant klantenservic contact dag tijd begrijp prober probeert gevraagd wil wilt kun kunt kan opnieuw wacht stur kijk
  controler annuler geannuleerd vandag nu bericht informatie websit mail zien vind geef gaan doen`.split(/\s+/),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Personal: uses the customer's name or something from their own message (their order, their words). */
export default defineRule({
  id: 'personal',
  check: 'personal',
  evaluate: ({ draft, customerName, customerTerms, draftTerms, lang, customerRegister, draftRegister }) => {
    const name = customerName?.trim().split(/\s+/)[0];
    if (name && new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'iu').test(draft)) return { value: true };
    const theirs = new Set(customerTerms.filter((t) => !GENERIC.has(t)));
    if (draftTerms.some((t) => theirs.has(t))) return { value: true };
    const message = lang === 'nl' ? 'Maak het persoonlijk: noem de klant bij naam of verwijs naar wat hij of zij schreef.' : 'Make it personal: use the name, or refer to what the customer wrote (their order, their words).';
    if (!name) return { value: false, suggestion: { message } };
    // The customer's register decides the greeting; when the customer gives no sign, the draft's own.
    const replacement = withGreeting(draft, lang, customerRegister ?? draftRegister, customerName);
    return { value: false, suggestion: { message, replacement } };
  },
});
