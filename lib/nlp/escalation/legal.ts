import { defineSignal } from './define-signal';
import { findTrigger, gap, isAskedAbout, words } from './find-trigger';

/**
 * Legal threats. "claim" alone is not one: a warranty claim or a claim form for a lost
 * parcel is ordinary service, so only claims for damages or against the company count.
 * Regulators and ombudsmen count when the customer turns to them, not when asking about them.
 */
const EN_PERSON = '(?:lawyers?|attorneys?|solicitors?|legal (?:team|counsel|representative|advis[eo]r|department)|barrister)';
const NL_PERSON = '(?:advocaat|advocaten|jurist|juristen|advocatenkantoor|rechtsbijstand\\w*|raadsman)';
const EN_BODY = '(?:ombudsman|financial ombudsman|trading standards|ofcom|ofgem|fca|ico|regulator|the authorities|police|consumer (?:protection|rights|affairs)(?: \\w+)?|consumer (?:association|authority|organi[sz]ation|watchdog)|data protection (?:authority|commissioner|officer)|better business bureau|bbb|acm|small claims|courts?|judge)';
const NL_BODY = '(?:ombudsman\\w*|geschillencommissie\\w*|stichting geschillencommissies|acm|autoriteit consument(?: en markt)?|autoriteit persoonsgegevens|consumentenbond|kifid|toezichthouder|afm|politie|test-?aankoop|fod economie|kantonrechter|rechter|rechtbank|ombudsdienst)';

const PATTERNS = [
  words(
    [
      `(?:with|to|via|through) (?:my|our) ${EN_PERSON}|(?:my|our) ${EN_PERSON} (?:will|is going to|'ll|would|shall|has been|has|says|said|advised|is (?:already |now |currently )?(?:involved|aware|on it|drafting|preparing|looking|handling|dealing|ready)|on standby)`,
      `(?:call|contact|hire|consult|involve|get|speak(?:ing)? to|talk(?:ing)? to|hear(?:ing)? from|calling|contacting|hiring|consulting|involving|getting|letter from|through|called|contacted|hired|consulted|involved|spoken to|spoke to|talked to|have|got|retained|instruct(?:ed|ing)?|engag(?:ed|ing)|brief(?:ed|ing)?|see|seeing|sought|seeking|asked) (?:a |my |our |the |with (?:a |my )?)?${EN_PERSON}`,
      `(?:report(?:ing|ed)?|complain(?:ing|ed)?|go(?:ing)?|take|taking|escalat(?:e|ing)|contact(?:ing)?|fil(?:e|ing)|lodg(?:e|ing)|writ(?:e|ing)|turn(?:ing)?|submit(?:ting)?|refer(?:ring)?|notify(?:ing)?|inform(?:ing)?)${gap(4)}(?:to|with|at) (?:the |my |a )?${EN_BODY}`,
      `(?:contact(?:ing)?|call(?:ing)?|involv(?:e|ing)|alert(?:ing)?) (?:the |my )?${EN_BODY}|police report|report (?:you|this|it) to`,
      `(?:see|meet) you in (?:small claims )?court|in (?:the )?(?:small claims )?court|(?:legally|wettelijk) (?:obliged|required|bound|verplicht)|(?:to|into|through|via|before) (?:the |a )?(?:small claims )?courts?(?! (?:date|shop|case number))|court (?:case|action|summons|order)|lawsuits?|litigation|summons|subpoena|cease and desist|letter before action|formal notice|legal(?:ly)? (?:action|steps|proceedings|advice|route|measures|means|recourse)|legal(?:ly)? (?:responsible|liable|accountable)`,
      `(?:sue|suing)(?: you| your| them| the company| over| for|$)|(?:i will|i'll|going to|gonna|will|i) sue|hold (?:you|your (?:company|firm|business)|the company)${gap(1)}(?:liable|responsible|accountable)|(?:you are|you're|you will be|you'll be) (?:legally |fully |held )?(?:liable|responsible for (?:the|all|any) (?:damage|costs|losses))`,
      `(?:i will|i'll|i am going to|i'm going to|going to|i want to|i intend to|i demand)${gap(1)}(?:claim|seek|recover) (?:full )?(?:damages|compensation) (?:for|from)|(?:claim|claiming|seek|seeking|sue for|demand|demanding|recover|recovering) (?:for |full )?(?:damages|compensation through|compensation in court)|damages claim|(?:legal|formal) claim against|claim against (?:you|your company)|breach of contract|in breach of|against (?:the |consumer |eu |european )?(?:law|regulations)|(?:complaint|complain|report)${gap(3)}(?:to|with) (?:the |a )?(?:regulator|ombudsman|authorities)|(?:schade|kosten|bedrag)${gap(8)}(?:ga ik |zal ik |)verhalen|(?:fil(?:e|ing)|lodg(?:e|ing)|submit(?:ting)?|put(?:ting)? in|mak(?:e|ing)) (?:a |my )?claim${gap(1)}(?:for|against|over) (?:the )?(?:damage|damages|losses|injury|compensation|costs)|(?:this|that|it|what you did) is (?:illegal|unlawful|fraud|against the law)|(?:illegal|unlawful) (?:practice|charge|debit)`,
    ].join('|'),
  ),
  words(
    [
      `(?:in strijd met|tegen) de wet|(?:procedure|zaak|rechtszaak)${gap(1)}tegen (?:jullie|u|je)|(?:laat|laten) (?:mijn|onze|een) ${NL_PERSON}|(?:mijn|onze) ${NL_PERSON} (?:neemt|zal|gaat|komt|stuurt|belt|heeft(?=${gap(5)}(?:gestuurd|opgesteld|geadviseerd|gezegd|laten weten|bekeken|ingediend|aangeraden|geschreven|ingeschakeld|gebeld|gemaild|contact|een brief|het dossier))|is (?:al |er ?al |ermee |er )?(?:ingeschakeld|op de hoogte|bezig|betrokken|erbij betrokken|geïnformeerd|ingelicht|aan het)|kijkt|pakt|weet)`,
      `${NL_PERSON}${gap(3)}(?:inschakelen|ingeschakeld|in de arm|bellen|raadplegen|geraadpleegd|bijhalen|oppakken|ernaar kijken)`,
      `(?:inschakelen|schakel|neem|bel|raadpleeg|(?<!(?:kantoor|adres|naam|nummer|gegevens|secretaresse) )(?:van|via|aan|naar|bij|met))${gap(2)}(?:een |mijn |onze |de )?${NL_PERSON}`,
      `(?:naar|bij|aan|via|inschakelen|schakel|voor)${gap(1)}(?:de |het |een )?${NL_BODY}|${NL_BODY}${gap(2)}(?:inschakelen|ingeschakeld|melden|voorleggen|voorgelegd|stappen|aanspannen)`,
      `rechtbank|rechtszaak|rechtzaak|aanklagen|aanklacht|procederen|(?:procedure|zaak) (?:starten|beginnen|aanspannen|aangespannen)|(?:juridische|gerechtelijke) (?:stappen|actie|weg|hulp|procedure|maatregelen)|juridisch|aansprakelijk|ingebrekestelling|in gebreke (?:stellen|gesteld)|dagvaard(?:en|ing|t)?|schadeclaim|schadevergoeding (?:eisen|vorderen|claimen)|(?:ik )?(?:eis|vorder|claim)${gap(1)}(?:een |volledige )?schadevergoeding|claim${gap(3)}tegen (?:jullie|u|je)`,
      `(?:doe|doen|gedaan|ga)${gap(2)}aangifte|aangifte (?:doen|gedaan|tegen)|incassobureau|deurwaarder|(?:das|arag) (?:ingeschakeld|inschakelen)|(?:houd|hou|stel)${gap(2)}(?:verantwoordelijk|aansprakelijk)|contractbreuk|(?:dit|dat|het) is (?:illegaal|onrechtmatig|strafbaar|fraude)`,
    ].join('|'),
  ),
];

/** A legal notion asked about ("who is liable if…?", "wie is aansprakelijk als…?") is a question, not a threat. */
const LEGAL_CONCEPT = /^(?:aansprakelijk|juridisch|legal(?:ly)? (?:responsible|liable|accountable)|(?:legally|wettelijk) (?:obliged|required|bound|verplicht))$/iu;
/** A theft reported to the police is against the thief: nothing to escalate about us unless we are the ones reported. */
const POLICE = /police|politie|aangifte/iu;
const THEFT = /(?<!\p{L})(?:stolen|stole|theft|thief|thieves|burglary|break-in|broken into|gestolen|diefstal|dief|dieven|inbraak|ingebroken|gejat|gepikt)(?!\p{L})/iu;
const AGAINST_US = /(?<!\p{L})(?:you|your|jullie|u|uw)(?!\p{L})/iu;
/** "Your courier stole it": the theft is ours after all. */
const OUR_PEOPLE = /(?<!\p{L})(?:your|jullie|uw) (?:courier|driver|delivery (?:guy|man|driver)|employees?|staff|engineer|technician|bezorger|chauffeur|medewerkers?|koerier|monteur)(?!\p{L})/iu;

/** "Send the invoice to our legal department for their records": paperwork for the customer's own files, not a threat. */
const FOR_THE_RECORDS = /^[^.!?]*?(?<!\p{L})(?:for (?:their|our|the|my|your) (?:records|files|administration|bookkeeping|accounts)|voor (?:de|hun|onze|mijn) (?:administratie|boekhouding|dossiers?))(?!\p{L})/iu;

export default defineSignal({
  id: 'legal',
  hint: /regulator|verhalen|wet|law|procedure|legally|wettelijk|lawyer|autoriteit|persoonsgegevens|ombudsdienst|kantonrechter|geschil|attorney|solicitor|barrister|legal|lawsuit|litigat|court|sue|suing|liab|responsib|accountab|claim|damages|ombudsman|trading standards|ofcom|ofgem|fca|ico|regulator|authorit|police|consumer|protection|bureau|bbb|acm|summons|subpoena|cease|notice|breach|illegal|unlawful|fraud|against the law|advoca|jurist|rechtsbijstand|raadsman|rechte|rechtb|rechtsz|rechtz|aankla|proced|zaak|juridisch|gerechtelijk|aansprakelijk|verantwoordelijk|gebreke|dagvaard|geschillen|schade|consumentenbond|kifid|toezicht|afm|politie|aankoop|fod|ombuds|aangifte|incasso|deurwaarder|das |arag|contractbreuk|illegaal|onrechtmatig|strafbaar|fraude/i,
  detect: ({ text }) => {
    const hit = findTrigger(text, PATTERNS);
    if (!hit || FOR_THE_RECORDS.test(text.slice(hit.end))) return null;
    if (LEGAL_CONCEPT.test(hit.text) && isAskedAbout(text, hit)) return null;
    return POLICE.test(hit.text) && THEFT.test(text) && !AGAINST_US.test(hit.text) && !OUR_PEOPLE.test(text) ? null : hit;
  },
});
