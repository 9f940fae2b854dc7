import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_NTH = '(?:second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|nth|2nd|3rd|4th|5th|6th|7th|10th)';
const EN_CONTACT = '(?:ask|call|contact|writ|e-?mail|mail|chat|complain|explain|message|report|reach|phon|ring|tell|send|rais|chas)\\w*';
const EN_CONTACT_NOUN = '(?:e-?mails?|mails?|messages?|chats?|calls?|phone calls?|tickets?|complaints?|requests?|letters?|attempts?|conversations?)';
const EN_TIMES = '(?:twice|three times|four times|five times|six times|ten times|\\d+ times|several times|multiple times|many times|so many times|a few times|countless times|numerous times|again and again)';
const EN_CONTACTED = '(?:called|contacted|asked|e-?mailed|written|wrote|explained|complained|reported|chatted|sent|told|raised|rang|phoned|messaged|filled (?:in|out)|submitted|spoken|talked|been through|given|provided|mentioned|flagged|logged|opened)';
const EN_AGENT = '(?:colleagues?|agents?|reps?|representatives?|co-?workers?|advis[eo]rs?|people|persons|staff|employees|departments)';
const NL_NTH = '(?:tweede|derde|vierde|vijfde|zesde|zevende|tiende|zoveelste|2e|3e|4e|5e|10e)';
const NL_CONTACT = '(?:bel|mail|vraag|contact|schrijf|chat|klaag|meld|stuur|leg|app)\\w*';
const NL_CONTACT_NOUN = '(?:mail|e-mail|bericht|gesprek|chat|telefoontje|melding|klacht|ticket|brief|poging)';
const NL_CONTACTED = '(?:gebeld|gemaild|gevraagd|gechat|geschreven|contact (?:op)?genomen|geklaagd|gemeld|uitgelegd|gestuurd|geappt|doorgegeven|gezegd|verteld|ingevuld|aangegeven|ingediend|aangemaakt)';
const NL_TIMES = '(?:twee|drie|vier|vijf|zes|tien|\\d+|meerdere|zoveel|zo vaak|vaak|tig|verschillende) ?(?:keer|keren|maal)';

/** "Writing again to add my new number", "ik mail nogmaals om mijn adres door te geven": a new errand, not the same problem. */
const NEW_ERRAND_EN = '(?! to (?:add|update|change|correct|confirm|thank|say thanks|let you know|give you|send you)(?![\\p{L}]))';
const NEW_ERRAND_NL = '(?! om (?:[^\\s.!?,]+ ){0,4}(?:door te geven|toe te voegen|te wijzigen|aan te passen|te bedanken|te bevestigen)(?![\\p{L}]))';

/**
 * Repeated contact about the same problem: ordering again is not it, contacting again is, and
 * so is the same fault coming back. A problem that is merely late "again" is anger, not this.
 */
const PATTERNS = [
  words(
    [
      `${EN_NTH} time${gap(4)}${EN_CONTACT}|${EN_CONTACT}${gap(3)}for the ${EN_NTH} time|for the (?:umpteenth|nth|hundredth|millionth|zillionth) time|(?<=^\\s*|[.!?]\\s*)for the ${EN_NTH} time[,:!]`,
      `(?:my|the|this is (?:my|the)|it's (?:my|the)) ${EN_NTH}${gap(1)}${EN_CONTACT_NOUN}|${EN_NTH} ${EN_CONTACT_NOUN} (?:about|regarding|on|today|this)`,
      `how (?:many (?:more )?times|often) (?:do|must|should|have|will|did) i|(?:i've|i have|i|we've|we have) already${gap(3)}${EN_CONTACTED}(?! (?:a |an |my |the )?(?:review|rating|post|tweet))|${EN_CONTACTED}${gap(3)}${EN_TIMES}|${EN_TIMES} (?:now|already|this (?:week|month|year)|today|before)`,
      `(?:writing|calling|contacting you|e-?mailing|messaging|chatting|ringing|phoning|asking|chasing) (?:you )?(?:this )?again(?! (?:later|tomorrow|soon|next))${NEW_ERRAND_EN}|(?:spoken|talked|chatted|been|explain(?:ed)?(?: this| it)?|repeat(?:ed)? (?:this|it|myself))(?: (?:to|with))?${gap(3)}(?:two|three|four|five|several|multiple|many|different|\\d+) (?:different )?${EN_AGENT}|already (?:told|explained (?:this |it )?to|spoke to|talked to)${gap(2)}(?:your|the last|the previous|another|a) ${EN_AGENT}|(?:your|the last|the previous|another) ${EN_AGENT} (?:said|told me|promised|assured|already)`,
      `(?:calling|emailing|e-mailing|chasing|writing|messaging|ringing)${gap(2)}every (?:day|week|morning)|(?<=^\\s*|[.!?]\\s*)once more[,:!]|keep (?:on )?(?:having to |getting |being )?(?:call|ask|contact|explain|chas|writ|e-?mail|told|promised|send|repeat)\\w*|every time i (?:call|contact|ask|write|chat)|(?:tired of|sick of|keep) repeating myself|(?:have|had|need) to (?:repeat|explain|tell you|ask)${gap(3)}again|why do i (?:have|need|keep having) to (?:explain|tell|ask|repeat|call|chase)`,
      `(?:been )?chasing (?:this|you|it|my|for|since)|(?:sent|written|submitted|made|logged|raised|opened) (?:you )?(?:two|three|four|five|six|\\d+|several|multiple|many|countless) ${EN_CONTACT_NOUN}|(?:last (?:week|month|time)|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)${gap(2)}(?:i was|we were|you|your colleague|your agent)${gap(1)}(?:promised|told|assured)|(?:i was|we were) (?:promised|told|assured)${gap(1)}(?:last (?:week|month|time)|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|the ${EN_NTH} (?:week|month|day|time) (?:running|in a row)|back and forth|over and over|time and (?:time )?again|repeatedly|once again|yet again|again and again|all over again|(?<=^\\s*|[.!?]\\s*)again[,:!]`,
      `(?:passed|bounced|sent|transferred) (?:around|between|from)${gap(2)}(?:agents?|people|departments?|colleagues|\\w+ agents|\\w+ people)|(?:al )?bij (?:twee|drie|vier|vijf|zes|\\d+|verschillende|meerdere) (?:medewerkers|afdelingen|collega's|mensen) (?:langs|geweest|langsgegaan)|(?:keep|kept) being (?:told|promised)|(?:you|your colleague|your agent|they|he|she) (?:told|promised|assured) me (?:last time|before|previously|last week|last month)|(?:reported|raised|mentioned|flagged|explained|complained about|contacted you about|called about|told you)${gap(3)}(?:before|previously|earlier|last (?:time|week|month)|(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:days|weeks|months) ago|a (?:week|month) ago)|(?:contacted|called|emailed|e-mailed|wrote to|messaged|phoned|chatted with)${gap(2)}(?:you|your \\w+|support)${gap(1)}(?:last (?:week|month|time)|yesterday|before|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))${gap(3)}(?:about|regarding|for) (?:the same|this)`,
      `(?:reached out|got in touch|contacted you|called|rang|phoned|emailed|e-mailed|wrote|messaged)${gap(2)}(?:last \\w+|yesterday|on \\w+day|\\d+ (?:days|weeks) ago|a (?:week|month) ago|days ago|weeks ago)(?=${gap(8)}(?:never|no (?:reply|response|answer)|nobody|no one|still))|lost count of how many times|(?:so many|countless) times (?:i've|i have) (?:called|asked|written|e-?mailed|contacted)`,
      `(?:(?:the )?last|the previous|previous) time (?:i|we) (?:chatted|called|spoke|talked|contacted|wrote|e-?mailed|rang|phoned|messaged|got in touch)|same (?:answer|response|reply|story|excuse|thing)s? (?:every (?:time|day|week|month)|each time|again)|(?:last|this) (?:week|month) and the (?:week|month) before|(?:the )?(?:week|month) before (?:that|too|as well)|round and round|(?:ticket|complaint|case|request)${gap(4)}and another`,
      `(?<!(?:still|nog steeds|nog altijd) (?:the )?)same (?:issue|problem|fault|error|question|complaint|thing) (?:your (?:engineer|technician|colleague|agent|mechanic)|as|again|i (?:reported|mentioned|raised|had)|keeps)|(?:about|with) the (?:very )?same (?:issue|problem|fault|question|complaint)|(?:issue|problem|fault) i (?:already )?(?:reported|raised|mentioned|flagged)|(?:this|it) keeps? (?:on )?(?:happening|breaking|failing|dropping|coming back)|keeps happening|happens every (?:time|month|week|day)|and again (?:on|yesterday|today|last|this)`,
      `(?:as i (?:already )?(?:said|mentioned|explained|wrote|told you)|like i (?:already )?(?:said|told you)) (?:before|already|earlier|in my (?:last|previous|earlier|other|first)|last time|on the phone|yesterday|last week|(?:in|by) (?:e-?mail|phone|letter)|(?:several|many|multiple|so many) times)|(?:my|the|your) (?:last|previous|earlier|other) (?:two |three |four |\\d+ )?(?:chats|calls|emails|e-mails|messages|tickets|requests|complaints|agents)|promised${gap(3)}${EN_TIMES}|(?:a|an|the) ${EN_NTH} (?:time )?this (?:week|month|year)`,
    ].join('|'),
  ),
  words(
    [
      `${NL_NTH} keer${gap(6)}${NL_CONTACT}|${NL_CONTACT}${gap(3)}voor de ${NL_NTH} keer|voor de (?:zoveelste|honderdste|miljoenste) keer|(?<=^\\s*|[.!?]\\s*)voor de ${NL_NTH} keer[,:!]|zoveelste (?:keer|mail|melding|klacht|bericht|telefoontje|gesprek)`,
      `(?:mijn|het|de|dit is (?:mijn|het|de)) ${NL_NTH}${gap(1)}${NL_CONTACT_NOUN}|de ${NL_NTH} (?:deze|dit|op rij)`,
      `hoe vaak (?:moet|heb|ga|zal|moeten) (?:ik|we)|ik heb${gap(5)}(?:al|reeds|eerder|vaker)${gap(3)}${NL_CONTACTED}|${NL_TIMES}${gap(3)}${NL_CONTACTED}|al ${NL_TIMES}`,
      `(?:uw|je|jullie|een|de vorige|andere|een andere) (?:collega|medewerker)${gap(4)}${NL_CONTACTED}|(?:uw|je|jullie|de vorige) (?:collega|medewerker) (?:zei|beloofde|heeft (?:gezegd|beloofd)|had (?:gezegd|beloofd))|(?:met|tegen|aan) (?:de vorige|uw collega|je collega|een andere|(?:twee|drie|vier|vijf|verschillende|meerdere) (?:verschillende )?(?:medewerkers|collega's|mensen))`,
      `blijf${gap(2)}(?:bellen|mailen|vragen|chatten|klagen|aandringen|uitleggen)|(?:steeds|telkens|elke keer|weer) (?:opnieuw )?(?:bellen|mailen|uitleggen|vragen|contact)|(?:steeds|telkens|elke keer) opnieuw|moet${gap(3)}(?:steeds|telkens|weer|opnieuw|nogmaals) (?:uitleggen|bellen|vertellen|vragen|mailen)`,
      `(?:elke|iedere) (?:keer|dag|week|maand) (?:weer )?(?:hetzelfde|dezelfde)|(?:vorige|deze) (?:week|maand) en de (?:week|maand) (?:daarvoor|ervoor)|de (?:week|maand) (?:daarvoor|ervoor) ook|(?:schrijf|bel|mail|chat|app)(?: ik)? (?:jullie |u |je )?(?:opnieuw|nogmaals|alweer)(?! (?:terug|later|morgen))${NEW_ERRAND_NL}|(?:elke|iedere) keer (?:wordt|werd) (?:me|mij|ons) (?:beloofd|gezegd|verteld)|(?:deze|vorige) (?:week|maand) al de ${NL_NTH}|vorige keer${gap(3)}(?:beloofd|gezegd|verteld|toegezegd)|(?:werd|was|is) (?:mij |me )?(?:ook )?al (?:eerder )?(?:beloofd|toegezegd)|al (?:\\S+ )?(?:dagen|weken|maanden) achteraan|(?:dezelfde|hetzelfde) (?:storing|fout|klacht|probleem|defect)${gap(5)}(?:vorige|afgelopen) (?:week|maand|keer)|(?:elke|iedere) keer${gap(2)}(?:een )?ander (?:verhaal|antwoord)|(?:steeds|telkens) (?:weer )?(?:een )?ander (?:verhaal|antwoord)|(?:twee|drie|vier|vijf|zes|\\d+|meerdere|verschillende|tig) (?:mails|e-mails|berichten|brieven|klachten|tickets|meldingen)${gap(1)}(?:gestuurd|verstuurd|geschreven|ingediend|gedaan|aangemaakt)|(?:vorige|afgelopen) (?:week|maand|keer)${gap(2)}(?:werd|is|was)${gap(2)}(?:beloofd|toegezegd|gezegd)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|eergisteren) (?:werd|is|was)${gap(2)}(?:beloofd|toegezegd|gezegd)|(?:heb|had) (?:ik|we)${gap(3)}(?:al|reeds|eerder|vaker)${gap(3)}${NL_CONTACTED}|(?:dagen|weken|maanden|week|maand) geleden${gap(4)}(?:al |ook al )?${NL_CONTACTED}|al de ${NL_NTH} (?:week|maand|keer|dag)(?= *(?:[.!,;]|$)| op rij| achter elkaar)|achter (?:jullie|u|je|jou) aan (?:te )?(?:moeten )?(?:zitten|bellen|mailen|gaan)|herhaaldelijk|keer op keer|telkens weer|steeds weer|wederom|(?<=^\\s*|[.!?]\\s*)alweer|(?:het|dit|dat) gebeurt (?:telkens|steeds|weer|alweer|elke)|(?:hetzelfde|zelfde|dezelfde) (?:probleem|storing|fout|klacht|verhaal|vraag|issue) (?:als|weer|alweer|opnieuw)|(?<!(?:nog|nog altijd) )(?:weer|alweer|opnieuw|steeds|telkens|elke keer) (?:hetzelfde|dezelfde)(?! (?:fout|foutmelding|foutcode|melding|resultaat|error)(?!\\p{L}))|(?<=^\\s*|[.!?]\\s*)nogmaals[,:!]|(?:bel|mail|chat|app)\\w* (?:ik |we )?(?:elke dag|dagelijks|iedere dag|elke week|elke keer)`,
      `(?:de )?vorige keer (?:dat|toen) (?:ik|we) (?:belde|belden|chatte|chatten|mailde|mailden|contact|schreef|schreven|sprak|spraken|appte)|zoals (?:ik )?(?:al |u al |je al )?(?:eerder|vaker|meerdere keren|gisteren|vorige (?:week|keer)|telefonisch|per (?:e-?)?mail)(?: al)? (?:gezegd|aangegeven|geschreven|gemeld|uitgelegd|schreef|zei|meldde|vermeld)|zoals (?:ik )?(?:al )?(?:gezegd|aangegeven|geschreven|gemeld|uitgelegd|schreef|zei|meldde|vermeld) (?:in mijn (?:vorige|eerdere|laatste)|aan (?:uw|je|jouw) collega|(?:de )?vorige keer)|(?:mijn|de) (?:eerdere|vorige) (?:mails|berichten|gesprekken|telefoontjes|meldingen|klachten|tickets|drie|twee)|al (?:weken|maanden|dagen|een week|een maand)${gap(3)}(?:aan het )?(?:mailen|bellen|bezig|contact)|(?:al eerder|vaker|eerder al)${gap(2)}${NL_CONTACTED}`,
    ].join('|'),
  ),
];

/** Several contacts counted ("none of my four emails", "op mijn vier mails"): a "nobody answered" before them is part of the complaint. */
/**
 * A reply still missing ("still no answer to my email", "nog steeds geen reactie op mijn mail"): the
 * customer wrote before and is asking again. The negation is the complaint itself.
 */
const STILL_NO_REPLY = [
  words(`still (?:no|not had (?:a|an|any)|haven't (?:had|got|received|heard)(?: a| an| any)?|have not (?:had|got|received|heard)(?: a| an| any)?|not received (?:a|an|any)|nothing) (?:reply|response|answer|word|call ?back)|(?:waiting|waited)${gap(2)}(?:\\w+ )?(?:days|weeks|months) (?:for|on) (?:a |an |any )?(?:reply|response|answer|call ?back)`),
  words(`(?:nog steeds|nog altijd|nog) geen (?:antwoord|reactie|respons|bericht terug|terugkoppeling)(?: (?:op|van|gehad|gekregen|ontvangen))?|(?:al|inmiddels) (?:\\S+ )?(?:dagen|weken|maanden)${gap(3)}(?:wacht|wachten|gewacht)${gap(2)}op (?:een |mijn |jullie |uw )?(?:antwoord|reactie|terugkoppeling)|(?:wacht|wachten|gewacht)${gap(2)}al (?:\\S+ )?(?:dagen|weken|maanden) op (?:een |mijn |jullie |uw )?(?:antwoord|reactie|terugkoppeling)`),
];

const COUNTED = [
  words(`(?:any|all|none|each) of my (?:two|three|four|five|six|\\d+|several|many) ${EN_CONTACT_NOUN}`),
  words(`(?:op|van|aan|geen van) (?:al )?mijn (?:twee|drie|vier|vijf|zes|\\d+|meerdere|vele) (?:mails|e-mails|berichten|telefoontjes|klachten|tickets)`),
];

/** Past contact is no complaint when the customer is pleased with it ("I called yesterday and it was solved, thanks"). */
const PLEASED = 0.45;

/** "Sorry to write again, I forgot…", "sorry dat ik weer stoor": the customer apologises; no complaint. */
const APOLOGY = /(?:sorry|excuses|pardon)(?: (?:dat|to|for|voor))? (?:ik |i )?(?:weer|again|nogmaals|opnieuw|bother\w*|stoor|contact\w*|writ\w*|mail\w*|messag\w*)(?: (?:you|u|jullie) )?/iu;

/**
 * "Yes, twice already" answering "have you restarted it?", "ik heb al drie keer herstart": a count
 * of attempts at a fix, not of contacts. Counts that name no contact are dropped in such messages.
 */
const ANSWER_OR_RETRY = /^\s*(?:yes|yeah|yep|yup|ja|jawel|jazeker|jep)(?!\p{L})|(?<!\p{L})(?:tried|try|trying|restart\w*|reboot\w*|reset\w*|unplug\w*|reinstall\w*|switched it off|turned it off|geprobeerd|probeer\w*|herstart\w*|opgestart|gereset|uitgezet|ontkoppeld|geïnstalleerd|geinstalleerd)(?!\p{L})/iu;
const NAMES_CONTACT = /call|contact|mail|writ|wrote|chat|ask|messag|phon|rang|spoke|spoken|talk|told|explain|complain|report|bel|schrijf|schreef|vraag|vroeg|gesprek|klaag|meld|uitgelegd|gezegd|verteld/iu;

/** "I already sent the photos, did you get them?", "ik heb al eerder gebeld, is het aangepast?": a calm check on an earlier contact. */
const STATUS_CHECK = /(?<!\p{L})(?:did you (?:get|receive|see)|have you (?:got|received|seen|changed|updated|done)|has (?:it|this|that) been|is (?:it|this|that) (?:done|sorted|changed|updated|fixed)|(?:zijn|is) (?:ze|die|dat|het|deze) (?:al )?(?:aangekomen|ontvangen|binnen|aangepast|gewijzigd|geregeld|verwerkt)|(?:heeft u|heb je|hebben jullie) (?:ze|die|dat|het) (?:al )?(?:ontvangen|gezien|gekregen|aangepast|verwerkt))[^.!?]*\?/iu;
/** A count or a "yet again" in the evidence is a complaint about repetition, asked calmly or not. */
const COUNTS_CONTACTS = /second|third|fourth|fifth|umpteenth|nth|twice|times|again|keep|tweede|derde|vierde|vijfde|zoveelste|keer|maal|vaak|steeds|telkens|weer|opnieuw|nogmaals/iu;

/**
 * "Same error as before" after a retry is its result, inside this chat. Without a time before this
 * chat ("last week", "vorige keer") or a count, it is not a repeated contact.
 */
const WITHIN_THIS_CHAT = /^(?:same (?:error|result|message|thing) as)$/iu;
const COUNTED_TIMES = /(?<!\p{L})(?:twice|\d+ times|(?:two|three|four|five|several|many|multiple|so many|countless) times|again|over and over)(?!\p{L})/iu;
const EARLIER_CONTACT_TIME = /(?<!\p{L})(?:last (?:week|month|time|year)|yesterday|(?:days|weeks|months) ago|a (?:week|month) ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:my|an?) (?:e-?mail|call|letter|message)|on the phone|vorige (?:week|maand|keer)|gisteren|geleden|telefonisch|per (?:e-?)?mail)(?!\p{L})/iu;

function repeatedContact(text: string, sentiment?: number) {
  const hit = findTrigger(text, PATTERNS, { unless: /review|recensie|beoordeling/iu }) ?? findTrigger(text, COUNTED, { allowNegated: true }) ?? findTrigger(text, STILL_NO_REPLY, { allowNegated: true });
  if (hit && !NAMES_CONTACT.test(hit.text) && ANSWER_OR_RETRY.test(text)) return null;
  if (hit && WITHIN_THIS_CHAT.test(hit.text) && !EARLIER_CONTACT_TIME.test(text) && !COUNTED_TIMES.test(text)) return null;
  if (hit && (sentiment === undefined || sentiment >= 0) && STATUS_CHECK.test(text) && !COUNTS_CONTACTS.test(hit.text)) return null;
  return hit;
}

export default defineSignal({
  id: 'repeat',
  hint: /sent|written|submitted|made|logged|raised|opened|promised|told|assured|running|in a row|mails|berichten|brieven|klachten|tickets|meldingen|beloofd|toegezegd|gezegd|heb|had|geleden|achter|still|nog steeds|nog altijd|nog geen|often|wacht|waiting|waited|ander|passed|bounced|langs|mails|berichten|telefoontjes|any of|all of|none of|achteraan|beloofd|toegezegd|explain|time|already|again|once more|every|wederom|nogmaals|opnieuw|hetzelfde|dezelfde|elke|iedere|dagelijks|alweer|reached|got in touch|rang|lost count|round and round|another|answer|response|reply|story|excuse|twice|how many|keep|second|third|fourth|fifth|sixth|tenth|umpteenth|nth|2nd|3rd|4th|5th|10th|spoken|talked|chatted|been|told|colleague|agent|chas|back and forth|over and over|repeat|reported|raised|mentioned|flagged|explained|complained|contacted|called|emailed|wrote|messaged|phoned|same|keeps|happens|as i|like i|last|previous|earlier|other|promised|keer|maal|al |reeds|hoe vaak|zoveelste|tweede|derde|vierde|vijfde|2e|3e|4e|5e|collega|medewerker|blijf|steeds|telkens|weer|herhaald|zelfde|zoals|eerder|vorige|vaker/i,
  detect: ({ text, sentiment }) => (sentiment !== undefined && sentiment > PLEASED) || APOLOGY.test(text) ? null : repeatedContact(text, sentiment),
});
