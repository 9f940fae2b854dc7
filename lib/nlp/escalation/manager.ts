import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_BOSS = `(?:managers?|supervisors?|superiors?|boss|team ?lead(?:er)?|management|head of (?:the )?(?:customer (?:service|support|care)|support|complaints|department|this department)|(?:person|someone|somebody|anyone) in charge|senior (?:agent|member|person|staff|colleague|manager|employee)|(?:someone|somebody|anyone) (?:more )?senior|(?:someone|somebody|anyone) more (?:experienced|qualified|competent)|(?:someone|somebody|anyone) (?:higher up|with (?:more )?authority|who (?:actually |really )?(?:has|have) (?:the |more |some )?(?:authority|power|say)|who can (?:actually |really )?(?:make (?:a |the )?decisions?|decide|do something|authori[sz]e|approve|sign off))|whoever (?:runs|manages|is in charge of|is responsible for) (?:this|the|your)|whoever(?:'s| is) in charge(?! of (?!(?:this|it|here)(?![\\p{L}]))))`;
const NL_BOSS = `(?:manager|leidinggevende|supervisor|chef|baas|teamleider|teamleidster|teamlead|meerdere|management|directie|directeur|(?:hoofd)?verantwoordelijke|hoofd (?:van )?(?:de )?(?:klantenservice|afdeling|klantendienst)|senior medewerker|iemand (?:hoger|hogerop|boven (?:u|je|jou)|met meer (?:bevoegdheid|bevoegdheden|zeggenschap|macht)|die (?:er |hier )?(?:wat|iets) (?:over )?te zeggen heeft|die (?:echt |w[eé]l |ook )?(?:een )?(?:beslissingen|besluiten|beslissing|besluit) (?:mag|kan) nemen|die (?:echt |w[eé]l |ook )?(?:iets |wat )?(?:mag|kan) (?:beslissen|besluiten)|die (?:echt |w[eé]l |tenminste )(?:iets |wat )?(?:mag|kan) (?:doen|regelen)|met de leiding)|(?:iemand|degene)(?: te spreken| spreken)? die (?:(?:hier|daar|er) ?)?over (?:gaat|beslist)|(?:iemand|degene)(?: te spreken| spreken)? die (?:hier )?de leiding heeft|(?:iemand|degene)(?: te spreken| spreken)? die (?:er |hier )?(?:wat|iets) (?:over )?te zeggen heeft)`;
/** Someone else's boss ("my manager", "our team lead", "the store manager") is not ours being asked for. */
const NOT_OURS = `(?<!(?<![\\p{L}'])(?:my|our|his|her|their|account|store|shop|project|office|property|product|fleet|mijn|onze|zijn|haar|hun|m'n) )`;
const EN_ASK = `(?:want|wanna|need|demand|ask(?:ing|ed)?(?: for)?|insist(?:ing)? on|get|give|put|pass|hand|transfer|connect|speak|speaking|talk|talking|chat|forward|send|escalate|let me|can i|could i|may i|is there|are there|who is|who's|call me|look at|review|involve|bring|fetch|request(?:ing)?|i'd like|i would like|have|go up to|goes up to|passed (?:on )?to|pass (?:it|this) (?:on |up )?to)`;
const NL_ASK = `(?:wil|wilt|eis|vraag|graag|mag|kan|kun|kunt|zou|spreken|praten|doorverbinden|doorverbonden|verbind|verbindt|zet|stuur|haal|geef|breng|laat|bel|bellen|kijken|contact|naar|met|wie|is er|erbij)`;

/** Asking for our manager: a request ("can I", "I want", "mag ik") that names someone above the agent. */
const PATTERNS = [
  words(`${EN_ASK}${gap(5)}${NOT_OURS}${EN_BOSS}|your (?:managers?|supervisors?|superiors?|boss|team ?lead(?:er)?)|${NOT_OURS}${EN_BOSS}${gap(2)}(?:look at|call me|contact me|review|check|get back|call back|ring me|deal with|take over|handle)|(?:a|the|your|any) (?:manager|supervisor|team ?lead(?:er)?) (?:look at|call me|contact me|review|check|get back|call back|ring me|deal with)|who(?:'s| is) in charge(?! of (?!(?:this|it|here)(?![\\p{L}])))|(?:anyone|someone|somebody) (?:above|over|higher than) you|someone higher up|(?:the )?person responsible(?! for (?!(?:this|it|that|what)(?![\\p{L}])))|whoever is responsible(?! for (?!(?:this|it|that|what)(?![\\p{L}])))|(?:who|whom)${gap(4)}above (?:you|u)|wie${gap(3)}boven (?:u|je|jou)|(?:needs? to|has to|must|should|have to) go higher|(?:take|escalate) (?:this|it) higher|(?:anyone|someone|somebody) else${gap(2)}(?:talk|speak) (?:to|with)|(?:put|get) (?:someone|somebody|anyone) else on(?= *(?:[.!,;]|$| the| now| please))|(?:get|give|find|fetch|put) me (?:someone|somebody) (?:else|who can(?: actually| really)?(?: help)?)(?= *(?:[.!,;]|$))|escalat(?:e|ed|ing|ion)(?! (?:the |its |my |this )?(?:\\w+ )?(?:priority|urgency|speed))`),
  words(`${NL_ASK}${gap(5)}${NOT_OURS}${NL_BOSS}|(?:uw|je|jouw) (?:manager|leidinggevende|supervisor|chef|baas|teamleider|meerdere)|(?:een|de|uw|je) (?:manager|leidinggevende|teamleider) (?:mij |me )?(?:terugbellen|bellen|laten bellen|kijken|contact)|wie is (?:hier )?(?:de baas|verantwoordelijk)(?! voor)|(?:iemand|een) (?:boven|hoger dan) (?:u|je|jou)|iemand anders${gap(4)}(?:praten|spreken)|(?:geef|haal|zoek) (?:me|mij) (?:dan )?(?:maar )?iemand anders|hogerhand|hogerop|escaleren|escaleer|geëscaleerd|geescaleerd`),
];

/** "Tell your manager you did a great job", "zeg tegen uw leidinggevende dat u goed hielp": praise passed on, not a request. */
const PRAISE_PASSED_ON = /(?<!\p{L})(?:tell|let|zeg(?: het| maar)?(?: ook)? tegen|laat)\s+(?:your|uw|je|jouw)\s+(?:manager|supervisor|boss|team ?lead(?:er)?|leidinggevende|baas|chef|teamleider)/iu;
/** Someone else's boss, named by place: "the manager of the shop in Leiden", "de manager van de winkel". */
const OTHER_PLACE = /^(?:'s \p{L}+(?: \p{L}+)?)?\s+(?:of|at|van|bij) (?:the|your|de|het|jullie|uw) (?:\p{L}+ )?(?:shop|store|branch|outlet|winkel|filiaal|vestiging|zaak)(?!\p{L})/iu;
const PLEASED = 0.05;
/** "Laat die manager maar, …": "laat ... maar" at the end of its clause waves the request away ("laat uw manager maar bellen" asks). */
const NEVER_MIND = /^\s+maar\s*(?:[,.!;]|$)/iu;

export default defineSignal({
  id: 'manager',
  hint: /go up|pass|experienced|qualified|competent|authori|approve|sign off|someone|somebody|iemand|whoever|runs|power|say|gaat|regelen|doen|responsible|above|boven|else|anders|hoofd|leiding|manag|supervis|superior|boss|lead|head of|charge|senior|higher|authority|decide|decision|above|escalat|leidinggev|chef|baas|teamleid|meerdere|directie|directeur|verantwoordelijk|hoger|boven|bevoegd|zeggenschap|macht|te zeggen|beslis|besluit|escal|geëscal/i,
  detect: ({ text, sentiment }) => {
    if (sentiment !== undefined && sentiment > PLEASED && PRAISE_PASSED_ON.test(text)) return null;
    const hit = findTrigger(text, PATTERNS);
    if (hit && /^laat(?!\p{L})/iu.test(hit.text) && NEVER_MIND.test(text.slice(hit.end))) return null;
    return hit && OTHER_PLACE.test(text.slice(hit.end)) ? null : hit;
  },
});
