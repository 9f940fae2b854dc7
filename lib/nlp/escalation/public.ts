import { defineSignal } from './define-signal';
import { findTrigger, gap, words } from './find-trigger';

const EN_PLATFORM = '(?:all )?my followers|social media|twitter|facebook|instagram|tiktok|linkedin|youtube|reddit|trustpilot|google reviews?|reviews?|the press|the papers?|newspapers?|journalists?|the media|the news|a watchdog|everyone|everybody|all my friends|the whole world|online|the internet';
const NL_PLATFORM = 'sociale media|social media|twitter|facebook|instagram|tiktok|linkedin|youtube|trustpilot|reviews?|recensies?|de krant|kranten|de pers|journalisten?|de media|radar|kassa|iedereen|internet|online';

/**
 * Threats to go public: an intention ("I'll post", "ik zet het op") aimed at a public place.
 * Mentioning a platform without that intent ("I saw your ad on Facebook") is not a threat.
 */
const HAPPY = 0.3;

const PATTERNS = [
  words(`go(?:ing)? public|make (?:this|it) public|(?:bad|negative|terrible|horrible|awful|scathing|1[- ]star|one[- ]star|angry) reviews?|(?:i will|i'll|i am going to|i'm going to|gonna|going to|will be|i shall)${gap(3)}(?:post|write|share|tell|put|report|leave|expose|tweet|publish|blast|broadcast|warn|make sure)${gap(4)}(?:${EN_PLATFORM})|(?:tell|warn) (?:everyone|everybody|all my friends|the world)|(?:i am|i'm) (?:posting|writing|sharing|telling|putting|tweeting|reporting|reviewing)${gap(4)}(?:${EN_PLATFORM})|(?:everyone|everybody|the whole world|all my followers)(?: on [\\w.]+)? (?:is going to|will|gonna) (?:see|know|hear|read)|(?:the )?(?:press|papers|newspapers|media|journalists|news) (?:would|will|might|may) (?:be (?:very )?interested|love|like)`),
  words(`openbaar maken|naar (?:de (?:pers|media|krant)|radar|kassa|opgelicht)|(?:slechte|negatieve|boze) (?:reviews?|recensies?)|(?:ik ga|ga ik|ik zal|zal ik|ik zet|zet ik|ik plaats|plaats ik|wordt)${gap(4)}(?:${NL_PLATFORM})|(?:${NL_PLATFORM})${gap(2)}(?:zetten|plaatsen|delen|melden|vertellen|schrijven)`),
];

export default defineSignal({
  id: 'public',
  hint: /public|review|recensie|twitter|facebook|instagram|tiktok|linkedin|youtube|reddit|trustpilot|press|pers|paper|krant|journalist|media|news|watchdog|everyone|everybody|friends|world|online|internet|iedereen|radar|kassa|opgelicht|openbaar|tell|warn/i,
  // "You're the best, I'll tell all my friends!" is praise: a threat to go public comes from an unhappy customer.
  detect: ({ text, sentiment }) => (sentiment !== undefined && sentiment > HAPPY ? null : findTrigger(text, PATTERNS)),
});
