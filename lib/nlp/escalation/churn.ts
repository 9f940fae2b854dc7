import type { Evidence } from '../types';
import { defineSignal } from './define-signal';
import { findTrigger, gap, isAskedAbout, words } from './find-trigger';

const EN_CONTRACT = '(?:subscriptions?|sub|contracts?|membership|accounts?|plan|service|policy|agreement|licen[cs]es?|broadband|internet|phone plan|mobile plan|energy contract|everything|it all)';
const NL_CONTRACT = '(?:abonnement\\w*|contract\\w*|lidmaatschap|account|polis|overeenkomst|licentie\\w*|verzekering\\w*)';
const EN_KIND = '(?:providers?|suppliers?|banks?|carriers?|networks?|operators?|insurers?|lenders?|companies|company|shops?|stores?|isps?|airlines?|energy suppliers?|mobile providers?|broadband providers?)';
const NL_KIND = '(?:provider|aanbieder|leverancier|energieleverancier|bank|verzekeraar|winkel|webshop|bedrijf|maatschappij|partij|zaak|netwerk)';
/** "a new bank account", "another shop of yours": the kind word only qualifies what follows, or names one of ours. */
const NOT_A_MODIFIER = '(?! (?:accounts?|card|app|details|number|transfer|statement|branch|location|outlet)(?![\\p{L}])| (?:of yours|of your|near me))';
/** "cancel the service visit", "cancel my plan upgrade": the contract word only qualifies the thing being cancelled. */
const EN_HEAD_NOUN = '(?! (?:visits?|calls?|appointments?|upgrades?|downgrades?|changes?|requests?|orders?|bookings?|payments?|renewals?|add-?ons?|extras?|options?|numbers?|passwords?|e-?mails?|details|verification|transfers?|forms?|fees?|credits?|names?|address(?:es)?|types?|settings|pages?|holders?|managers?|reviews?|statements?|pin)(?![\\p{L}]))';
/** "Ik ga naar Bol.com om een kabel te kopen": a trip to a rival for one thing, not a move. */
const NOT_AN_ERRAND = '(?!(?:[^.!?]|\\.(?=\\p{L}))*?(?<!\\p{L})om(?!\\p{L})[^.!?]*?(?<!\\p{L})te (?:kopen|halen|bestellen|ophalen|vergelijken|kijken)(?!\\p{L}))';
/** Rivals a customer names when leaving (NL/BE telecom, energy, banks): "ik ga naar Ziggo". */
const BRANDS = '(?:kpn|ziggo|odido|t-mobile|vodafone|tele2|simyo|ben|youfone|lebara|proximus|telenet|orange|base|scarlet|eneco|essent|vattenfall|engie|greenchoice|budget energie|ing|rabobank|rabo|abn(?: amro)?|bunq|kbc|belfius|triodos|asn|sns|knab|bol|bol\\.com|coolblue|amazon|zalando)';

/**
 * The particle of "zeg ... op" ends its clause ("ik zeg mijn contract op", "zeg het op per 1 juni");
 * "op" followed by its own object is a preposition ("wat zegt de monteur op mijn vraag").
 */
const SEPARATED_OP_ENDS = '(?=\\s*(?:[.!?,;:]|$|(?:per|want|omdat|en|maar|dus|hoor|nu|vandaag|morgen|direct|meteen|zodra|als|bij (?:jullie|u))(?!\\p{L})))';

/** "Ik stap over." ends the clause; "overstappen, naar het grotere pakket" goes on to name where to, which then decides. */
const SWITCH_ENDS = '(?=\\s*(?:[.!;]|$|,(?!\\s*(?:naar|op)(?!\\p{L}))))';

/**
 * Ending the relationship. Cancelling or exchanging one order is service, not churn; asking
 * what the notice period is, or "if I cancelled", is curiosity (hypothetical, see find-trigger).
 */
const PATTERNS = [
  words(
    [
      `cancel(?:l?ing|s|l?ed)?(?!(?:\\s+\\S+)?\\s+(?:his|her|their)\\s)${gap(2)}(?:(?:my|our|the|this|your) )?${EN_CONTRACT}${EN_HEAD_NOUN}`,
      `(?:clos(?:e|ing)|terminat(?:e|ing)|end(?:ing)?|quit(?:ting)?|stop(?:ping)?|discontinu(?:e|ing)|delet(?:e|ing)|get(?:ting)? out of|want out of)${gap(1)}(?:my|our|the|this) ${EN_CONTRACT}${EN_HEAD_NOUN}`,
      `(?:switch(?:ing)?|mov(?:e|ing)|go(?:ing)?|off|chang(?:e|ing)|leav(?:e|ing)|port(?:ing)?|transfer(?:ring)?)(?: (?:over|my number|my account|my business|everything))?(?: out| over)? (?:to|for) (?:(?:a competitor|your competitors?|competitors?|the competition)(?: ${EN_KIND})?|(?:another|a different|a new|a better|a cheaper) (?:${EN_KIND}${NOT_A_MODIFIER}|one(?= *(?:[.!;]|$)))|another(?= *(?:[.!;]|$)))`,
      `(?:switch(?:ing)?|mov(?:e|ing)|transfer(?:ring)?|port(?:ing)?|tak(?:e|ing))${gap(4)}(?:over )?to (?:another|a different|a new|a cheaper|a better) ${EN_KIND}${NOT_A_MODIFIER}`,
      `switch(?:ing)? (?:energy |mobile |phone |internet |broadband )?(?:providers|suppliers|banks|carriers|networks|insurers|companies|operators)`,
      `(?:find|finding|look(?:ing)? for|get(?:ting)?|found|signed up with|chose|choosing|time for) (?:a |an )?(?:new|another|different|better|cheaper) (?:[a-z]+ )?${EN_KIND}${NOT_A_MODIFIER}`,
      `(?:go(?:ing)?|switch(?:ing)?|mov(?:e|ing)|went|port(?:ing)?)(?: over)? (?:to|with) ${BRANDS}(?= instead|[.!,]|$)`,
      `(?:take|taking|took) (?:my|our) (?:business|money|custom)${gap(1)}(?:elsewhere|somewhere else|to (?:another|a different|a new|a competitor|your competitors?|the competition))|(?:going|go|went|gone) with (?:a|another|your) (?:competitor|rival)|(?:going|go|went|moving|switching) back to (?:my|our) (?:old|previous|former) ${EN_KIND}|(?:go(?:ing)?|shop(?:ping)?|look(?:ing)?|order(?:ing)?|buy(?:ing)?) (?:elsewhere|somewhere else|some place else)(?! for (?:the|that|this|a|an|my|one) )|(?<=^\\s*|[,;:]\\s*)cancel it(?= *(?:[.!]|$))|(?:just|then|so|simply) cancel (?:it|the lot|the whole thing)(?= *(?:[.!]|$| then| now| already))|(?:better|cheaper) deal elsewhere`,
      `(?:i'm|i am|we're|we are|i will be|i'll be) (?:leaving|done with|finished with) (?:you|your (?:company|service|bank|shop|store|app)|this (?:company|bank|provider|shop|store|app|service|airline))`,
      `(?:i'm|i am|we're|we are|im) (?:out|leaving|off)(?=, (?:cancel|close|goodbye|bye))|(?:i'm|i am|we're|we are|im) (?:leaving|switching)(?= *(?:[.!;]|$))`,
      `(?:i'm|i am|we're|we are|i'll be|i will be) cancell?ing(?= *(?:[.!;]|$|,| (?:everything|it all|today|now|right now)))`,
      `(?:you(?:'ve| have)?|you just) lost (?:a|another|one|me as a) (?:(?:loyal|good|long-?time|faithful|paying) )?(?:customer|client)|lost me as a (?:customer|client)|(?:consider this|this is) my notice|(?:beschouw dit als|dit is) mijn opzegging|port (?:my|our) number out|port out my number`,
      `(?:leav(?:e|ing)|go(?:ing)?|mov(?:e|ing)|switch(?:ing)?) (?:to|for) (?:a |your )?competitors?`,
    ].join('|'),
  ),
  words(
    [
      `opzeggen|opzeg(?!\\p{L})|zeg(?:gen|t)?${gap(5)}op${SEPARATED_OP_ENDS}`,
      `${NL_CONTRACT}${gap(4)}(?:opzeggen|beëindigen|beeindigen|stopzetten|stoppen|opheffen|opgeheven|beëindigd|stopgezet|verwijderen|verwijderd|sluiten|gesloten|opzegging)`,
      `(?:beëindig|beeindig|stop|sluit|verwijder|hef)${gap(2)}(?:${NL_CONTRACT}|rekening)`,
      `(?:overstappen|stap\\w* (?:ik |we )?over|over(?:stappen)?|ga|gaan|ik ga|ga ik|gaan we|meenemen|overzetten|overmaken|overboeken|verhuizen|vertrek\\w*) naar (?:een |de |mijn |onze )?(?:andere?|nieuwe|goedkopere|betere) ${NL_KIND}`,
      `(?:overstappen|over|ga|gaan|stap|stappen|vertrek|vertrekken|naar) (?:naar |bij )?(?:${BRANDS}|de concurrent(?:ie)?)(?=[\\s.!,]|$)${NOT_AN_ERRAND}`,
      `(?:ga|gaan|wil|stap|stappen|we|ik)${gap(1)}overstappen${SWITCH_ENDS}|stap (?:ik |we )?over${SWITCH_ENDS}`,
      `(?:nieuwe|andere) ${NL_KIND} (?:gevonden|gekozen|genomen|geregeld)|klant (?:bij|van|worden bij) (?:de concurrent(?:ie)?|een ander\\w*|${BRANDS})`,
      `(?:een |weer een )?(?:klant|klanten) (?:kwijt|armer|af)|ik ben (?:hier )?klaar mee|ik ben (?:weg|vertrokken) bij (?:jullie|u)|(?:van jullie|van u) af|weg bij (?:jullie|u)|(?:verlaat|verlaten) (?:jullie|u)|ik (?:kap|stop) ermee(?! om(?!\\p{L}))|ik stop met (?:jullie|u)|(?:dan )?ben ik weg(?=\\s*(?:[.!,;]|$))|(?:neem|nemen|breng|brengen)${gap(3)}mee naar (?:een |de )?(?:andere?|nieuwe|goedkopere|betere) ${NL_KIND}`,
      `${NL_CONTRACT}${gap(2)}bij (?:de concurrent(?:ie)?|${BRANDS})(?=[\\s.!,]|$)|van (?:dit|dat|het|mijn) ${NL_CONTRACT} af(?!\\p{L})|tijd voor een (?:nieuwe|andere) \\p{L}*(?:provider|aanbieder|leverancier|bank|verzekeraar)|(?<=^\\s*|[.!?,;]\\s*)(?:stop|kap) (?:er ?)?mee(?=\\s*(?:[.!]|$))|(?:mij|ons) kwijt als klant|(?:ik ben|we zijn|wij zijn) klaar met (?:dit|jullie|uw|deze) (?:bedrijf|winkel|webshop|bank|provider|club|zaak|service)|(?:zoek|zoeken|neem|nemen)${gap(1)}(?:een )?(?:ander|andere|nieuwe|nieuw) \\p{L}*(?:bedrijf|provider|aanbieder|leverancier|bank|verzekeraar|maatschappij)|(?:ga|gaan|ik ga|stap|stappen)${gap(1)}terug naar (?:mijn|onze) (?:oude|vorige) ${NL_KIND}|(?:genoeg|klaar|het zat)${gap(4)}(?:ik vertrek|ik ben weg|ik ga weg)|ergens anders${gap(1)}(?:bestellen|kopen|heen|klant|afnemen|halen|afsluiten)|laatste keer dat ik${gap(2)}(?:bestel|koop|klant|iets)`,
    ].join('|'),
  ),
];

/** Vows that carry their own "never"/"not" ("never order again", "nooit meer bestellen", "I'm not renewing"). */
const NEVER_AGAIN = [
  words(
    `(?:never|won't ever|will never|not ever|won't be|will not be|not be) (?:again )?(?:order|buy|shop|use|book|fly|deal|do business)\\w*${gap(4)}(?:again|anymore|ever)|(?:never|not) (?:again|anymore) (?:order|buy|shop)|(?:not|won't be|will not be|won't|will not|never) renew(?:ing)?${gap(1)}(?:my|our|the)? ?${EN_CONTRACT}|(?:not|won't be|never) renewing|(?:don't|do not|no longer) want to be (?:a |your )?(?:customer|client)|no longer (?:a |your )?(?:customer|client)`,
  ),
  words(`(?:blijf|word)${gap(2)}geen klant|geen klant meer|nooit meer${gap(3)}(?:bestellen|kopen|klant|boeken|vliegen)|(?:bestel|koop|kom|boek)${gap(2)}nooit meer|(?:verleng|verlengen)${gap(3)}niet(?: meer)?(?!\\p{L})|niet (?:meer )?verlengen|(?:bestel|koop) (?:hier |bij jullie )?niets? meer`),
];

/** Cancelling an add-on, an option or a newsletter keeps the customer: not churn. */
const PART_OF_SERVICE = /add-?on|bolt-?on|extra|option|newsletter|nieuwsbrief|feature|order|bestelling|afspraak|appointment/iu;

/** "Yes, cancel it." answers an agent's offer to cancel an order: only an opening of assent stands before it. */
const ASSENT = /^(?:\s*(?:yes|yeah|yep|ok|okay|sure|fine|please|alright|ja|oké|oke|prima|graag|goed)[\s,!.]*)+$/iu;

function endsRelationship(text: string) {
  const hit = findTrigger(text, PATTERNS, { unless: PART_OF_SERVICE });
  if (hit && /^cancel it/iu.test(hit.text) && ASSENT.test(text.slice(0, hit.start))) return null;
  // "Ik wil alleen de extra verzekering opzeggen": an add-on named just before the contract word.
  if (hit && /(?:extra|add-?on|bolt-?on|optie|option|aanvullende|dubbele|duplicate|tweede|second|spare|reserve|test)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return null;
  return hit;
}

/** A pause ("tijdens onze vakantie", "temporarily") is not an ending. */
const TEMPORARY = /(?<!\p{L})(?:tijdelijk|temporar(?:y|ily)|tijdens (?:de|onze|mijn|het) (?:vakantie|zomer)|during (?:the|our|my) (?:holiday|holidays|vacation|summer)|while (?:we're|we are|i'm|i am) (?:away|abroad)|zolang (?:we|ik) weg (?:zijn|ben))(?!\p{L})/iu;
/**
 * An ending explained by a life event (moving abroad, a death, no further need) is administration,
 * not a customer lost to dissatisfaction: nothing to escalate while the message is not unhappy.
 */
const LIFE_EVENT = /(?<!\p{L})(?:abroad|overseas|emigrat\w*|emigreer\w*|emigre(?:ren|erd)|buitenland|passed away|deceased|bereavement|overleden|overlijden\w*|no longer (?:need|use)|(?:don't|do not) (?:need|use) (?:it|them|this) any ?more|niet meer nodig|geen gebruik meer)(?!\p{L})|(?<!\p{L})(?:verhuis\w*|moving|relocating) (?:naar|to) (?!(?:een|de|het|a|an|the|another|your) )\p{Lu}/u;
/** A named rival or "another provider" is leaving for a competitor, whatever the reason. */
const TO_A_RIVAL = new RegExp(`another|different|competitor|concurrent|andere?|nieuwe|${BRANDS}`, 'iu');
const UNHAPPY = -0.05;
const ANGRY = -0.25;
/** "Cancel my old contract with BT when I switch", "mijn oude abonnement bij Odido opzeggen": the previous one, not ours now. */
const OLD_CONTRACT = new RegExp(`(?<!\\p{L})(?:old|previous|former|oude|vorige)\\s+(?:\\p{L}+\\s+)?(?:${EN_CONTRACT}|${NL_CONTRACT})(?!\\p{L})`, 'iu');
/**
 * "Would I be able to switch and keep my number?", "is het mogelijk om op te zeggen?": asking what
 * could be done. ("Could you cancel it?", "zou u willen opzeggen?" are polite requests: only the
 * customer's own "would I" asks what could be.)
 */
const WOULD_IT_BE_POSSIBLE = /^(?:would i|could i|is it possible|would it be possible|am i able|is there a way|zou ik|is het mogelijk|is het eventueel mogelijk|kan ik eventueel)(?!\p{L})/iu;
/** "How much notice do I need to give to end my contract?": asking about the terms of leaving is curiosity. */
const NOTICE_TERMS = /(?<!\p{L})(?:notice|opzegtermijn|opzeggingstermijn|opzegkosten|afkoopkosten|(?:cancellation|termination|exit|early termination) fees?|kosteloos|free of charge|without (?:paying )?a fee)(?!\p{L})/iu;
/** "I cancelled my contract with my previous provider to join you": an ending elsewhere that made them our customer. */
const FROM_A_FORMER_PROVIDER = new RegExp(`(?<!\\p{L})(?:(?:with|at|bij) (?:my|our|mijn|onze) (?:previous|old|former|vorige|oude) (?:${EN_KIND}|${NL_KIND})|to (?:join|come to|switch to|move to) you|om (?:bij|naar) (?:jullie|u) (?:te komen|over te stappen))(?!\\p{L})`, 'iu');

/** An ending elsewhere that brought them to us, or of a previous contract (unless said in anger). */
function isNotOurs(text: string, hit: Evidence, sentiment?: number): boolean {
  if (FROM_A_FORMER_PROVIDER.test(text) && !TO_A_RIVAL.test(hit.text)) return true;
  const calm = sentiment === undefined || sentiment > ANGRY;
  return calm && OLD_CONTRACT.test(text.slice(Math.max(0, hit.start - 24), hit.end));
}

/** Asking about the terms of leaving, or what would be possible: not (yet) leaving. */
const isCuriosity = (text: string, hit: Evidence) => isAskedAbout(text, hit, WOULD_IT_BE_POSSIBLE) || (NOTICE_TERMS.test(text) && isAskedAbout(text, hit));

export default defineSignal({
  id: 'churn',
  hint: /kpn|ziggo|odido|t-mobile|vodafone|tele2|simyo|youfone|lebara|proximus|telenet|scarlet|eneco|essent|vattenfall|engie|greenchoice|rabo|abn|bunq|kbc|belfius|triodos|knab|coolblue|amazon|zalando|bol\.com|zoek|ander|vertrek|terug|back to|concurrent|off|another|somewhere|time for|again|anymore|cancel|clos|terminat|end|quit|stop|discontinu|delet|out|switch|mov|go|chang|leav|port|transfer|find|look|found|sign|chose|elsewhere|done|finish|lost|notice|never|renew|competit|opzeg|zeg|beëindig|beeindig|stopzet|ophef|opgeheven|verwijder|sluit|overstap|over|naar|nieuw|klant|klaar|weg|af|verlat|verlaat|kap|ergens|laatste|nooit|verleng|meer/i,
  detect: ({ text, sentiment }) => {
    const hit = endsRelationship(text) ?? findTrigger(text, NEVER_AGAIN, { allowNegated: true });
    if (!hit || isNotOurs(text, hit, sentiment) || isCuriosity(text, hit)) return null;
    if ((sentiment !== undefined && sentiment <= UNHAPPY) || TO_A_RIVAL.test(hit.text)) return hit;
    return LIFE_EVENT.test(text) || TEMPORARY.test(text) ? null : hit;
  },
});
