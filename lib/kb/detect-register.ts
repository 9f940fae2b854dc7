/**
 * The customer's register in Dutch: "u/uw" gets the formal snippet variant, "je/jij/jouw" the
 * informal one (the ZEKEP rule: mirror the customer). Undefined when the text shows neither.
 */
import type { Register } from './types';

const FORMAL = new Set(['u', 'uw', 'kunt', 'heeft', 'wilt', 'bent']);
const INFORMAL = new Set(['je', 'jij', 'jou', 'jouw', 'jullie', 'kun', 'heb', 'wil', 'ben', 'hoi', 'hey']);

export function detectRegister(customerTexts: readonly string[]): Register | undefined {
  let formal = 0;
  let informal = 0;
  for (const text of customerTexts) {
    for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (FORMAL.has(w)) formal++;
      if (INFORMAL.has(w)) informal++;
    }
  }
  if (formal === informal) return undefined;
  return formal > informal ? 'formal' : 'informal';
}
