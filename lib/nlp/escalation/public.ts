import type { Evidence } from '../types';
import { defineSignal } from './define-signal';
import { findTrigger, gap, isAskedAbout, words } from './find-trigger';

const EN_PLATFORM = 'neighbou?rhood apps?|nextdoor|(?:all )?my (?:\\d+k? )?followers|social media|social|twitter|x|facebook|instagram|insta|tiktok|linkedin|youtube|reddit|trustpilot|tripadvisor|yelp|google(?: reviews?)?|every review site|review sites?|forums?|(?:my )?blog|reviews?|the press|the papers?|newspapers?|journalists?|reporters?|the media|the news|(?:local )?(?:news|tv|radio)|a watchdog|everyone|everybody|all my friends|the whole world|online|the internet|every (?:facebook )?group';
const NL_PLATFORM = 'buurtapps?|sociale media|social media|socials|twitter|x|facebook|insta(?:gram)?|tiktok|linkedin|youtube|reddit|trustpilot|tripadvisor|google|kiyoh|reviewsites?|alle reviewsites|fora|forums?|(?:mijn )?blog|reviews?|recensies?|de krant|kranten|de pers|journalisten?|de media|radar|kassa|opgelicht|iedereen|internet|online|(?:de )?facebookgroep\\w*|whatsappgroep\\w*';
const EN_EVERYONE = '(?:everyone|all (?:of )?(?:twitter|facebook|instagram|tiktok|linkedin)|everybody|every (?:person|one)|the whole (?:internet|world|country)|all my (?:friends|followers|family|colleagues)|my followers|followers|people|other customers|others|the world)';
const NL_EVERYONE = '(?:iedereen|heel (?:twitter|x|facebook|instagram|tiktok|linkedin|het internet)|heel (?:nederland|vlaanderen|belgië|het land)|de hele wereld|al mijn (?:vrienden|volgers|kennissen|collega\'s)|mijn (?:vrienden|volgers|omgeving|kennissen)|(?:\\d[\\d.,]*k? )?volgers|mensen|anderen|andere klanten)';
/** Dutch and Flemish news outlets a customer takes a story to ("ik ga naar Het Laatste Nieuws"). */
const NL_NEWS_OUTLET = '(?:de )?telegraaf|het laatste nieuws|hln|het nieuwsblad|nieuwsblad|de standaard|het parool|de volkskrant|volkskrant|nrc|trouw|het ad|algemeen dagblad|gazet van antwerpen|de morgen|rtl nieuws|nos|vrt|vtm|hart van nederland|een omroep|de lokale omroep';
const INTENT_EN = "(?:i will|i'll|i am going to|i'm going to|gonna|going to|will be|i shall|i am|i'm|im|we will|we'll|we're going to)";

/**
 * Threats to go public: an intention ("I'll post", "ik zet het op") aimed at a public place or
 * audience. Mentioning a platform without that intent ("I saw your ad on Facebook") is not a threat.
 */
const HAPPY = 0.3;

/** Unmistakable: going public, viral, a bad review, the press. */
const ALWAYS = [
  words(
    [
      `go(?:ing)? public|name and shame|(?:share|sharing|send|sending|show|showing)${gap(3)}with (?:the )?(?:press|bbc|media|journalists?|newspapers?|papers|reporters?|consumer (?:tv )?(?:shows?|programmes?|programs?)|watchdogs?)|(?:tweet|tweeting|posting|blogging|vlogging) about (?:this|you|it|your)|make (?:this|it) public|(?:go|goes|going|make (?:this|it) go) viral|expose (?:you|this|your company|your)`,
      `(?:bad|negative|terrible|horrible|awful|scathing|damning|angry|1[- ]star|one[- ]star|zero[- ]star|0[- ]star) (?:reviews?|ratings?)|rate (?:you|it|this|your \\w+) (?:one|1|zero|0) stars?|reviews? (?:are|is)? ?(?:about to|going to|will) (?:get|go|drop|tank|suffer)|(?:rating|score) (?:drop|will drop|is going to drop)`,
      `(?:contact(?:ing|ed)?|call(?:ing|ed)?|e-?mail(?:ing|ed)?|writ(?:e|ing) to|tip(?:ping)? off|go(?:ing)? to|talk(?:ing)? to|tell(?:ing)?|alert(?:ing)?|went to)${gap(2)}(?:the |a |my )?(?:press|papers|newspapers?|local (?:news|newspaper|paper|tv|radio)|media|journalists?|reporters?|consumer (?:tv )?(?:show|programme|program)|watchdog|bbc|tv)|(?:send|sending|sent|forward|forwarding|pass|passing)${gap(4)}to (?:the |a |my )?(?:press|papers|newspapers?|local (?:news|newspaper|paper|tv|radio)|media|journalists?|reporters?|consumer (?:tv )?(?:show|programme|program)|watchdog|bbc|tv)`,
      `(?:will|'ll|can|going to|gonna|soon|tomorrow) (?:see|read|hear about|find) (?:this|it|me|us)${gap(1)}(?:on|in) (?:the )?(?:local |national )?(?:news|papers?|newspapers?|tv|radio|press|media)|(?:reading|hearing|seeing) about (?:this|it|me|us|you) (?:online|in the (?:news|papers?)|on (?:the news|tv|social media))`,
      `(?:the )?(?:(?:local|national) )?(?:press|papers?|newspapers?|media|journalists?|reporters?|news|(?:consumer )?watchdogs?|consumer (?:tv )?(?:shows?|programmes?|programs?)|bbc)(?: on (?:tv|the radio))? (?:would|will|might|may) (?:be (?:very )?interested|love|like|want)|expect${gap(3)}(?:reviews?|ratings?)|(?:post|posting|share|sharing|spread|spreading|tell|telling)${gap(3)}(?:everywhere|far and wide)|(?:let's|let us|we'll|we will) see what (?:trustpilot|google|twitter|facebook|the internet|people online|my followers|the press|the papers)${gap(2)}(?:thinks?|says?|make of)|all over (?:social media|twitter|facebook|instagram|tiktok|the internet|the news|the papers)|recording (?:this|our) (?:conversation|chat|call)|wait (?:until|till|til) (?:the |my )?(?:press|papers|newspapers?|media|journalists?|reporters?|news|followers)`,
      `(?:ratings?|scores?|reviews?) (?:on \\w+ )?(?:is |are )?(?:about to|going to|gonna|will) (?:drop|tank|plummet|go down|fall|suffer|take a (?:big |serious |huge )?(?:hit|knock|beating))`,
    ].join('|'),
  ),
  words(
    [
      `(?:zet|zetten|gooi|gooien|plaats|plaatsen|deel|delen|vertel|vertellen|verspreid|verspreiden)${gap(6)}(?:online|overal)|(?:melden|melding|aankaarten|voorleggen)${gap(2)}bij (?:radar|kassa|opgelicht|de krant|de pers|de media|een journalist|trustpilot)|(?:(?:eens )?kijken|benieuwd) wat (?:de mensen op |ze (?:op|bij) |men op )?(?:trustpilot|google|twitter|facebook|insta(?:gram)?|tiktok|de krant|de pers|de media|radar|kassa|opgelicht|mijn volgers|internet)${gap(3)}(?:vindt|vinden|zegt|zeggen|van vindt|van vinden)|(?:bel|bellen|mail|mailen|tip|tippen|benader|benaderen|schakel|inschakelen|stuur|sturen|schrijf|schrijven|contact)${gap(3)}(?:de |het |een )?(?:krant|kranten|pers|media|radar|kassa|opgelicht|journalist|journalisten|omroep|consumentenprogramma)(?![\\p{L}])|(?:de |het |een )?(?:krant|pers|media|radar|kassa|opgelicht|journalist|omroep|consumentenprogramma)${gap(1)}(?:bellen|mailen|tippen|benaderen|inschakelen|inlichten)|(?:maak|maken|plaats)${gap(2)}(?:een )?(?:tiktok|filmpje|video|reel|vlog)(?: over)?|(?:ik ga|ga ik|ik zal|zal ik)${gap(2)}overal${gap(1)}(?:delen|vertellen|verspreiden|posten|zetten|rondvertellen)|reken (?:maar )?op${gap(3)}(?:reviews?|recensies?)|wacht (?:maar )?(?:tot|totdat) (?:de |mijn )?(?:pers|krant|kranten|media|journalisten?|volgers)|(?:score|scores|beoordeling\\w*|waardering\\w*|rating|reviews?)${gap(3)}(?:gaat|gaan|zal|zullen)${gap(1)}(?:omlaag|dalen|kelderen|zakken|instorten)`,
      `openbaar maken|wereldkundig|naar buiten (?:brengen|treden)|(?:gaat|gaan|wordt) viraal|viraal (?:gaan|laten gaan)`,
      `naar (?:de (?:pers|media|krant)|radar|kassa|opgelicht|${NL_NEWS_OUTLET})|(?:slechte|negatieve|boze|vernietigende|kritische|eerlijke) (?:reviews?|recensies?|beoordeling\\w*)|(?:1|één|een|0|nul|geen) sterr?en? (?:op|geven|gegeven)|geef${gap(2)}(?:1|één|0|nul) ster`,
      `(?:tip|tippen|mail|mailen|bel|bellen|stuur|sturen|benader|benaderen|inschakelen|schakel)${gap(3)}(?:de |een )?(?:pers|krant|kranten|media|journalist\\w*|radar|kassa|opgelicht|omroep|verslaggever\\w*)|(?:pers|media|journalist\\w*)${gap(1)}(?:inschakelen|benaderen|tippen)`,
    ].join('|'),
  ),
];

/** An intent to post or tell an audience: a threat only from an unhappy customer ("I'll tell all my friends!" is praise). */
const UNLESS_HAPPY = [
  words(
    [
      `${INTENT_EN}${gap(3)}(?:post|posting|write|writing|share|sharing|tell|telling|put|putting|report|reporting|leave|leaving|expose|exposing|tweet|tweeting|publish|publishing|blast|broadcast|warn|warning|make sure|let|letting|tag|tagging|film|filming|record|make|making|blog|vlog)${gap(4)}(?:on |to |in |about |with )?(?:all |every |my )?(?:${EN_PLATFORM})(?![\\p{L}])`,
      `my (?:\\w+ )?(?:review|rating|post|tweet)${gap(3)}(?:will|is going to|gonna|shall)${gap(2)}(?:say|tell|show|describe|mention|be (?:honest|brutal|scathing))|${INTENT_EN}${gap(2)}(?:leave|leaving|write|writing|post|posting)${gap(2)}(?:a |an |my )?(?:review|rating|tiktok|video|post|thread|blog post|story)`,
      `(?:tell|warn|let|telling|warning|letting)${gap(2)}${EN_EVERYONE}(?: (?:know|about|to (?:avoid|stay away)))?`,
      `${EN_EVERYONE}${gap(4)}(?:will|is going to|are going to|gonna|going to|shall|they'll|they will|they're going to|they are going to)${gap(1)}(?:know|hear|see|read|find out|learn)`,
      `make sure${gap(2)}${EN_EVERYONE}|${EN_EVERYONE}${gap(3)}(?:knows|hears|sees|finds out|will know)`,
      `${INTENT_EN}${gap(2)}(?:make|making|film|filming|record|recording|upload|uploading|do|doing)${gap(2)}(?:a |an )?(?:video|vlog|tiktok|reel|short|thread|story|post)`,
      `(?:want|like|see) (?:this|it|that) (?:on|all over) (?:facebook|twitter|x|instagram|tiktok|youtube|reddit|linkedin|social media|the internet|trustpilot|google|the news)(?![\\p{L}])|(?:going|goes|go) (?:on|onto|to) (?:my (?:blog|channel|page|vlog)|facebook|twitter|instagram|tiktok|youtube|reddit|linkedin|social media|the internet|trustpilot)|(?:this|it) (?:is going|goes|will go) (?:online|viral|(?:in|into) (?:the )?(?:local )?(?:papers?|newspapers?|news))`,
    ].join('|'),
  ),
  words(
    [
      `(?:ik ga|ga ik|ik zal|zal ik|ik zet|zet ik|ik plaats|plaats ik|ik deel|deel ik|ik post|post ik|ik gooi|gooi ik|ik schrijf|ik maak|wordt|komt|gaat|ga)${gap(6)}(?:op|in|naar|voor|via) (?:alle |de |een |mijn )?(?:${NL_PLATFORM})(?![\\p{L}])`,
      `(?:${NL_PLATFORM})${gap(2)}(?:zetten|plaatsen|delen|melden|vertellen|schrijven|posten|gooien|gezet|geplaatst)`,
      `(?<!(?:hoe|waar|wanneer|waarom) )(?:ik ga|ga ik|ik zal|zal ik|ik schrijf|ik plaats|ik laat|laat ik)${gap(3)}(?:review|recensie|beoordeling|tiktok|filmpje|video|post|blog)`,
      `(?:wil|wilt|zien)${gap(2)}(?:dit|dat|het) (?:op|in) (?:facebook|twitter|x|insta(?:gram)?|tiktok|youtube|reddit|linkedin|de krant|het nieuws|trustpilot|google)(?![\\p{L}])|(?:waarschuw|waarschuwen|vertel|vertellen|afraden|laat weten|raad)${gap(3)}${NL_EVERYONE}|${NL_EVERYONE}${gap(3)}(?:waarschuwen|vertellen|afraden|op de hoogte brengen)`,
      `(?:aan )?${NL_EVERYONE}${gap(2)}(?:laten weten|laten zien|vertellen)|${NL_EVERYONE}${gap(3)}(?:gaat|gaan|zal|zullen|moet|moeten|komt|komen)${gap(2)}(?:weten|horen|zien|lezen|te weten)`,
    ].join('|'),
  ),
];

/** A rating that "will not get better from this" carries its own negation. */
const RATING_WILL_SUFFER = [
  words(`(?:your |jullie |uw )?(?:reviews?|ratings?|recensies?|score|beoordeling\\w*)${gap(4)}(?:niet|nooit) (?:beter|hoger) (?:van |op )?(?:worden|gaan)|(?:mijn |de )?(?:review|recensie|beoordeling)${gap(3)}(?:wordt|zal|gaat)${gap(2)}(?:niet (?:mals|positief|lovend|best|leuk|fraai)|negatief|vernietigend)|(?:your )?(?:reviews?|ratings?) (?:won't|will not|are not going to|aren't going to) (?:get|look) (?:any )?better`),
];

/** "Where can I write a review?", "hoe kan ik een review plaatsen?": asking how, not threatening. */
const HOW_TO = /^(?:where|how|when|can i|could i|may i|waar|hoe|wanneer|kan ik|kun ik|mag ik)(?!\p{L})/iu;

/** "I'll make a video of the noise and send it to you": footage for us (evidence), not for an audience. */
const FOOTAGE = /video|vlog|film|recording|record|filmpje|opname/iu;
const FOR_US = /(?<!\p{L})(?:send (?:it |this |them )?(?:to )?(?:you|your)|(?:stuur|sturen|opsturen|mailen|doorsturen)(?!\p{L})|for (?:the|my|your) (?:warranty|claim|engineer|technician|repair|support|complaint)|voor (?:de|mijn|uw|jullie) (?:garantie|claim|monteur|reparatie|klacht)|so (?:that )?you can see|zodat (?:u|je|jullie)\b)/iu;

const isFootageForUs = (text: string, hit: Evidence) => FOOTAGE.test(hit.text) && FOR_US.test(text);
/** "Ik plaats de bestelling online", "I'll post the form online": business done online, not a story told. */
const TRANSACTION = /(?<!\p{L})(?:bestelling|order|formulier|form|aanvraag|retour|return|aanmelding|registration|gegevens|details|betaling|payment|factuur|invoice|foto'?s in mijn account|photos? in my account)(?!\p{L})/iu;
/** "Ik zal de review van het product lezen": reading reviews, not writing one. */
const READING = /^(?:\s+\p{L}+){0,4}?\s+(?:lezen|lees|bekijken|read|check|look at)(?!\p{L})/iu;
/** "Online in mijn account", "on your website": our own channel, no audience. */
const OUR_CHANNEL = /^\s+(?:in|on|op|via|into) (?:mijn|het|jullie|uw|your|my|the) (?:account|website|site|portal|app|klantportaal|klantomgeving)(?!\p{L})/iu;
/** "I'll leave you a good review", "een positieve recensie": praise announced is no threat, whatever the message's score. */
const PRAISED_REVIEW = /(?<!\p{L})(?:good|great|positive|glowing|nice|excellent|top|5[- ]?star|five[- ]?star|goede|positieve|lovende|mooie|top|5[- ]?sterren|vijf[- ]?sterren)(?:\s+\p{L}+)?\s+(?:reviews?|ratings?|recensies?|beoordeling(?:en)?)(?!\p{L})/iu;
const isHarmlessUse = (text: string, hit: Evidence) =>
  isFootageForUs(text, hit) || TRANSACTION.test(hit.text) || PRAISED_REVIEW.test(text) || READING.test(text.slice(hit.end)) || OUR_CHANNEL.test(text.slice(hit.end));

function goesPublic(text: string) {
  const hit = findTrigger(text, ALWAYS);
  return hit && isHarmlessUse(text, hit) ? null : hit;
}

function intentToPost(text: string) {
  const hit = findTrigger(text, UNLESS_HAPPY);
  return hit && (isHarmlessUse(text, hit) || isAskedAbout(text, hit, HOW_TO)) ? null : hit;
}

export default defineSignal({
  id: 'public',
  hint: /nieuws|telegraaf|hln|de standaard|parool|volkskrant|nrc|trouw(?!ens)|het ad(?![a-z])|dagblad|gazet|de morgen|nos(?![a-z])|vrt|vtm|shame|watchdog|bbc|volgers|melden|melding|aankaart|voorleg|mals|negatief|vernietigend|kijken|see what|maak|everywhere|overal|far and wide|verspreid|app|nextdoor|all over|recording|expect|reken|online|blog|kanaal|channel|wait|wacht|score|omlaag|public|viral|viraal|video|vlog|reel|thread|story|channel|reading|hearing|seeing|see |read |hear |find |expose|review|rating|rate|star|ster|post|write|writ|share|tell|warn|let|twitter|tweet|facebook|instagram|insta|tiktok|linkedin|youtube|reddit|trustpilot|google|social|press|pers|paper|krant|journalist|reporter|media|news|tv|radio|watchdog|everyone|everybody|follower|friends|world|online|internet|people|iedereen|nederland|vlaanderen|belgi|volger|vrienden|mensen|anderen|radar|kassa|opgelicht|openbaar|wereldkundig|buiten|zet|plaats|deel|gooi|schrijf|recensie|beoordeling|waarschuw|vertel|afraden|raad|tip|omroep|verslag|weten|horen/i,
  detect: ({ text, sentiment }) => goesPublic(text) ?? findTrigger(text, RATING_WILL_SUFFER, { allowNegated: true }) ?? (sentiment !== undefined && sentiment > HAPPY ? null : intentToPost(text)),
});
