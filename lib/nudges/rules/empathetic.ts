import type { Lang } from '../../nlp/types';
import { defineRule } from '../define-rule';
import { LEADING_GREETING } from '../greeting';
import type { Register } from '../register';

const ACKNOWLEDGES = {
  en: /\b(?:sorry|apologi[sz]e|apologies|i understand|understandabl[ey]|i can imagine|i can see (?:why|how)|that must be|frustrat\w*|annoying|i hear you|thank you for your patience|thanks for your patience|i appreciate|unfortunate(?:ly)? (?:this|that|you)|i know how)\b/iu,
  nl: /(?<!\p{L})(?:sorry|excuses|excuus|spijt|begrijp|begrijpelijk|snap|vervelend|kan me (?:goed )?voorstellen|frustrerend|balen|jammer dat|dank voor (?:uw|je|jouw) geduld|rot dat|naar dat)(?!\p{L})/iu,
} as const;

/** An opening that names the feeling, in the customer's own register and with their name. */
export function empatheticOpening(lang: Lang, register: Register, name: string | undefined): string {
  const to = name ? ` ${name}` : '';
  if (lang === 'nl') {
    return register === 'informal' ? `Hoi${to}, wat vervelend dat je dit meemaakt, dat snap ik helemaal.` : `Beste${name ? to : ' klant'}, wat vervelend dat u dit meemaakt, dat begrijp ik goed.`;
  }
  return register === 'formal' ? `Dear${name ? to : ' customer'}, I am sorry to hear about this and I understand how frustrating it is.` : `Hi${to}, I'm sorry to hear about this, I understand how frustrating it is.`;
}


/** Empathetic: the draft acknowledges the customer's feeling or problem. */
export default defineRule({
  id: 'empathetic',
  check: 'empathetic',
  evaluate: ({ draft, lang, customerRegister, draftRegister, customerName }) => {
    if (ACKNOWLEDGES[lang].test(draft)) return { value: true };
    const rest = draft.replace(LEADING_GREETING, '').trim();
    const body = rest.charAt(0).toUpperCase() + rest.slice(1);
    return {
      value: false,
      suggestion: {
        message: lang === 'nl' ? 'Erken eerst het probleem of het gevoel van de klant.' : "Acknowledge the customer's problem or feeling first.",
        replacement: `${empatheticOpening(lang, customerRegister ?? draftRegister, customerName)} ${body}`.trim(),
      },
    };
  },
});
