import type { Lang } from '../../nlp/types';
import { defineRule } from '../define-rule';
import { LEADING_GREETING } from '../greeting';
import type { Register } from '../register';

const ACKNOWLEDGES = {
  en: new RegExp(
    [
      "\\b(?:sorry|apologi[sz]e|apologies|i (?:completely |totally |fully |really |do )?understand|i regret|regret (?:that|the|this)|(?:i'd|i would) be (?:frustrated|upset|annoyed|disappointed|angry|furious) too|not the (?:experience|service) (?:we want|you (?:should|deserve|expect))|that's (?:on us|our fault|our mistake)|we (?:made a mistake|messed up|dropped the ball)|my bad|understandabl[ey]|i can imagine|i can see (?:why|how)|that must be|must (?:be|have been) (?:so |really |very )?(?:frustrating|stressful|annoying|difficult|hard|upsetting|worrying|inconvenient)",
      "frustrat\\w*|annoying|stressful|upsetting|i hear you|thanks? (?:you )?for (?:your|bearing with|being so) (?:patience|patient)|i appreciate|unfortunate(?:ly)? (?:this|that|you)|i know how",
      "(?:that's|that is|this is) not (?:how it should (?:go|be)|what you (?:expected|paid for|deserve)|acceptable|right|ok|okay)|not how it should (?:go|be)|(?:shouldn't|should not) have happened",
      "what a (?:stressful|frustrating|annoying|terrible|difficult|horrible|awful|disappointing|worrying|rotten|pain|hassle|nuisance)|(?:that|this|it) sounds (?:really |so |very )?(?:frustrating|stressful|awful|annoying|terrible|difficult|horrible|worrying|upsetting)",
      "(?:that's|that is|how) (?:really |so )?(?:awful|terrible|a shame|a pity|not great|frustrating|annoying|disappointing|inconvenient|unfortunate)|oh no|what an (?:awful|annoying|unpleasant|upsetting|infuriating|exhausting|ordeal)|(?:awful|horrible|terrible|stressful|nasty|unpleasant|difficult) (?:situation|experience|ordeal)|we let you down|i (?:totally |completely |fully )?get (?:it|that|why|how)|you're right|you are right|i'd be (?:frustrated|upset|annoyed|disappointed) too|thank(?:s| you) for letting (?:us|me) know|thanks? (?:you )?for (?:flagging|reporting|raising) (?:this|that))\\b",
    ].join('|'),
    'iu',
  ),
  nl: new RegExp(
    [
      "(?<!\\p{L})(?:sorry|excuses|excuus|excuseer|spijt|begrijp\\p{L}*|snap|vervelend\\p{L}*|kan me (?:goed |heel goed )?(?:voorstellen|indenken)|frustrerend|frustratie|irritant|ergerlijk|balen|jammer|rot dat|naar dat|wat naar|wat erg|(?:nare|akelige|vervelende|rotte|vreselijke|stressvolle|ellendige|pijnlijke) (?:situatie|ervaring|toestand|verrassing)|wat een (?:gedoe|ellende|pech|toestand|gedoe)",
      "(?:dank|bedankt) voor (?:uw|je|jouw) (?:geduld|begrip)|(?:dank|bedankt) voor het (?:melden|doorgeven)|niet de bedoeling|hoort (?:zo )?niet|had niet mogen gebeuren|niet (?:fijn|leuk|prettig|handig)|ellendig|stom dat|pech|terecht|(?:u heeft|je hebt|jij hebt) gelijk|ik hoor (?:u|je)|pijnlijk|lastig voor (?:u|je)|had (?:natuurlijk |echt |zeker )?niet (?:zo )?mogen (?:lopen|gebeuren|gaan)|domper|tegenvaller|teleurstelling|begrijpelijk|(?:dat|het) is (?:onze|mijn) fout|ons foutje|niet (?:hoe|zoals) het hoort|niet zoals het zou moeten|spijtig|ik zou (?:ook )?(?:boos|geïrriteerd|teleurgesteld|gefrustreerd|balen)|dat klinkt (?:echt |heel )?(?:vervelend|frustrerend|naar|rot|lastig|stressvol))(?!\\p{L})",
    ].join('|'),
    'iu',
  ),
} as const;

/** An opening that names the feeling, in the customer's own register and with their name. */
export function empatheticOpening(lang: Lang, register: Register, name: string | undefined): string {
  const to = name ? ` ${name}` : '';
  if (lang === 'nl') {
    return register === 'informal' ? `Hoi${to}, wat vervelend dat je dit meemaakt, dat snap ik helemaal.` : `Beste${name ? to : ' klant'}, wat vervelend dat u dit meemaakt, dat begrijp ik goed.`;
  }
  return register === 'formal' ? `Dear${name ? to : ' customer'}, I am sorry to hear about this and I understand how frustrating it is.` : `Hi${to}, I'm sorry to hear about this, I understand how frustrating it is.`;
}


/**
 * Empathetic: the draft acknowledges the customer's feeling or problem. The nudge comes only
 * when there is one to acknowledge: an apology for a calm question ("Where is my order?") is the
 * canned wording the greeting and apology must not be, and a nudge agents learn to ignore.
 */
export default defineRule({
  id: 'empathetic',
  check: 'empathetic',
  evaluate: ({ draft, lang, customerRegister, draftRegister, customerName, customerNeedsAcknowledging }) => {
    if (ACKNOWLEDGES[lang].test(draft)) return { value: true };
    if (!customerNeedsAcknowledging) return { value: false, notNeeded: true };
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
