import { lexicon as VADER_LEXICON } from 'vader-sentiment/src/vader_lexicon.js';
import { WINK_LEXICON } from '../lexicon/en-wink';
import { indexPhrases, type SentimentProfile } from './profile';

/** wink's lexicon is in [−1, 1]; the scorer works on VADER's −4..4 scale. */
const WINK_SCALE = 4;
/** wink's own words are a back-off: known, but weighed low. */
const WINK_WORD_SCALE = 0.75;
/** wink's weakest word entries are mostly WordNet noise ("cat" −0.375): left out. */
const WINK_MIN_WORD = 0.4;

/**
 * Customer-service and general-language corrections to wink's lexicon (−4..4). Service
 * vocabulary names the request, not a feeling ("help", "waiting", "refund", "cancel");
 * greetings and discourse words carry no sentiment; complaint words wink under-weighs or
 * lacks get a general-language weight.
 */
const SERVICE: Record<string, number> = {
  help: 0, helping: 0, please: 0, pls: 0, plz: 0, wait: 0, waiting: 0, waited: 0,
  hello: 0, hi: 0, hey: 0, dear: 0, regards: 0, support: 0, assist: 0, assistance: 0,
  want: 0, wants: 0, cancel: 0, cancelled: 0, canceled: 0, refund: 0, order: 0, account: 0,
  still: 0, joke: 0, kind: 1, yes: 0.5, ok: 0.9, okay: 0.9, fine: 0.8, excuse: 0,
  certain: 0, certainly: 0, important: 0, ready: 0, straight: 0, sure: 0, urgent: 0, care: 0, interest: 0, interested: 0,
  chance: 0, safety: 0, wish: 0,
  holiday: 0, holidays: 0, guarantee: 0, guaranteed: 0, charges: 0, grey: 0, drop: 0, true: 0, block: 0, accidentally: 0, accidental: 0, entitled: 0, entitlement: 0,
  broken: -2, late: -1.2, slow: -1.4, buggy: -1.6, headache: -1.4, freezing: -1.2, unreachable: -1.6, giving: 0, delayed: -1.4, delay: -1.2, damaged: -2, defective: -2, faulty: -2,
  missing: -1.4, lost: -1.6, useless: -2.2, incompetent: -2.5, rude: -2.2, scam: -3, ripoff: -2.8,
  overcharged: -2, forgot: -1.2, forgotten: -1.2, wrong: -1.4, unacceptable: -2.6, ridiculous: -2.4, absurd: -2.2, outrageous: -2.6,
  pathetic: -2.4, nightmare: -2.5, disgrace: -2.8, disgraceful: -2.8, shocking: -2, appalling: -2.8,
  furious: -3, livid: -3, fuming: -2.8, unhelpful: -2, unreliable: -2, hassle: -1.5, frustrating: -2,
  terrible: -2.8, awful: -2.8, horrible: -2.8, worst: -3.1, useless_: 0, rubbish: -2.2, garbage: -2.4,
  unresolved: -1.4, ignored: -1.8, waste: -2.2, nonsense: -2, problem: -1, issue: -0.6, complaint: -1.2,
  resolved: 1.4, fixed: 1.2, solved: 1.4, sorted: 0.8, quick: 1.2, fast: 1.2, quickly: 1, promptly: 1.2,
  helpful: 2, perfect: 2.8, excellent: 3, brilliant: 2.8, fantastic: 3, awesome: 3, lovely: 2.6,
  // Service nouns and adjectives that name a product or request, not a feeling.
  number: 0, select: 0, pay: 0, treat: 0, treats: 0, share: 0, sharing: 0, reached: 0, energy: 0, mistake: -1.4, honestly: 0, frankly: 0, loyalty: 0, points: 0, point: 0, credit: 0, smart: 0, increase: 0, limit: 0, premium: 0, upgrade: 0,
  free: 0, gift: 0, bonus: 0, save: 0, saving: 0, protection: 0, security: 0, secure: 0, safe: 0, reset: 0,
  error: -1.6, crash: -1.2, crashes: -1.2, crashed: -1.2, stuck: -1.2, dead: -1.6, failed: -1.4, fails: -1.2,
  insulting: -2.4, hopeless: -2.4, downhill: -1.6, regret: -2, ruining: -2.4, ruined: -2.6, mess: -1.8,
  '🙄': -1.8, '🙃': -1, '😒': -1.8, '😡': -2.6, '😠': -2.4, '😤': -2, '🤬': -3, '🤦': -1.6, '👎': -1.8,
  // Acknowledgements answer a question ("Ok, I'll try that", "Yes, that's the address"): no feeling.
  // What the company said it would do: in chat it is cited against it ("like you promised").
  // Who is in charge is asked about, not felt: "who is responsible", "someone with authority".
  // "leave a review / a message / a note": VADER reads "leave" as abandoning.
  leave: 0, responsible: 0, responsibility: 0, authority: 0, senior: 0, charge: 0,
  // Nouns of a contract, the law, a body part or an audience name no feeling.
  agreement: 0, legal: 0, legally: 0, clearly: 0, hand: 0, hands: 0, friends: 0,
  promise: 0, promised: 0, promises: 0, fit: 0, fits: 0, complicated: -1.2, runaround: -2,
  // British chat: "dead chuffed", "a bit of a faff".
  chuffed: 2.2, faff: -1.2, faffing: -1.2,
  sigh: -1.2, sighs: -1.2,
  // Qualities of products and service that VADER lacks (wink has some, but only long texts use it).
  reliable: 1.6, sturdy: 1.4, durable: 1.2, polite: 1.8, knowledgeable: 1.8, professional: 1.4, thorough: 1.4, prompt: 1.4,
  speedy: 1.6, smooth: 1.4, seamless: 1.8, intuitive: 1.6, convenient: 1.4, handy: 1.4, spacious: 1.4, roomy: 1.2, spotless: 2,
  tasty: 2, comfy: 1.6, affordable: 1.2, effortless: 1.8,
  flimsy: -1.6, overpriced: -1.8, sloppy: -1.8, dismissive: -2, condescending: -2.2, patronising: -2.2, patronizing: -2.2,
  shoddy: -2, unresponsive: -1.6, glitchy: -1.4, laggy: -1.2, clunky: -1.2, filthy: -2.4, smelly: -1.8, mouldy: -2, moldy: -2,
  stale: -1.4, bland: -1.2, soggy: -1.4, cramped: -1.2, inefficient: -1.6,
  worried: -1.6, stressed: -1.8, stressful: -1.8, upset: -2.2, annoyed: -2, gutted: -2.2, devastated: -2.8,
  '💩': -1.8, '😩': -1.8, '😫': -1.8, '😢': -1.8, '😭': -1.6, '😞': -1.6, '😔': -1.4, '😕': -1.2,
};
delete SERVICE.useless_;

const PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['still waiting', -1.8], ['fed up', -2.2], ['sick of', -2], ['sick and tired', -2.6], ['let down', -1.8],
  ['rip off', -2.6], ['no problem', 1], ['no worries', 1], ['not a problem', 1], ['in no time', 1.4], ['sorry for the late reply', 0], ['sorry for the late response', 0], ['sorry for the delay', 0], ['sorry for the confusion', 0], ['can not fault', 2], ['cannot fault', 2], ['could not fault', 2], ['nothing to fault', 2], ['weight off my mind', 2], ['weight off my shoulders', 2], ['no clue', -1.4], ['not a clue', -1.4], ['nobody has a clue', -2], ['was supposed to', -1.2], ['were supposed to', -1.2], ['not normal', -1.8], ['nobody bothers', -1.8], ['no one bothers', -1.8], ['nobody bothered', -1.8], ['as it should', 1.2], ['as they should', 1.2], ['a lot better', 1.6], ['much better', 1.6], ['kind regards', 0],
  ['hope you are well', 0], ['hope you are doing well', 0], ['hope all is well', 0], ['hope this finds you well', 0], ['taken seriously', 1.6], ['saves me a lot of hassle', 2], ['saves a lot of hassle', 2], ['hung up on me', -2], ['works again', 1.4], ['working again', 1.4], ['you are a star', 2], ['are stars', 2], ['fobbed off', -2], ['a farce', -2.2], ['made a fool of', -2], ['taken for a fool', -2], ['how many times do i have to', -1.8], ['how many times must i', -1.8], ['nobody picks up', -1.8], ['no one picks up', -1.8], ['last time i order from you', -2], ['can not be bothered', -1.8], ['could not be bothered', -1.8],
  ['impossible to reach', -2], ['impossible to get through', -2], ['from pillar to post', -2], ['lost all faith', -2], ['lost all trust', -2], ['lost all confidence', -2],
  ['costs a fortune', -1.6], ['cost me a fortune', -1.8], ['costing me a fortune', -1.8],
  ['best regards', 0], ['good morning', 0], ['good afternoon', 0], ['good evening', 0], ['good day', 0],
  ['on hold', -0.8], ['give up', -1.4], ['customer service', 0], ['customer support', 0], ['help desk', 0],
  ['quick question', 0], ['not what i expected', -1.8], ['not again', -1.4], ['could be better', -1.2], ['makes no sense', -1.6], ['quick one', 0], ['how long', 0], ['could have been worse', 1], ['expected more', -1.6], ['expected better', -1.8], ['exactly what i', 2],
  ['done with this', -1.8], ['done with you', -2], ['so done', -2], ['a joke', -1.8], ['could not be happier', 3], ['could not be better', 2.8], ['can not complain', 1.4], ['cannot complain', 1.4],
  ['no complaints', 1.6], ['thanks for nothing', -2.4], ['thank you for nothing', -2.4], ['honestly ,', 0],
  ['absolute joke', -2.4], ['total joke', -2.4], ['complete joke', -2.4], ['got there in the end', 1.4],
  // A polite decline or acceptance of an offer answers it; it says nothing about a feeling.
  ['no thanks', 0], ['no thank you', 0], ['yes please', 0],
  // Idioms whose words say the opposite: negated praise that praises, "better" that blames.
  ['can not thank you enough', 3], ['cannot thank you enough', 3], ['do not care', -2], ['does not care', -2], ['did not care', -2],
  ['could not care less', -2.6], ['expected better', -1.8], ['expected much better', -2], ['expected more', -1.6], ['expect better', -1.6],
  ['do not bother', -1.2],
  // VADER's special-case idioms (Hutto & Gilbert 2014).
  ['the shit', 3], ['the bomb', 3], ['bad ass', 1.5], ['yeah right', -2], ['kiss of death', -1.5], ['to die for', 3], ['beating heart', 3.1], ['broken heart', -2.9],
  ['nothing but problems', -2], ['nothing but trouble', -2], ['nothing but issues', -2], ['what kind of service', -1.8], ['lose faith', -1.8], ['losing faith', -1.8], ['lost faith', -1.8], ['lose trust', -1.8], ['losing trust', -1.8], ['lost trust', -1.8],
  ['last straw', -1.8], ['how is this possible', -1.4], ['not sure', 0], ['is that ok', 0], ['is that okay', 0], ['is that fine', 0], ['is that alright', 0], ['is it ok', 0], ['is it okay', 0], ['would that be ok', 0], ['would that be okay', 0], ['is this ok', 0], ['is this okay', 0],
  ['suits me best', 0], ['suit me best', 0], ['works best', 0], ['the best way', 0], ['best way', 0], ['best option', 0], ['the best option', 0], ['fit well', 1.2], ['fits well', 1.2],
  ['better than expected', 2], ['worse than expected', -2], ['nothing happens', -1.4], ['nothing happened', -1.4], ['driving me crazy', -2.2], ['driving me mad', -2.2], ['make sure', 0], ['making sure', 0], ['can not believe', -1.4], ['kidding me', -2], ['you kidding', -2], ['a star', 2.4], ['still nothing', -1.4], ['losing my patience', -2.2], ['lost my patience', -2.2], ['running out of patience', -2.2], ['not impressed', -1.8],
  // Polite formulas and names of things; complaint idioms (general chat English).
  ['sorry to bother you', 0], ['sorry to bother', 0], ['sorry for bothering you', 0], ['happy hour', 0], ['loyal customer', 0],
  ['worth the price', 1.6], ['worth the money', 1.6], ['worth it', 1.4], ['worth every penny', 2.4], ['with all due respect', -1.2],
  ['not what i ordered', -1.8], ['not what i was promised', -1.8], ['not what was promised', -1.8], ['without any explanation', -1.6], ['without explanation', -1.4], ['without any warning', -1.4], ['without warning', -1.2],
  ['do you even', -1.4], ['did you even', -1.4], ['could not have done it better', 2.4], ['breath of fresh air', 2.4],
  ['thank you', 1.6], ['well done', 2], ['not happy', -2], ['would like', 0], ['can not wait', 2], ['cannot wait', 2], ['well ,', 0], ['oh well', 0], ['as well', 0], ['well then', 0], ['never again', -1.6], ['feel free', 0],
];

export const ENGLISH_TYPOS: ReadonlyMap<string, string> = new Map([
  ['dissapointed', 'disappointed'], ['disapointed', 'disappointed'], ['dissapointing', 'disappointing'],
  ['terible', 'terrible'], ['horible', 'horrible'], ['horrable', 'horrible'], ['awfull', 'awful'],
  ['unacceptible', 'unacceptable'], ['unaceptable', 'unacceptable'], ['rediculous', 'ridiculous'],
  ['ridiculus', 'ridiculous'], ['increadible', 'incredible'], ['gr8', 'great'], ['thx', 'thanks'],
  ['thnx', 'thanks'], ['thanx', 'thanks'], ['ty', 'thanks'], ['luv', 'love'], ['gud', 'good'],
  ['dont', 'not'], ['cant', 'not'], ['wont', 'not'], ['didnt', 'not'], ['doesnt', 'not'], ['isnt', 'not'],
  ['wasnt', 'not'], ['arent', 'not'], ['havent', 'not'], ['hasnt', 'not'], ['werent', 'not'],
  ['shouldnt', 'not'], ['wouldnt', 'not'], ['couldnt', 'not'], ['aint', 'not'], ['nt', 'not'],
  ['recieved', 'received'], ['recieve', 'receive'], ['arived', 'arrived'], ['defect', 'defective'],
  ['sooo', 'so'], ['soo', 'so'], ['realy', 'really'], ['rly', 'really'], ['v', 'very'],
]);

export const ENGLISH_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'cannot',
  'lack', 'lacks', 'lacking', 'hardly', 'barely', 'less',
]);

const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...['absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing', 'enormously',
    'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'flippin', 'fricking', 'frickin',
    'frigging', 'friggin', 'fully', 'fucking', 'fuckin', 'greatly', 'hella', 'highly', 'hugely', 'incredibly', 'intensely',
    'majorly', 'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially',
    'thoroughly', 'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very']
    .map((w) => [w, 0.293] as const),
  ...['almost', 'barely', 'hardly', 'kinda', 'kindof', 'little', 'marginally', 'occasionally', 'partly', 'scarcely',
    'slightly', 'somewhat', 'sorta', 'sortof']
    .map((w) => [w, -0.293] as const),
]);

/** Neutral qualities that are complaints in excess ("too expensive", "too long"). */
const EXCESS_TARGETS = new Set(['expensive', 'long', 'slow', 'late', 'small', 'big', 'large', 'much', 'many', 'little', 'few', 'hot', 'cold', 'loud', 'salty', 'sweet', 'pricey', 'complicated', 'difficult', 'hard', 'early', 'short', 'tight', 'heavy', 'noisy', 'busy', 'crowded', 'far', 'high', 'low', 'thin', 'thick', 'dark', 'bright', 'strong', 'weak', 'dry', 'greasy', 'soft', 'old']);

const lexicon = new Map<string, number>();
/** wink's words that neither VADER nor our corrections know: a back-off for long sentences only. */
const backoff = new Map<string, number>();
// VADER's crowd-rated general lexicon (words, slang, emoticons) wins; wink's adds the emoji it lacks at
// full weight and its words at a low back-off weight: many are WordNet-derived senses that misfire in
// chat ("behind", "according"), but they cover the longer, literary sentences VADER's lexicon misses.
for (const [symbol, value] of Object.entries(WINK_LEXICON)) {
  if (!/\p{L}/u.test(symbol)) lexicon.set(symbol, value * WINK_SCALE);
  else if (Math.abs(value) >= WINK_MIN_WORD) backoff.set(symbol, value * WINK_WORD_SCALE);
}
for (const [word, value] of Object.entries(VADER_LEXICON)) lexicon.set(word, value);
for (const [word, value] of Object.entries(SERVICE)) lexicon.set(word, value);
for (const word of lexicon.keys()) backoff.delete(word);

/** Emoji and emoticons are language-independent: the Dutch profile reads them from here too. */
export function emojiValence(symbol: string): number | undefined {
  return lexicon.get(symbol);
}

/** Fault words of a plain problem report (see SentimentProfile.factual). */
const FACTUAL = new Set([
  'was supposed to', 'were supposed to',
  'broken', 'broke', 'slow', 'damage', 'damaged', 'charged', 'defective', 'faulty', 'missing', 'lost', 'late', 'delayed', 'delay', 'wrong', 'error', 'errors',
  'failed', 'fail', 'fails', 'failing', 'stuck', 'dead', 'problem', 'problems', 'issue', 'issues', 'forgot', 'forgotten', 'crash',
  'crashes', 'crashed', 'crashing', 'leak', 'leaks', 'leaking', 'declined', 'cracked', 'blocked', 'locked', 'expired', 'invalid',
  'incorrect', 'disconnected', 'disconnecting', 'drops', 'dropping', 'lower', 'unpaid', 'pending', 'cancelled',
  'canceled', 'charged', 'overcharged', 'outage', 'fault', 'bug', 'glitch', 'unable', 'complaint', 'unresponsive', 'glitchy', 'laggy',
  'fit well', 'fits well', 'denied', 'rejected', 'mistake', 'mistakes', 'drain', 'drains', 'stopped', 'stops', 'dead', 'jammed', 'frozen', 'freezes', 'freezing',
]);

export const english: SentimentProfile = {
  lang: 'en',
  valence: (word) => lexicon.get(word),
  backoff: (word) => backoff.get(word),
  negators: ENGLISH_NEGATORS,
  boosters: BOOSTERS,
  contrast: new Set(['but', 'however']),
  courtesy: new Set(['thanks', 'thank', 'appreciate', 'appreciated', 'hope', 'hoping', 'hopefully', 'kindly', 'sorry', 'welcome', 'grateful', 'cheers', 'unfortunately']),
  requestWords: new Set(['please', 'pls', 'plz', 'kindly']),
  requestOpeners: new Set(['in advance', 'can you', 'could you', 'would you', 'will you', 'can i', 'could i', 'may i', 'would like', 'i need', 'i would', 'i want', 'i am', 'i have', 'i hope', 'is it', 'how do', 'how can', 'where is', 'when will', 'is there', 'do you', 'can someone', 'could someone']),
  expectations: new Set([
    'arrived', 'arrive', 'arrives', 'received', 'receive', 'delivered', 'deliver', 'shipped', 'working', 'work',
    'works', 'worked', 'fixed', 'resolved', 'solved', 'answered', 'responded', 'respond', 'replied', 'reply',
    'refunded', 'heard', 'came', 'come', 'helped', 'processed', 'refund', 'response', 'answer', 'update',
    'package', 'parcel', 'delivery', 'callback', 'confirmation', 'news', 'help', 'solution', 'word',
    'answering', 'answers', 'replying', 'responding', 'listening', 'listen', 'listens', 'fit', 'fits', 'called', 'call', 'calls', 'got', 'emailed', 'contacted', 'showed', 'kept', 'honoured', 'honored',
    'apology', 'explanation', 'served', 'informed', 'told', 'notified', 'updated', 'show', 'shown', 'turned', 'get', 'gets',
    'turn', 'turns', 'start', 'starts', 'charge', 'charges', 'charging', 'load', 'loads', 'loading', 'connect', 'connects', 'boot', 'boots',
    'find', 'found', 'print', 'prints', 'sync', 'syncs', 'install', 'installs', 'show', 'shows', 'showing', 'appear', 'appears', 'open', 'opens',
    'switch', 'switches', 'heat', 'heats', 'cool', 'cools', 'pair', 'pairs', 'drain', 'drains', 'spin', 'spins', 'close', 'closes', 'lock', 'locks',
  ]),
  phrases: indexPhrases(PHRASES),
  typos: ENGLISH_TYPOS,
  interjections: new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'hihi', 'yay', 'woohoo', 'wow', 'ugh', 'meh', 'argh', 'yikes', 'omg', 'xd']),
  waiting: new Set(['wait', 'waiting', 'waited', 'waits', 'took', 'takes', 'taking', 'been']),
  durations: new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'ages', 'forever', 'hour', 'week', 'month', 'long', 'since']),
  excess: 'too',
  isExcessTarget: (word) => EXCESS_TARGETS.has(word),
  factual: FACTUAL,
  serviceWords: new Set('account address api app appointment baggage balance battery bike bill bluetooth boiler booking box bulb button cable camera car card charger claim code color colour connection console contract controller coupon courier debit decoder delivery device discount dishwasher display door driver dryer electricity email export flight fridge gas glasses headphones headset heater heating insurance internet invoice item jacket kettle key keyboard lamp laptop licence license link loan lock login luggage machine meter modem monitor mortgage mouse number order orders oven package parcel password payment phone pin pixel plan plug policy portal power printer product profile reading readings receiver refund remote room router scooter screen seat service set settings shipment shoes signal sim site size socket sofa speaker speed statement store subscription sync tablet technician ticket tracking train transfer tv update username volume voucher washer watch water website wifi zipper'.split(' ')),
  negatorMayFollow: false,
};
