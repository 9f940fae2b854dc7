import { defineSignal } from './define-signal';
import { findTrigger, words } from './find-trigger';

/**
 * Safety and health risks. Products named after a hazard ("smoke detector", "fire
 * extinguisher", "rookmelder") and figures of speech ("hurt my feelings") are not reports of one.
 */
const PATTERNS = [
  words(`caught fire|on fire|in flames|burst into flames|fire hazard|started a fire|set fire|(?:smoke|sparks?) (?:came|coming|come|poured|pouring) (?:out|from)|(?:started|began) (?:to )?(?:smoke|smoking|spark|sparking)|smells? (?:of )?(?:burning|smoke)|explo(?:ded|sion|de)|overheat(?:ed|ing|s)?|melted|electric(?:al)? shock|electrocuted|got (?:a |an electric )?shock|(?:burn(?:ed|t)|injured|hurt) (?:my|me|myself|him|her|himself|herself|us|our|the kids?|my (?:son|daughter|child|kid|baby))(?! feelings)|cut (?:myself|my (?:hand|finger|foot|leg|arm|face))|(?:was|were|got|been|is|are) (?:badly |seriously |severely )?(?:injured|hurt|burned|burnt|electrocuted)(?! feelings)|injur(?:y|ies)|bleeding|(?:ended up|taken|went|rushed|admitted) (?:to |in )?(?:the |a )?hospital|in hospital|emergency room|allergic reaction|food poisoning|poison(?:ed|ing|ous)|chok(?:e|ed|ing)|toxic|fumes|gas leak|carbon monoxide|dangerous|unsafe|not safe|safety (?:hazard|risk|issue)|health (?:hazard|risk)|(?:got|made (?:me|us)) sick|ill after`),
  words(`vlam gevat|vatte vlam|vat vlam|in brand|brand (?:ontstaan|veroorzaakt|gevaar)|brandgevaar|rook (?:kwam|komt|uit)|(?:begon|begint) te (?:roken|vonken)|vonken|ontplof(?:t|fen)|explodeerde|oververhit|gesmolten|(?:stroom|elektrische) ?schok|schok gekregen|onder stroom|gewond|verwond|letsel|verbrand|(?:naar|beland in|opgenomen in|op) (?:het |de )?(?:ziekenhuis|eerste hulp|spoedeisende hulp)|allergische reactie|vergiftig(?:d|ing)|voedselvergiftiging|ziek geworden|misselijk geworden|gevaarlijk|onveilig|niet veilig|gaslek|koolmonoxide|stikken|verstikking|giftig|bloedde|bloeden`),
];

const PRODUCT_NAMES = /detector|alarm|extinguisher|melder|blusser/iu;

export default defineSignal({
  id: 'safety',
  hint: /fire|flame|smok|spark|burn|explo|overheat|melt|shock|electr|injur|hurt|cut |bleed|hospital|emergency|allerg|poison|chok|toxic|fume|gas|monoxide|danger|safe|sick|ill |vlam|brand|rook|roken|vonk|ontplof|oververhit|gesmolten|schok|stroom|gewond|verwond|letsel|verbrand|ziekenhuis|eerste hulp|spoed|vergiftig|ziek|misselijk|gevaar|veilig|gaslek|stik|giftig|bloed/i,
  detect: ({ text }) => {
    const hit = findTrigger(text, PATTERNS);
    if (!hit) return null;
    const after = text.slice(hit.end, hit.end + 16);
    return PRODUCT_NAMES.test(after) ? findAfter(text, hit.end) : hit;
  },
});

/** A product name only shields its own mention; a real report later in the message still counts. */
function findAfter(text: string, from: number) {
  const rest = findTrigger(text.slice(from), PATTERNS);
  return rest ? { start: rest.start + from, end: rest.end + from, text: rest.text } : null;
}
