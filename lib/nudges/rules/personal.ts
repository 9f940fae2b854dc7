import { defineRule } from '../define-rule';
import { withGreeting } from '../greeting';

/** Stems every service chat shares: mentioning them is not personal. */
const GENERIC = new Set(['help', 'question', 'problem', 'issu', 'servic', 'contact', 'team', 'custom', 'day', 'time', 'vraag', 'hulp', 'help', 'probleem', 'klant', 'klantenservic', 'contact', 'dag', 'tijd', 'sorri', 'understand', 'begrijp']);

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
