import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_NTH = '(?:second|third|fourth|fifth|sixth|tenth|umpteenth|nth|2nd|3rd|4th|5th|6th|10th)';
const EN_CONTACT = '(?:ask|call|contact|writ|e-?mail|mail|chat|complain|explain|message|report|reach|phon|ring|tell|send)\\w*';
const NL_NTH = '(?:tweede|derde|vierde|vijfde|zesde|tiende|zoveelste|2e|3e|4e|5e|10e)';
const NL_CONTACT = '(?:bel|mail|vraag|contact|schrijf|chat|klaag|meld|stuur|leg|app)\\w*';
const NL_CONTACTED = '(?:gebeld|gemaild|gevraagd|gechat|geschreven|contact (?:op)?genomen|geklaagd|gemeld|uitgelegd|gestuurd|geappt|doorgegeven)';
const TIMES = '(?:twice|three times|four times|five times|\\d+ times|several times|multiple times|many times|so many times|again and again)';
const NL_TIMES = '(?:twee|drie|vier|vijf|\\d+|meerdere|zoveel|zo vaak|vaak|tig) ?keer';

/** Repeated contact about the same problem; ordering again is not it, contacting again is. */
const PATTERNS = [
  words(`${EN_NTH} time${gap(3)}${EN_CONTACT}|${EN_CONTACT}${gap(3)}for the ${EN_NTH} time|for the (?:umpteenth|nth|hundredth|millionth|zillionth) time|(?<=^\\s*|[.!?]\\s*)for the ${EN_NTH} time[,:!]|how many (?:more )?times (?:do|must|should|have|will) i|(?:i've|i have|i) already${gap(2)}(?:called|contacted|asked|e-?mailed|written|explained|complained|reported|chatted|sent|told)|(?:called|contacted|asked|e-?mailed|written to|messaged|chased)${gap(2)}${TIMES}|keep (?:having to )?(?:call|ask|contact|explain|chas|writ|e-?mail)ing|every time i (?:call|contact|ask|write|chat)`),
  words(`${NL_NTH} keer${gap(3)}${NL_CONTACT}|${NL_CONTACT}${gap(3)}voor de ${NL_NTH} keer|voor de (?:zoveelste|honderdste|miljoenste) keer|(?<=^\\s*|[.!?]\\s*)voor de ${NL_NTH} keer[,:!]|hoe vaak (?:moet|heb|ga|zal) ik|ik heb${gap(4)}(?:al|reeds)${gap(2)}${NL_CONTACTED}|${NL_TIMES}${gap(2)}${NL_CONTACTED}|al ${NL_TIMES}`),
];

export default defineSignal({
  id: 'repeat',
  hint: /time|already|again|twice|how many|keep|keer|al |reeds|hoe vaak/i,
  detect: ({ text }) => findTrigger(text, PATTERNS),
});
