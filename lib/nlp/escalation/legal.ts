import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

/**
 * Legal threats. "claim" alone is not one: a warranty claim or a claim form for a lost
 * parcel is ordinary service, so only claims for damages or against the company count.
 */
const EN_PERSON = '(?:lawyers?|attorneys?|solicitors?)';
const NL_PERSON = '(?:advocaat|advocaten|jurist|juristen)';

const PATTERNS = [
  words(`(?:my|our) ${EN_PERSON} (?:will|is going to|'ll|would|shall|has been|is (?:already )?(?:involved|aware|on it))|(?:call|contact|hire|consult|involve|get|speak(?:ing)? to|talk(?:ing)? to|hear(?:ing)? from|calling|contacting|hiring|consulting|involving|getting|letter from|through|called|contacted|hired|consulted|involved|spoken to|spoke to|talked to) (?:a |my |our |the )?${EN_PERSON}|(?:see|meet) you in court|in court|lawsuits?|litigation|legal (?:action|steps|proceedings|advice|route)|small claims court|(?:see|take) (?:you|them|this|it|your company)${gap(2)}to court|court case|(?:sue|suing)(?: you| your| them| the company|$)|(?:i will|i'll|going to|gonna) sue|hold (?:you|your company) (?:legally )?(?:liable|responsible in court)|(?:you are|you're) (?:legally )?liable|claim (?:for )?damages|damages claim|(?:legal|formal) claim against|claim against (?:you|your company)|ombudsman|trading standards`),
  words(`(?:mijn|onze) ${NL_PERSON} (?:neemt|zal|gaat|komt|stuurt|belt|heeft|is)|${NL_PERSON}${gap(2)}(?:inschakelen|in de arm|bellen|raadplegen|bijhalen)|(?:inschakelen|schakel|neem|bel|raadpleeg|van|via)${gap(2)}(?:een |mijn |onze )?${NL_PERSON}|naar de rechter|rechter|rechtbank|rechtszaak|juridische? (?:stappen|actie|weg|hulp)|juridisch|aansprakelijk|ingebrekestelling|in gebreke (?:stellen|gesteld)|dagvaard(?:en|ing)|geschillencommissie|schadeclaim|schadevergoeding eisen|claim${gap(3)}tegen (?:jullie|u|je)`),
];

export default defineSignal({
  id: 'legal',
  hint: /lawyer|attorney|solicitor|lawsuit|litigat|legal|court|sue|suing|liab|claim|ombudsman|trading standards|advoca|jurist|rechte|rechtb|rechtsz|juridisch|aansprakelijk|gebreke|dagvaard|geschillen|schade/i,
  detect: ({ text }) => findTrigger(text, PATTERNS),
});
