import { defineRule } from '../define-rule';

/** Stems every service chat shares: mentioning them is not personal. */
const GENERIC = new Set(['help', 'question', 'problem', 'issu', 'servic', 'contact', 'team', 'custom', 'day', 'time', 'vraag', 'hulp', 'help', 'probleem', 'klant', 'klantenservic', 'contact', 'dag', 'tijd', 'sorri', 'understand', 'begrijp']);
const GREETING_WITHOUT_NAME = /^(\s*)(hi|hello|hey|dear customer|dear|good (?:morning|afternoon|evening)|hoi|hallo|beste klant|beste|geachte klant|geachte heer\/mevrouw|goedemorgen|goedemiddag|goedenavond)\b\s*([,.!]?)/iu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Personal: uses the customer's name or something from their own message (their order, their words). */
export default defineRule({
  id: 'personal',
  check: 'personal',
  evaluate: ({ draft, customerName, customerTerms, draftTerms, lang }) => {
    const name = customerName?.trim().split(/\s+/)[0];
    if (name && new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'iu').test(draft)) return { value: true };
    const theirs = new Set(customerTerms.filter((t) => !GENERIC.has(t)));
    if (draftTerms.some((t) => theirs.has(t))) return { value: true };
    const message = lang === 'nl' ? 'Maak het persoonlijk: noem de klant bij naam of verwijs naar wat hij of zij schreef.' : 'Make it personal: use the name, or refer to what the customer wrote (their order, their words).';
    if (!name) return { value: false, suggestion: { message } };
    const greeting = GREETING_WITHOUT_NAME.exec(draft);
    const replacement = greeting
      ? draft.replace(GREETING_WITHOUT_NAME, (_m, space: string, word: string) => `${space}${greetingWord(word, lang)} ${name},`)
      : `${lang === 'nl' ? 'Hoi' : 'Hi'} ${name}, ${draft.trim()}`;
    return { value: false, suggestion: { message, replacement } };
  },
});

/** "Dear customer" / "Beste klant" lose the generic noun; the greeting word itself is kept. */
function greetingWord(matched: string, lang: string): string {
  const first = matched.split(/\s+/)[0] ?? (lang === 'nl' ? 'Hoi' : 'Hi');
  return /^(?:geachte)$/iu.test(first) ? 'Beste' : first;
}
