/**
 * Customer-service vocabulary, EN and NL: the words customers use in chat mapped onto the
 * concepts a webshop KB is written in ("my package hasn't shown up" → parcel, arrive;
 * "ik geraak niet in mijn account" → wachtwoord, inloggen). Query-side only: a snippet is
 * never re-indexed, and a look-up is a dictionary hit, whatever the KB's size.
 *
 * Each concept lists words and short phrases per language. Any member found in a message
 * stands for every single-word member of its concept (those are what KB text contains).
 * Phrases are matched on the message's raw words (stop words included: "doet het niet").
 */
import { boundedDistance } from './term-expansion';
import { isStopword, stem, words } from './text-analysis';
import type { KbLanguage } from './types';

type Concept = Record<KbLanguage, readonly string[]>;

export const CONCEPTS: readonly Concept[] = [
  { en: ['parcel', 'package', 'packet', 'shipment', 'consignment', 'pkg'], nl: ['pakket', 'pakje', 'pakketje', 'zending', 'doos', 'colli'] },
  {
    en: ['arrive', 'arrived', 'delivered', 'received', 'shown up', 'show up', 'turned up', 'turn up', 'dropped off', 'came'],
    nl: ['aangekomen', 'aankomen', 'bezorgd', 'geleverd', 'afgeleverd', 'ontvangen', 'gekregen', 'toegekomen', 'geleverd'],
  },
  {
    en: ['late', 'delay', 'delayed', 'overdue', 'still waiting', 'not arrived', 'never arrived', 'hasnt arrived', 'not here yet', 'taking long', 'taking forever'],
    nl: ['te laat', 'vertraging', 'vertraagd', 'duurt lang', 'nog steeds niet', 'nooit aangekomen', 'niet aangekomen', 'nog niet binnen', 'laat'],
  },
  { en: ['lost', 'missing', 'gone missing', 'disappeared', 'vanished', 'lose'], nl: ['kwijt', 'zoek', 'vermist', 'verloren', 'kwijtgeraakt', 'verdwenen', 'zoekgeraakt'] },
  {
    en: ['tracking', 'track', 'trace', 'status', 'where is', 'wheres', 'where are', 'follow', 'whereabouts', 'tracking code'],
    nl: ['volgen', 'track', 'trace', 'status', 'waar is', 'waar blijft', 'volgcode', 'traceren', 'bevindt'],
  },
  {
    en: ['how fast', 'how quickly', 'how soon', 'next day', 'have it tomorrow', 'delivery time', 'when will it arrive', 'when will my order arrive', 'when will it be delivered'],
    nl: ['hoe snel', 'morgen in huis', 'volgende dag', 'levertijd', 'levertijden', 'wanneer wordt geleverd', 'wanneer komt het', 'in huis'],
  },
  { en: ['delivery', 'deliver', 'shipping', 'ship', 'dispatch', 'courier'], nl: ['bezorging', 'bezorgen', 'levering', 'leveren', 'verzending', 'verzenden', 'levertijd', 'koerier'] },
  { en: ['shipping costs', 'postage', 'delivery charge', 'delivery fee', 'shipping fee', 'delivery costs'], nl: ['verzendkosten', 'portokosten', 'porto', 'bezorgkosten', 'verzendkost', 'leveringskosten'] },
  { en: ['pickup', 'collect', 'pick up', 'servicepoint', 'parcel shop', 'parcel point'], nl: ['afhaalpunt', 'ophalen', 'afhalen', 'pakketpunt', 'servicepunt', 'pakjeswinkel'] },
  { en: ['address', 'adress', 'moved', 'house number', 'postcode'], nl: ['adres', 'bezorgadres', 'huisnummer', 'verhuisd', 'verhuizen', 'postcode'] },
  {
    en: ['return', 'returning', 'send back', 'sending back', 'bring back', 'send it back', 'retrun', 'returns'],
    nl: ['retour', 'retourneren', 'terugsturen', 'terug sturen', 'terugzenden', 'retourzending', 'retourneer', 'terugbrengen', 'kan het nog terug', 'terug te sturen', 'terug te brengen', 'terug naar jullie'],
  },
  {
    en: ['refund', 'money back', 'reimburse', 'reimbursement', 'pay me back', 'repay', 'paid back', 'refunded', 'my money'],
    nl: ['terugbetaling', 'geld terug', 'terugstorting', 'teruggestort', 'terugbetalen', 'centen terug', 'terugkrijgen', 'terugbetaald', 'mijn geld'],
  },
  {
    en: ['exchange', 'swap', 'switch', 'different size', 'other size', 'bigger size', 'smaller size', 'wrong size', 'different colour', 'different color'],
    nl: ['ruilen', 'omruilen', 'omwisselen', 'wisselen', 'andere maat', 'verkeerde maat', 'maat groter', 'maat kleiner', 'andere kleur'],
  },
  {
    en: ['defective', 'broken', 'faulty', 'fault', 'not working', 'stopped working', 'doesnt work', 'dont work', 'isnt working', 'dead', 'malfunction', 'wont turn on', 'doesnt turn on', 'repair', 'leaking', 'leaks'],
    nl: ['defect', 'kapot', 'stuk', 'werkt niet', 'doet het niet', 'doet het niet meer', 'doet niks meer', 'gaat niet aan', 'gaat niet meer aan', 'repareren', 'gerepareerd', 'reparatie', 'valt uit', 'laadt niet', 'lekt', 'kapotte'],
  },
  { en: ['warranty', 'guarantee', 'guaranteed', 'covered'], nl: ['garantie', 'waarborg', 'gedekt', 'garantietermijn'] },
  {
    en: ['damaged', 'damage', 'dented', 'dent', 'smashed', 'shattered', 'scratched', 'crushed', 'arrived broken', 'crack'],
    nl: ['beschadigd', 'schade', 'deuk', 'ingedeukt', 'barst', 'gebarsten', 'gebroken', 'kras', 'krassen', 'transportschade', 'kapot aangekomen'],
  },
  { en: ['cancel', 'cancellation', 'call off', 'stop my order', 'cancelled'], nl: ['annuleren', 'annulering', 'cancelen', 'tegenhouden', 'geannuleerd', 'annuleer'] },
  { en: ['invoice', 'receipt', 'bill', 'proof of purchase'], nl: ['factuur', 'bon', 'kassabon', 'aankoopbewijs', 'fatcuur', 'facturen'] },
  { en: ['vat', 'tax', 'company', 'business', 'vat number'], nl: ['btw', 'belasting', 'bedrijf', 'zakelijk', 'bedrijfsnaam', 'btw nummer'] },
  { en: ['payment', 'pay', 'paying', 'credit card', 'paypal', 'visa', 'mastercard', 'ways to pay'], nl: ['betalen', 'betaalmethode', 'betaalmogelijkheden', 'creditcard', 'betaalwijze', 'visa'] },
  { en: ['pay later', 'afterpay', 'klarna', 'installments', 'pay afterwards', 'buy now pay later', 'in 30 days'], nl: ['achteraf betalen', 'afterpay', 'klarna', 'gespreid betalen', 'later betalen'] },
  {
    en: ['payment failed', 'didnt go through', 'not go through', 'declined', 'failed', 'unpaid', 'charged', 'debited', 'taken from my account', 'error'],
    nl: ['mislukt', 'niet gelukt', 'foutmelding', 'afgeschreven', 'onbetaald', 'fout bij betalen', 'ging niet door'],
  },
  {
    en: ['password', 'login', 'log in', 'sign in', 'locked out', 'cant get in', 'login details', 'forgot password', 'reset'],
    nl: ['wachtwoord', 'inloggen', 'inlog', 'inloggegevens', 'geraak niet in', 'kom niet in', 'kan niet in', 'wachtwoord vergeten', 'resetten', 'paswoord'],
  },
  { en: ['change email', 'email address', 'delete account', 'remove account', 'close account', 'delete my account'], nl: ['e-mailadres', 'emailadres', 'mailadres', 'account verwijderen', 'account opheffen', 'gegevens wijzigen'] },
  {
    en: ['newsletter', 'unsubscribe', 'mailing list', 'promotional emails', 'marketing emails', 'opt out', 'stop sending', 'promotions'],
    nl: ['nieuwsbrief', 'afmelden', 'uitschrijven', 'reclame', 'reclamemails', 'mailinglijst', 'geen mails meer', 'die mails'],
  },
  { en: ['membership', 'subscription', 'premium', 'plus', 'member'], nl: ['lidmaatschap', 'abonnement', 'plus', 'lid'] },
  { en: ['end my subscription', 'stop my subscription', 'terminate', 'stop paying'], nl: ['opzeggen', 'stopzetten', 'beeindigen', 'opzegging', 'stoppen'] },
  {
    en: ['opening hours', 'open', 'opening', 'phone number', 'call you', 'reach you', 'contact', 'closed', 'phone'],
    nl: ['openingstijden', 'open', 'geopend', 'bellen', 'telefoonnummer', 'bereikbaar', 'contact', 'gesloten', 'openingsuren'],
  },
  { en: ['recall', 'kettle', 'dangerous', 'unsafe', 'overheat', 'overheating', 'safety'], nl: ['terugroepactie', 'waterkoker', 'gevaarlijk', 'onveilig', 'oververhit', 'veiligheid', 'terugroepen'] },
  { en: ['gift card', 'giftcard', 'voucher', 'gift voucher', 'gift certificate'], nl: ['cadeaukaart', 'cadeaubon', 'kadokaart', 'kadobon', 'tegoedbon', 'giftcard', 'waardebon'] },
  { en: ['price match', 'cheaper', 'less elsewhere', 'lower price', 'competitor', 'competitors', 'another shop', 'match prices'], nl: ['prijsgarantie', 'goedkoper', 'elders', 'concurrent', 'andere winkel', 'laagste prijs', 'prijsverschil'] },
  {
    en: ['washing machine', 'fridge', 'dryer', 'install', 'installation', 'large appliance', 'old appliance', 'take away'],
    nl: ['wasmachine', 'koelkast', 'droger', 'installeren', 'installatie', 'aansluiten', 'groot apparaat', 'meenemen'],
  },
  { en: ['backorder', 'out of stock', 'sold out', 'unavailable', 'restock', 'back in stock', 'in stock'], nl: ['nabestelling', 'uitverkocht', 'niet op voorraad', 'voorraad', 'weer binnen', 'leverbaar', 'backorder'] },
];

interface Vocabulary {
  /** Stem of a single-word member → the concepts it belongs to. */
  byStem: Map<string, number[]>;
  /** Multi-word members as stem sequences. */
  phrases: Array<{ stems: string[]; concept: number }>;
  /** Single-word members' stems per concept: what an expansion adds. */
  targets: string[][];
  /** Single-word members as written, for typo correction against the dictionary. */
  surface: string[];
}

const stemAll = (phrase: string, lang: KbLanguage) => words(phrase).map((w) => stem(w, lang));

function build(lang: KbLanguage): Vocabulary {
  const byStem = new Map<string, number[]>();
  const phrases: Vocabulary['phrases'] = [];
  const targets: string[][] = [];
  const surface = new Set<string>();
  CONCEPTS.forEach((concept, ci) => {
    const single = new Set<string>();
    for (const member of concept[lang]) {
      const stems = stemAll(member, lang);
      if (stems.length === 1 && !member.includes('-')) {
        const s = stems[0] as string;
        single.add(s);
        surface.add(words(member)[0] as string);
        byStem.set(s, [...new Set([...(byStem.get(s) ?? []), ci])]);
      } else if (stems.length) {
        phrases.push({ stems, concept: ci });
        // KB text says "shipping costs" too: a phrase's content words are targets as well.
        for (const w of words(member)) if (!isStopword(w, lang)) single.add(stem(w, lang));
      }
    }
    targets.push([...single]);
  });
  return { byStem, phrases, targets, surface: [...surface].sort() };
}

const vocabularies: Record<KbLanguage, Vocabulary> = { en: build('en'), nl: build('nl') };

/** Stems a word stands for through its concepts (itself excluded). */
export function conceptTerms(wordStem: string, lang: KbLanguage): string[] {
  const v = vocabularies[lang];
  const out = new Set<string>();
  for (const ci of v.byStem.get(wordStem) ?? []) for (const t of v.targets[ci] ?? []) if (t !== wordStem) out.add(t);
  return [...out];
}

export interface PhraseMatch {
  phrase: string;
  /** Positions in the word list the phrase covers. */
  positions: number[];
  terms: string[];
}

/** Multi-word members found in a message's raw words (longest first, no overlaps). */
export function findPhrases(rawWords: readonly string[], lang: KbLanguage): PhraseMatch[] {
  const v = vocabularies[lang];
  const stems = rawWords.map((w) => stem(w, lang));
  const taken = new Set<number>();
  const out: PhraseMatch[] = [];
  const byLength = [...v.phrases].sort((a, b) => b.stems.length - a.stems.length);
  for (const p of byLength) {
    for (let i = 0; i + p.stems.length <= stems.length; i++) {
      const positions = p.stems.map((_, k) => i + k);
      if (positions.some((pos) => taken.has(pos))) continue;
      if (!p.stems.every((s, k) => stems[i + k] === s)) continue;
      for (const pos of positions) taken.add(pos);
      out.push({ phrase: positions.map((pos) => rawWords[pos]).join(' '), positions, terms: v.targets[p.concept] ?? [] });
    }
  }
  return out;
}

/** Dictionary words one or two edits from a misspelt word ("wachtwrd" → "wachtwoord"). */
export function correctToDictionary(word: string, lang: KbLanguage): string | undefined {
  if (word.length < 5) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabularies[lang].surface) {
    if (candidate[0] !== word[0] || candidate === word) continue;
    const d = boundedDistance(word, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
