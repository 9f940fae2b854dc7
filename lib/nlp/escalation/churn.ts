import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_CONTRACT = '(?:subscription|contract|membership|account|plan|service|policy)';
const NL_CONTRACT = '(?:abonnement|contract|lidmaatschap|account|polis|overeenkomst)';
const NL_RIVAL = '(?:andere|ander) (?:provider|aanbieder|leverancier|bank|verzekeraar|winkel|bedrijf|maatschappij)|de concurrent(?:ie)?';

/**
 * Ending the relationship. Cancelling or exchanging one order is service, not churn; asking
 * what the notice period is, or "if I cancelled", is curiosity (hypothetical, see find-trigger).
 */
const PATTERNS = [
  words(`cancel(?:l?ing)?${gap(2)}${EN_CONTRACT}|(?:clos(?:e|ing)|terminat(?:e|ing)|end(?:ing)?|quit(?:ting)?)${gap(1)}(?:my|our|the) ${EN_CONTRACT}|(?:switch(?:ing)?|mov(?:e|ing)|go(?:ing)?|chang(?:e|ing)) (?:over )?to (?:another|a different|a competitor|your competitors?|a new)(?: (?:provider|company|supplier|bank|operator|carrier|insurer|shop|store))?|(?:take|taking) my (?:business|money|custom) elsewhere|(?:i'm|i am|i will be|i'll be) (?:leaving|done with) (?:you|your company)|(?:go|going|move|moving) to (?:a |your )?competitors?`),
  words(`opzeggen|zeg${gap(4)}${NL_CONTRACT}${gap(1)}op|zeg${gap(1)}op(?! ?termijn)|${NL_CONTRACT}${gap(4)}(?:opzeggen|beëindigen|stopzetten|opheffen)|account (?:opheffen|verwijderen)|overstappen naar (?:een )?(?:${NL_RIVAL})|stap(?:pen)? (?:ik |we )?over naar (?:een )?(?:${NL_RIVAL})|ik ben (?:hier )?klaar mee|(?:klant|klanten) af|ergens anders${gap(1)}(?:bestellen|kopen|heen)`),
];

/** Vows that carry their own "never" ("never order again", "nooit meer bestellen"). */
const NEVER_AGAIN = [
  words(`(?:never|won't ever|will never|not ever) (?:order|buy|shop|use you)${gap(3)}(?:again|anymore)|(?:never|not) (?:again|anymore) (?:order|buy|shop)`),
  words(`nooit meer${gap(3)}(?:bestellen|kopen|klant)|(?:bestel|koop|kom)${gap(2)}nooit meer`),
];

export default defineSignal({
  id: 'churn',
  hint: /cancel|clos|terminat|end|quit|switch|mov|going to|go to|chang|elsewhere|leaving|done with|never|won't ever|competitor|opzeg|zeg|beëindig|stopzet|ophef|verwijder|overstap|over naar|nooit meer|klaar mee|af|ergens anders/i,
  detect: ({ text }) => findTrigger(text, PATTERNS) ?? findTrigger(text, NEVER_AGAIN, { allowNegated: true }),
});
