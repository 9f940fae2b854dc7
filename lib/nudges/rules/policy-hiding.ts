import { defineRule } from '../define-rule';

const POLICY = {
  en: /\b(?:(?:our|company|the) polic(?:y|ies)|per (?:our )?policy|policy (?:states|says|is)|terms and conditions|rules are rules|there is nothing (?:i|we) can do|nothing (?:i|we) can do|(?:i|we) (?:am|are) not (?:allowed|permitted|authori[sz]ed) to|(?:that|this) is not possible|(?:we|i) (?:cannot|can't|can not) (?:make an exception|do anything))\b/iu,
  nl: /(?<!\p{L})(?:(?:ons|het) beleid|volgens (?:onze|de) (?:voorwaarden|regels|richtlijnen)|(?:algemene )?voorwaarden|regels zijn regels|daar kan ik niets aan doen|(?:ik|wij|we) kunnen? (?:daar |hier )?niets (?:aan )?doen|(?:dat|dit) is niet mogelijk|(?:wij|we|ik) (?:mogen|mag) (?:dat|dit) niet)(?!\p{L})/iu,
} as const;

const OFFERS = {
  en: /\b(?:what i can do|what we can do|instead|alternatively|i can offer|we can offer|i'?ll|i will|we will|we'?ll|option|would you like|would you prefer|how about|let me)\b/iu,
  nl: /(?<!\p{L})(?:wat ik wel|wat we wel|wat wij wel|in plaats daarvan|als alternatief|ik kan (?:u|je)|wij kunnen (?:u|je)|we kunnen (?:u|je)|ik ga|ik zal|optie|wilt u|wil je|zal ik|laat me)(?!\p{L})/iu,
} as const;

const SENTENCE = /[^.!?\n]+[.!?]*\s*/gu;

/** policyHiding (a fault): cites rules without offering what can be done. */
export default defineRule({
  id: 'policy-hiding',
  check: 'policyHiding',
  evaluate: ({ draft, lang, customerRegister }) => {
    if (!POLICY[lang].test(draft) || OFFERS[lang].test(draft)) return { value: false };
    const kept = (draft.match(SENTENCE) ?? []).filter((s) => !POLICY[lang].test(s)).join('').trim();
    const offer = lang === 'nl' ? `Wat ik wel voor ${customerRegister === 'informal' ? 'je' : 'u'} kan doen: …` : "Here's what I can do for you: …";
    return {
      value: true,
      suggestion: {
        message: lang === 'nl' ? 'Verschuil je niet achter regels: zeg wat je wél kunt doen en laat de klant kiezen.' : "Don't hide behind policy: say what you can do and let the customer choose.",
        replacement: `${kept} ${offer}`.trim(),
      },
    };
  },
});
