import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_BOSS = '(?:manager|supervisor|superior|boss|team ?lead(?:er)?|someone (?:more )?senior|someone in charge|someone higher up)';
const NL_BOSS = '(?:manager|leidinggevende|supervisor|chef|baas|teamleider|meerdere|iemand hoger)';

/**
 * Asking for our manager. "my boss" is the customer's own manager, not a request for ours,
 * so the manager must be requested or be ours ("your", "uw", "je").
 */
const PATTERNS = [
  words(`(?:speak|talk|chat)(?: to| with)${gap(1)}(?:a |an |the |your |someone |)${EN_BOSS}|(?:connect|transfer|put) me (?:through )?to${gap(1)}(?:a |the |your )?${EN_BOSS}|(?:want|need|demand|ask for|get me)${gap(2)}(?:a|the|your) (?:manager|supervisor|superior)|your (?:manager|supervisor|superior|boss)|(?:is there|are there|can i get|could i get|can i have) (?:a|any|some) (?:manager|supervisor|superior)|someone higher up|escalate (?:this|it|my (?:case|complaint|issue))`),
  words(`(?:spreken|praten|doorverbinden|doorverbonden|hebben|wil|graag)${gap(2)}(?:een|uw|je|jouw|de) ${NL_BOSS}|(?:uw|je|jouw) (?:manager|leidinggevende|supervisor|chef|baas|teamleider|meerdere)|verbind(?:t)? (?:me|mij) door met (?:een|uw|je|de) ${NL_BOSS}|iemand hoger|(?:dit|het) escaleren|escaleer`),
];

export default defineSignal({
  id: 'manager',
  hint: /manag|supervis|superior|boss|lead|senior|in charge|higher|escalat|leidinggev|chef|baas|meerdere|hoger|escaleer|escaleren|supervisor/i,
  detect: ({ text }) => findTrigger(text, PATTERNS),
});
