import { LEADING_GREETING } from './greeting';

/**
 * The canned parts of a reply: what any customer would get whatever they wrote. A draft is
 * personal only through what is left once these are taken out (the domain's "don't sound like
 * a script": a name pasted into a template does not make the template personal).
 */

/** A sentence that opens with a bare plural or verbal noun states a general rule ("Refunds are processed within 14 days", "Retourneren kan binnen 30 dagen"). */
const GENERIC_SENTENCE = /(^|[.!?]\s+)(?:(?:for|with|on|in|at|bij|voor|met|na|op) )?(\p{L}+(?:s|ing|en))((?:\s+[\p{L}\p{N}-]+){0,3}?)\s+(?:are|can|could|must|should|will|may|usually|normally|typically|generally|always|take|need|qualify|have to|worden|kunnen|kan|kunt|kun|moeten|moet|mogen|mag|duren|duurt|zijn|heeft|hebt|krijgt|krijgen|get|gets|normaal|meestal|altijd)\s[^.!?]*[.!?]?/giu;
/** The same with a qualifier before the plural ("Late fees are charged…", "Losse onderdelen worden…"). */
const QUALIFIED_GENERIC_SENTENCE = /(^|[.!?]\s+)(?:(?:for|with|on|in|at|bij|voor|met|na|op) )?(?:(?!(?:your|uw|je|jouw|this|these|that|those|deze|dit|die|dat|i|we|you|they|he|she|it|ik|wij|jij|u|ze|zij|hij|het|er)\s)\p{L}+\s+)(\p{L}+(?:s|ing|en))((?:\s+[\p{L}\p{N}-]+){0,3}?)\s+(?:are|can|could|must|should|will|may|usually|normally|typically|generally|always|take|need|qualify|have to|worden|kunnen|kan|kunt|kun|moeten|moet|mogen|mag|duren|duurt|zijn|heeft|hebt|krijgt|krijgen|get|gets|normaal|meestal|altijd)\s[^.!?]*[.!?]?/giu;
/** Adverbs, pronouns and verbs that end like a plural ("Tomorrow", "This", "Morgen") open no generic statement. */
const NOT_BARE = new Set(
  `this his its is was has does yes thanks thanx cheers sorry always sometimes perhaps unless besides towards thus as us plus anyways
  morgen overmorgen gisteren binnen boven buiten samen tussen tegen even meteen zometeen indien alleen open beneden sinds misschien eens ben heb hebben kunnen zullen willen moeten mogen wanneer mijn`.split(/\s+/),
);

/** "Please see our FAQ", "kijk op onze website": a sentence that sends the customer elsewhere is the stock reply itself. */
const REDIRECT_SENTENCE = /(^|[.!?]\s+)(?:please |kindly |(?:u |je )?(?:kunt|kan) )?(?:see|visit|check|read|consult|refer to|go to|look at|zie|kijk (?:op|in|bij)|bekijk|raadpleeg|lees|ga naar)\s+(?:our|the|onze|de|het)\s+(?:faq|website|site|help ?(?:centre|center|page|pagina)|support page|terms|policy|veelgestelde vragen|klantenservicepagina|voorwaarden|webpagina)[^.!?]*[.!?]?/giu;

/** Formulas that fill a clause of any reply: thanks for the message or the patience, sorry for the inconvenience. */
const STOCK_CLAUSES: readonly RegExp[] = [
  /\b(?:thank you|thanks|many thanks)(?: so much| very much)? for (?:your|contacting|reaching|getting in touch|waiting|bearing|the message|choosing|letting)\b[^,;:.!?]*/giu,
  /(?<!\p{L})(?:hartelijk |heel erg |alvast )?(?:bedankt|dank(?: (?:u|je))?(?: wel)?) voor (?:uw|je|jouw|het|de) (?:bericht|geduld|vraag|e-?mail|mail|reactie|melding|contact|wachten|begrip)(?!\p{L})[^,;:.!?]*/giu,
  /(?<!\p{L})(?:wij|we) danken (?:u|je)(?!\p{L})[^,;:.!?]*/giu,
  // "Sorry for the wait" is said to everyone; "sorry you had to wait so long" is said to this customer.
  /\b(?:sorry|apologies|we apologi[sz]e) for (?:the|your) (?:wait|waiting|delay)\b[^,;:.!?]*/giu,
  /(?<!\p{L})(?:sorry|excuses) voor het wachten(?!\p{L})[^,;:.!?]*/giu,
  /\b(?:we|i) (?:apologi[sz]e|are sorry|'re sorry|regret) for (?:any|the) (?:inconvenience|trouble|delay)[^,;:.!?]*/giu,
  /\b(?:we|wij) (?:understand|begrijpen) (?:your|uw|je) (?:frustration|frustratie|concern|ongenoegen|zorgen)[^,;:.!?]*/giu,
];

/**
 * Sentences that are the script whatever is slotted into them: policy, a corporate "we are sorry
 * to hear", a queue ("registered and handled in order of receipt"), a team that will get back,
 * self-service ("can be found in your account", "via onze website").
 */
const ALWAYS_STOCK_MARKS: readonly RegExp[] = [
  /\b(?:as per|according to|in line with|in accordance with) (?:our|the) (?:policy|policies|terms|conditions|rules)\b/iu,
  /(?<!\p{L})(?:volgens|conform) (?:ons|onze|het|de) (?:beleid|voorwaarden|algemene voorwaarden|regels|reglement)(?!\p{L})/iu,
  // Closing lines: "anything else I can help with?", "don't hesitate to contact us", "have a nice day".
  /\banything else (?:i|we) can\b|\b(?:do not|don't) hesitate\b|\bfurther questions\b|\bhave a (?:nice|great|good|lovely) (?:day|evening|weekend)\b|\bfor more information\b/iu,
  /(?<!\p{L})(?:nog ergens (?:anders )?mee helpen|neem (?:dan )?gerust contact|nog vragen|verdere vragen|meer informatie|(?:nog )?een (?:fijne|prettige) (?:dag|avond|middag|weekend)|voldoende (?:te hebben )?geïnformeerd)(?!\p{L})/iu,
];
/** Stock unless the agent speaks for themselves in the same sentence ("I'm sorry to hear…, I've booked…"). */
const STOCK_SENTENCE_MARKS: readonly RegExp[] = [
  /^(?:we(?:'re| are)? (?:sorry|regret|apologi[sz]e)|we are sorry|het spijt ons|(?:wij|we) betreuren)\b/iu,
  /\b(?:in order of receipt|has been (?:registered|logged)|have been (?:registered|logged)|as soon as possible)\b/iu,
  /(?<!\p{L})(?:in volgorde van binnenkomst|is geregistreerd|zijn geregistreerd|zo (?:spoedig|snel) mogelijk)(?!\p{L})/iu,
  /\b(?:we|wij)(?:'ll| will| shall)? (?:get back to you|contact you|be in touch)\b/iu,
  /(?<!\p{L})(?:wij|we) nemen (?:[\p{L}\d]+ ){0,4}contact (?:met (?:u|je) )?op(?!\p{L})/iu,
  /\bcan be (?:found|downloaded|viewed|changed|managed|submitted)\b/iu,
  /(?<!\p{L})(?:vindt u|vind je|kunt u (?:\p{L}+ ){0,3}(?:vinden|downloaden|bekijken|invullen)|kun je (?:\p{L}+ ){0,3}(?:vinden|downloaden|bekijken|invullen))(?!\p{L})/iu,
  /\b(?:via|on|through|op) (?:our|onze) (?:website|site|app|online form|webshop|portal|portaal|formulier)\b/iu,
  /(?<!\p{L})(?:due to high (?:volumes?|demand)|door (?:de )?drukte|vanwege (?:de )?drukte)(?!\p{L})/iu,
  // Status and service-level lines any ticket gets: "is being processed", "within 5 working days".
  /\b(?:is|are) being (?:processed|handled|reviewed|looked into)\b|\b(?:working|business) days\b/iu,
  /(?<!\p{L})(?:wordt|worden) (?:zo )?(?:verwerkt|behandeld|in behandeling genomen|bekeken|beoordeeld)(?!\p{L})|(?<!\p{L})werkdagen(?!\p{L})|(?<!\p{L})in behandeling(?!\p{L})/iu,
  // Corporate reassurance: "your feedback is important to us", "rest assured", "we are doing everything we can".
  /\b(?:feedback|satisfaction|experience) is (?:important|our (?:top )?priority)\b|\brest assured\b|\bwe are doing (?:everything|all) we can\b|\bwe (?:value|appreciate) your (?:feedback|patience|understanding|business)\b/iu,
  /(?<!\p{L})(?:feedback|tevredenheid) (?:is|staat) (?:belangrijk|voorop)|(?:wij|we) doen (?:er )?(?:alles|ons best)(?!\p{L})/iu,
  // Refusals, hand-offs and receipts in the company's name: "unfortunately we cannot…", "forwarded to the relevant department", "in goede orde ontvangen".
  /\bwe (?:cannot|can't|can not|are unable to|are not able to)\b|\bthis is not possible\b|\b(?:has|have) been (?:received|forwarded|passed on)\b|\b(?:the )?(?:relevant|appropriate|responsible) (?:department|team)\b|\bwe hope (?:this|that this|to have)\b/iu,
  /(?<!\p{L})(?:(?:kunnen|mogen) (?:wij|we)|(?:wij|we) (?:kunnen|mogen)) (?:\p{L}+ ){0,3}?(?:niet|geen)(?!\p{L})|(?<!\p{L})(?:dit|dat|het) is (?:helaas )?niet mogelijk(?!\p{L})|(?<!\p{L})in goede orde ontvangen(?!\p{L})|(?<!\p{L})(?:doorgestuurd|doorgezet|doorgegeven) (?:naar|aan) (?:de|het) (?:betreffende |juiste |verantwoordelijke )?(?:afdeling|team)(?!\p{L})|(?<!\p{L})(?:wij|we) hopen (?:u|je|dat)(?!\p{L})/iu,
  /^(?:we|wij) (?:understand|begrijpen)(?!\p{L})|^(?:we|wij)(?:'ll| will| zullen)? (?:look into|kijken ernaar|gaan ernaar kijken|nemen het in behandeling)\b/iu,
];
/** A team or department that will deal with it ("our developers are aware…"). */
const TEAM = /(?<!\p{L})(?:our|ons|onze) (?:\p{L}+ )?(?:team|department|afdeling|dienst|colleagues|collega'?s|specialists|specialisten|developers|ontwikkelaars|engineers|monteurs|experts)(?!\p{L})/iu;
const FIRST_PERSON = /(?<!\p{L})(?:I|[Ii]k)(?!\p{L})/u;
const SIGN_OFF = /(?:^|[.!?,]\s*)(?:kind |best |warm )?regards\b.*$|(?:^|[.!?,]\s*)met vriendelijke groet(?:en)?\b.*$|(?:^|[.!?,]\s*)(?:vriendelijke )?groet(?:en|jes)?(?:,.*)?$/isu;

/** The draft without its greeting, sign-off, general rules, redirects and stock formulas: what was written for this customer. */
export function ownText(draft: string): string {
  const body = draft.replace(LEADING_GREETING, '').replace(SIGN_OFF, '');
  const withoutRules = body
    .replace(REDIRECT_SENTENCE, (_sentence, lead: string) => lead)
    .replace(GENERIC_SENTENCE, (sentence, lead: string, subject: string) => (NOT_BARE.has(subject.toLowerCase()) ? sentence : lead))
    .replace(QUALIFIED_GENERIC_SENTENCE, (sentence, lead: string, subject: string) => (NOT_BARE.has(subject.toLowerCase()) ? sentence : lead));
  return sentencesOf(withoutRules)
    .filter((s) => !isStockSentence(s))
    .map((s) => STOCK_CLAUSES.reduce((rest, clause) => rest.replace(clause, ''), s))
    .filter((s) => /\p{L}/u.test(s))
    .join(' ');
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter(Boolean);
}

function isStockSentence(sentence: string): boolean {
  if (ALWAYS_STOCK_MARKS.some((mark) => mark.test(sentence))) return true;
  if (FIRST_PERSON.test(sentence)) return false;
  return TEAM.test(sentence) || STOCK_SENTENCE_MARKS.some((mark) => mark.test(sentence));
}

/** A day or an hour ("tomorrow between 8 and 12", "vrijdag", "31 maart"): a commitment to this customer, not a script. */
const CONCRETE_TIME = new RegExp(
  [
    String.raw`(?<!\p{L})(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|vandaag|vanavond|vanmiddag|vanochtend|vannacht|morgen\p{L}*|overmorgen)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\p{L})|(?<!\p{L})(?:maan|dins|woens|donder|vrij|zater|zon)dag(?!\p{L})`,
    String.raw`(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|(?<!\p{L})(?:between|tussen) \d{1,2}(?:[:.]\d{2})? (?:and|en) \d{1,2}(?!\d)|(?<!\d)\d{1,2} ?(?:am|pm|o'clock|uur)(?!\p{L})`,
    String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th|e|ste|de)? (?:of )?(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch)?|maart|apr(?:il)?|may|mei|june?|juni|july?|juli|aug(?:ust|ustus)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\p{L})`,
  ].join('|'),
  'iu',
);
const ADDRESSED = /(?<!\p{L})(?:i|ik|you|your|u|uw|je|jij|jouw)(?!\p{L})/iu;

/** An own sentence that tells this customer or the agent's own action a day or an hour. */
export function hasConcreteCommitment(own: string): boolean {
  return sentencesOf(own).some((s) => CONCRETE_TIME.test(s) && ADDRESSED.test(s));
}
