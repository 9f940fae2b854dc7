import type { Evidence } from '../types';
import { defineSignal } from './define-signal';
import { findTrigger, gap, isAskedAbout, words } from './find-trigger';

const EN_BODY = '(?:hands?|fingers?|arms?|legs?|face|skin|mouth|tongue|foot|feet|back|head|eyes?|lips?|knees?|wrists?|ankles?|neck|chest|thumb)';
const EN_WHO = '(?:my|his|her|their|our|a|the)';
const EN_KID = '(?:baby|child|children|kids?|son|daughter|toddler|infant|newborn)';
const EN_FOOD = '(?:(?:baby )?bottles?|formula|teats?|dummy|food|meal|drink|soup|salad|bread|sandwich|pizza|yogh?urt|jar|can|baby food|dish|burger|cereal|milk|juice|chocolate)';
/** Being ill is a report about the product only with its cause ("sick all night after eating it"); "my daughter is sick so..." is not. */
const ILLNESS_CAUSE = '(?: [^\\s.!?,;]+){0,4}? (?:after|from|because of|since (?:eating|drinking|using|taking))(?![\\p{L}])';
/** Care one is taken to ("moest naar de eerste hulp", "ligt in het ziekenhuis door..."): a visit for a checkup reports nothing. */
const NL_CARE = '(?:naar |in )?(?:het |de )?(?:ziekenhuis|eerste hulp|spoedeisende hulp|huisartsenpost)';
const NL_ILLNESS_CAUSE = '(?: [^\\s.!?,;]+){0,4}? (?:door|na|vanwege|sinds|omdat)(?![\\p{L}])';
const NL_BODY = '(?:hand|handen|vinger|vingers|arm|armen|been|benen|gezicht|huid|mond|tong|voet|voeten|rug|hoofd|oog|ogen|lip|knie|pols|enkel|nek|duim)';
const NL_KID = '(?:baby|kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|peuter)';
const NL_FOOD = '(?:babyfles|fles|flesje|flesvoeding|speen|eten|maaltijd|product|drinken|soep|brood|potje|babyvoeding|salade|gerecht|pizza|yoghurt|melk|sap|vlees)';

/**
 * Safety and health risks: fire, smoke, shocks, injuries, illness, failing protective parts.
 * Products named after a hazard ("smoke detector", "fire extinguisher", "rookmelder") and
 * figures of speech ("hurt my feelings", "I got a shock when I saw the price") are not reports.
 */
const PATTERNS = [
  words(
    [
      `caught fire|on fire|in flames|burst into flames|fire hazard|started a fire|set fire|(?:smoke|sparks?|flames?) (?:came|coming|come|poured|pouring|flew|flying|shot)(?: out| from)?|(?:started|began|keeps?|was|is|it's|kept) (?:to )?(?:smok(?:e|ing)|spark(?:s|ing)?)|sparked|sparking|smoking (?:plug|socket|cable|charger|device)`,
      `smell(?:s|ed|ing)? (?:of |like )?(?:burning|smoke|gas|burnt|melting)|burning (?:smell|plastic|odou?r)|smell gas|gas (?:leak|smell)|leak(?:s|ing)? gas|gas is leaking|carbon monoxide|scorch(?:ed|ing|es)?|scorch marks?|black(?:ened)? marks?(?! on (?:the |my |a )?(?:screen|display|monitor|tv|lcd|panel|lens|fabric|shirt|sofa|carpet))`,
      `explo(?:ded|sion|de|des)|overheat(?:ed|ing|s)?|melted|melting|(?:swell\\w*|swollen|bulg\\w*|puff\\w* up)|(?:got|get|getting|gave (?:me|him|her)) (?:a |an )?(?:electric(?:al)? |nasty |small |big )?shock|electric(?:al)? shock|electrocut\\w*`,
      `(?:burn\\w*|cut|injur\\w*|hurt|scald\\w*|bruis\\w*|broke|broken|fractur\\w*|sprain\\w*|gash\\w*|sliced) ${EN_WHO} ${EN_BODY}|(?:burn(?:ed|t)|injured|hurt|scalded|cut) (?:me|myself|him|her|himself|herself|themselves|us|the kids?|my ${EN_KID})(?! feelings)|(?:was|were|got|been|is|are|get) (?:badly |seriously |severely )?(?:injured|hurt|burned|burnt|electrocuted|scalded)(?! feelings)|injur(?:y|ies)|bleeding|bled|stitches|concussion|wound`,
      `(?:ended up|taken|went|rushed|admitted|go|had to go) (?:to |in |into )?(?:the |a )?(?:hospital|emergency room|a&e|er)|in hospital(?=${ILLNESS_CAUSE})|emergency room|ambulance|allergic reaction|anaphyla\\w*|rash|hives|blisters|food poisoning|poison(?:ed|ing|ous)|chok(?:e|ed|ing)|swallow(?:ed|s)|toxic|fumes`,
      `(?:got|get|getting|became|become|fell|all) (?:really |very |violently |so |seriously )?(?:sick|ill|unwell|nauseous)(?! (?:of|and tired))|(?:been|were|was|is|are|am|i'm|feel|felt|feeling) (?:really |very |violently |so |seriously )?(?:sick|ill|unwell|nauseous)(?=${ILLNESS_CAUSE})|(?:made|making) (?:me|us|him|her|them|(?:my|our) (?:whole |entire )?\\w+) (?:sick|ill)|vomit\\w*|threw up|throwing up|diarrh?o?ea|ill after`,
      `(?:pieces?|bits?|shards?|splinters?) of (?:glass|metal|plastic|wire)|sharp (?:edges?|points?|bits)|dangerous|unsafe|not safe|hazard(?:ous)?(?! (?:warning )?lights?)|safety (?:hazard|risk|issue|problem)|health (?:hazard|risk)|risk of (?:fire|injury|electrocution|shock)|(?:exposed|bare|loose|live) wires?|wires? (?:exposed|sticking out|hanging out)|wrong (?:dosage|dose|medication|medicine|pills?)|overdose`,
      `(?:glass|metal|plastic|a piece of \\w+|hair|insects?|bugs?|mou?ld|maggots?|a screw|a needle) (?:in|inside) (?:the|my|our|a) ${EN_FOOD}|mou?ldy ${EN_FOOD}`,
      `(?:brakes?|steering|buckle|strap|harness|seat ?belt|latch|ladder|chair|frame|helmet|wheel|pram|stroller|car seat|high ?chair|cot|crib|gate)${gap(3)}(?:failed|fail|snapped|broke|collapsed|gave way|came off|cracked|folded|gave out|shattered)|(?:collapsed|folded(?: up)?|tipped over|fell over|gave way)${gap(3)}${EN_KID}|(?:and|then) (?:i|he|she|we|they|my ${EN_KID}) (?:fell|crashed|was thrown|came off)|${EN_KID} (?:fell|fell off|fell out|nearly fell)(?! (?:asleep|in love|for))`,
      `(?:someone|somebody|a child|kids?|children|people) (?:will|could|can|might|is going to) (?:get )?(?:hurt|burned|burnt|injured|electrocuted|killed|die)|shattered${gap(4)}(?:cut|hand|glass)|water${gap(4)}(?:sockets?|outlets?|electrics|wiring|fuse ?box)|(?:smoke|carbon monoxide|co) (?:alarm|detector)${gap(1)}(?:went off|goes off|keeps going off|is going off|is beeping)`,
    ].join('|'),
  ),
  words(
    [
      `(?:vlam|vuur) gevat|vatte (?:vlam|vuur)|vat (?:vlam|vuur)|in brand(?![\\s-]+new)|in de fik|brand (?:ontstaan|veroorzaakt|gevaar)|brandgevaar|rook (?:kwam|komt|uit)|(?:begon|begint|staat|stond) te (?:roken|vonken|smeulen)|vonken|vonk|smeul\\w*|ontplof(?:t|fen|te)?|explodeerde|oververhit|gesmolten|smolt|doorgebrand|zwartgeblakerd|schroeiplek\\w*|verschroeid|brandlucht|brandgeur|ruikt naar (?:brand|plastic|verbrand|gas|rook)|ruik gas|gaslucht|gas lekt|lekt gas|gaslek|koolmonoxide`,
      `(?:stroom|elektrische) ?schok|schok gekregen|kreeg (?:een )?schok|onder stroom|geëlektrocuteerd|(?:accu|batterij)${gap(3)}(?:opgezwollen|opgezet|zwelt|zwol|bol|uitgezet|lekt|heet)|opgezwollen (?:accu|batterij)`,
      `(?:heeft|hebben|had|heb|ben) (?:zich |me |mij )?(?:gebrand|verbrand|gesneden|bezeerd|pijn gedaan|verwond)|zich (?:branden|verbranden|snijden|bezeren)|brandwond\\w*|${NL_BODY}${gap(2)}(?:gebrand|verbrand|brandde|opengehaald|gesneden|bezeerd|gebroken|verwond)|brandde${gap(2)}(?:mijn|zijn|haar)|bezeerd|gewond|verwond|letsel|gehecht|hechtingen|hersenschudding`,
      `(?:moest(?:en)?|belandd?e?n?|beland|opgenomen|gebracht|afgevoerd|terechtgekomen|gereden|gegaan)${gap(3)}${NL_CARE}|${NL_CARE}${gap(2)}(?:beland|belandde|belandden|opgenomen|gebracht|afgevoerd|terechtgekomen|gegaan|moeten)|${NL_CARE}(?=${NL_ILLNESS_CAUSE})|ambulance|allergische reactie|allergisch gereageerd|reageerde${gap(1)}allergisch|huiduitslag|kreeg${gap(2)}uitslag|uitslag (?:gekregen|van de|door)|blaren|vergiftig(?:d|ing)|voedselvergiftig(?:d|ing)|verslikt\\w*|verslikte|ingeslikt|doorgeslikt|stikken|verstikking|giftig|bloedde|bloeden|bloedt`,
      `(?:werd|werden|word|wordt|is|zijn)${gap(1)}ziek (?:van|na|door)|ziek (?:geworden|na)|(?:bedorven|gegeten|eten|voer)${gap(6)}(?:ziek|misselijk)|misselijk geworden|overgeven|overgegeven|diarree|braken`,
      `(?:oplader|stekker|kabel|apparaat|lader|accu|batterij|adapter|stopcontact|snoer|kachel|ketel|router|laptop|telefoon|lamp|föhn|fohn|magnetron|oven|waterkoker)${gap(2)}(?:rookt|rookte|smeult|smeulde|vonkt|vonkte|smelt|smolt)|(?:sneed|brandde|verbrandde|bezeerde|verwondde)${gap(2)}(?:mijn|zijn|haar|hun|z'n|m'n) ${NL_BODY}|(?:frame|stuur|vork|rem|remmen|helm|gesp|zadelpen)${gap(4)}(?:scheurde|brak|knapte|afbrak|gescheurd|gebroken)${gap(3)}(?:tijdens|onder|bij) (?:het )?(?:fietsen|rijden|gebruik|sporten)|(?:glas|ruit|ovendeur|glazen)${gap(4)}(?:gesprongen|ontploft|versplinterd|uit elkaar gespat)|(?:ladder|stoel|kinderstoel|box|bed|kast|trap|tafel)${gap(1)}(?:klapte|zakte|stortte)${gap(2)}in(?!\\p{L})|scherpe (?:randen|rand|punten|uitsteeksels)|opengehaald|gevaarlijk|levensgevaarlijk|onveilig|niet veilig|gevaar|(?:kale|losse|blote) (?:draad|draden|bedrading)|verkeerde (?:dosering|dosis|medicijnen|medicatie)|overdosis`,
      `(?:glas|metaal|plastic|een stuk \\w+|haar|insect\\w*|beestje\\w*|schimmel|een schroef|een naald) in (?:het|mijn|de|ons|een) ${NL_FOOD}|beschimmeld\\w* ${NL_FOOD}`,
      `(?:helm|rem|remmen|gordel|riem|gesp|ladder|stoel|kinderzitje|autostoeltje|kinderwagen|buggy|kinderstoel|box|traphekje)${gap(3)}(?:brak|brak af|knapte|faalde|klapte in|begaf|bezweek|gebroken|ingeklapt|viel)|(?:klapte|klapt|ingeklapt|zakte|brak|knapte)${gap(4)}${NL_KID}|${NL_KID}${gap(3)}(?:viel|gevallen)|(?:ik ben|en ik ben|ben ik) gevallen|bijna (?:aangereden|verongelukt|gevallen)|aangereden`,
      `(?:iemand|een kind|kinderen|mensen)${gap(2)}(?:gaat|zal|kan|kunnen)${gap(2)}(?:zich )?(?:branden|verbranden|bezeren|gewond|elektrocuteren)|water${gap(4)}(?:stopcontact|stopcontacten|meterkast|bedrading)|(?:rookmelder|koolmonoxidemelder|co-melder|gasmelder)${gap(1)}(?:gaat|ging|slaat|sloeg)${gap(2)}(?:af|alarm)(?!\\p{L})`,
    ].join('|'),
  ),
];

/** Brakes that "did not work" are the report itself: these carry their own negation. */
const FAILED = [words(`(?:brakes?|steering|airbag)${gap(1)}(?:did not|didn't|do not|don't) work|(?:remmen|rem|stuur|airbag)${gap(1)}(?:werkten|werkte|werkt|werken) niet`)];

const PRODUCT_NAMES = /^\s?(?:detector|alarm|extinguisher|blanket|protection|cut-?off|sensor|melder|blusser|deken|beveiliging|bescherming)/iu;
/** "I got a shock when I saw the price", "the show was fire": surprise and slang, not harm. */
const FIGURATIVE = /shock (?:when (?:i|we) (?:saw|read|looked|heard|opened the bill)|at the|to see|seeing)|schrok|sparked (?:an? |the )?(?:\p{L}+ )?(?:argument|debate|discussion|fight|row|conversation|interest|idea)/iu;
/** What the hazard word is said of: "my inbox exploded", "your service is toxic", "the ice cream had melted" harm no one. */
const HARMLESS_SUBJECT = /(?<!\p{L})(?:inbox|mailbox|e-?mails?|notifications?|prices?|costs?|bill|kosten|prijs|prijzen|rekening|head|hoofd|(?:customer )?service|company|staff|attitude|culture|support|team|bedrijf|klantenservice|houding|ice ?cream|ijs|ijstaart|chocola(?:te)?|butter|boter|cheese|kaas|candle|kaars|snow|sneeuw)(?!\p{L})[^.!?\n]{0,24}$/iu;
const SUBJECT_MATTERS = /^(?:explo|melt|gesmolt|smolt|toxic|giftig|dangerous|gevaarlijk)/iu;

export default defineSignal({
  id: 'safety',
  hint: /vuur|rookt|rookte|vonkt|sneed|shard|splinter|scheurde|gescheurd|frame|gesprongen|versplinterd|opengehaald|scherp|sharp|klapte|fire|flame|smok|spark|burn|smell|gas|monoxide|scorch|black|explo|overheat|melt|swell|swollen|bulg|puff|shock|electr|injur|hurt|cut|scald|bruis|broke|fractur|sprain|gash|slic|bleed|bled|stitch|concuss|wound|hospital|emergency|a&e|ambulance|allerg|anaphyla|rash|hives|blister|poison|chok|swallow|toxic|fume|sick|ill|unwell|nause|vomit|threw up|throwing up|diarr|danger|safe|hazard|risk|wire|dos|glass|metal|glas|stuk|plastic|piece|hair|insect|bug|mou?ld|maggot|screw|needle|brake|steering|buckle|strap|harness|belt|latch|ladder|chair|frame|helmet|wheel|pram|stroller|seat|cot|crib|gate|collaps|fold|tipped|fell|someone|somebody|child|kid|people|water|alarm|detector|airbag|vlam|brand|fik|rook|roken|vonk|smeul|ontplof|oververhit|gesmolt|smolt|geblakerd|schroei|verschroeid|ruik|gaslucht|lekt|gaslek|schok|stroom|elektrocut|accu|batterij|opgezwollen|gesneden|bezeerd|pijn|verwond|gewond|letsel|gehecht|hechting|hersenschudding|ziekenhuis|eerste hulp|spoed|huisarts|uitslag|blaren|vergiftig|verslik|ingeslikt|doorgeslikt|stik|giftig|bloed|ziek|misselijk|overgeven|overgegeven|diarree|braken|gevaar|veilig|draad|bedrading|medicijn|medicatie|schimmel|beestje|naald|schroef|helm|rem|gordel|riem|gesp|ladder|stoel|zitje|kinderwagen|buggy|box|traphek|klapte|ingeklapt|zakte|knapte|gevallen|viel|aangereden|verongelukt|iemand|kind|mensen|stopcontact|meterkast|melder|stuur/i,
  detect: ({ text }) => {
    const hit = findTrigger(text, PATTERNS) ?? findTrigger(text, FAILED, { allowNegated: true });
    if (!hit) return null;
    if (FIGURATIVE.test(text.slice(hit.start, hit.end + 30)) || isAdviceQuestion(text, hit)) return null;
    if (SUBJECT_MATTERS.test(hit.text) && HARMLESS_SUBJECT.test(text.slice(Math.max(0, hit.start - 40), hit.start))) return null;
    return PRODUCT_NAMES.test(text.slice(hit.end, hit.end + 16)) ? findAfter(text, hit.end) : hit;
  },
});

/** A hazard named as a quality ("dangerous", "giftig"), not as something that happened. */
const HAZARD_QUALITY = /^(?:dangerous|unsafe|not safe|hazard(?:ous)?|toxic|poisonous|(?:safety|health) (?:hazard|risk)|fire hazard|(?:levens)?gevaarlijk|onveilig|niet veilig|giftig|brandgevaar|gevaar)$/iu;
/** "Is it dangerous to leave it plugged in?", "Is dit giftig voor katten?": asking for advice, reporting nothing. */
const isAdviceQuestion = (text: string, hit: Evidence) => HAZARD_QUALITY.test(hit.text) && isAskedAbout(text, hit);

/** A product name only shields its own mention; a real report later in the message still counts. */
function findAfter(text: string, from: number) {
  const rest = findTrigger(text.slice(from), PATTERNS);
  return rest ? { start: rest.start + from, end: rest.end + from, text: rest.text } : null;
}
