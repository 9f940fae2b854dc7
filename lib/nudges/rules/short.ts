import { defineRule } from '../define-rule';

export const MAX_WORDS = 60;

/** Stock phrases that add words but no information. */
const FILLER = [
  /\s*(?:please )?(?:do not|don't) hesitate to (?:contact|reach out to) us(?: (?:again|if you have any (?:further |other )?questions))?[.!]?/giu,
  /\s*we would like to (?:inform|let) you (?:know )?that\s*/giu,
  /\s*(?:we|i) (?:kindly )?(?:wish to |would like to )?inform you that\s*/giu,
  /\s*(?:as (?:previously|already) (?:mentioned|stated)),?\s*/giu,
  /\s*at this (?:moment|point) in time\s*/giu,
  /\s*i hope this (?:email|message) finds you well[.!]?/giu,
  /\s*(?:schroom|aarzel) niet om (?:contact met ons op te nemen|ons te contacteren)[.!]?/giu,
  /\s*(?:graag )?(?:willen|wil) (?:wij|we|ik) (?:u|je) (?:informeren|laten weten) dat\s*/giu,
  /\s*zoals (?:eerder|reeds) (?:vermeld|aangegeven|gezegd),?\s*/giu,
];

function stripFiller(draft: string): string {
  let out = draft;
  for (const f of FILLER) out = out.replace(f, ' ');
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.!?])/g, '$1').trim();
}

/** Short: at most 60 words and no stock filler. */
export default defineRule({
  id: 'short',
  check: 'short',
  evaluate: ({ draft, draftWordCount, lang }) => {
    const stripped = stripFiller(draft);
    const hasFiller = stripped !== draft.replace(/\s{2,}/g, ' ').trim();
    if (draftWordCount <= MAX_WORDS && !hasFiller) return { value: true };
    const message =
      lang === 'nl'
        ? `Houd het kort: ${draftWordCount} woorden (max. ${MAX_WORDS})${hasFiller ? ', zonder standaardzinnen' : ''}.`
        : `Keep it short: ${draftWordCount} words (max ${MAX_WORDS})${hasFiller ? ', without stock phrases' : ''}.`;
    return { value: false, suggestion: hasFiller ? { message, replacement: stripped } : { message } };
  },
});
