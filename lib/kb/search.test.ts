import { beforeAll, describe, expect, it } from 'vitest';
import { KbDb } from './db';
import type { Group } from './message-terms';
import { confidenceFor, firstHopelessGroup, keyTerms, search, suggest } from './search';
import { guessLanguage, stem } from './text-analysis';
import { KbStore } from './store';

let kb: KbStore;
beforeAll(async () => {
  kb = await KbStore.open(new KbDb(`kb-search-${crypto.randomUUID()}`));
  await kb.seedDemoIfEmpty();
});
const top = async (q: string, lang?: 'en' | 'nl') => (await search(kb, q, { lang }))[0]?.snippetId;

describe('search', () => {
  it.each([
    ['kettle recall', 'kettle-recall-en'],
    ['pasword reset', 'password-reset-en'],
    ['cancel northwind plus', 'northwind-plus-cancel-en'],
    ['factuur btw', 'btw-zakelijke-factuur-nl'],
    ['opzeggen plus', 'northwind-plus-opzeggen-nl'],
    ['openingstijd', 'openingstijden-contact-nl'],
  ])('%s → %s', async (q, id) => {
    expect(await top(q)).toBe(id);
  });

  it('finds what a typo in the search box meant, a common word and one the stemmer changes included', async () => {
    expect(await top('refnd', 'en')).toMatch(/^refund-/);
    expect((await search(kb, 'delivry', { lang: 'en' })).map((h) => h.snippetId)).toContain('delivery-times-en');
  });

  it('matches prefixes while the agent types', async () => {
    const hits = await search(kb, 'terugroep', { lang: 'nl' });
    expect(hits[0]?.snippetId).toBe('waterkoker-terugroepactie-nl');
    expect(hits[0]?.matched).toEqual(['terugroep']);
  });

  it('stems English and Dutch', async () => {
    expect(await top('refunds', 'en')).toMatch(/^refund-/);
    expect(await top('bestellingen annuleren', 'nl')).toBe('bestelling-annuleren-nl');
  });

  it('keeps to the requested language', async () => {
    const hits = await search(kb, 'klarna', { lang: 'nl', limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.language === 'nl')).toBe(true);
  });

  it('says why each hit matched and ranks best first', async () => {
    const hits = await search(kb, 'password reset', { lang: 'en' });
    expect(hits[0]).toMatchObject({ snippetId: 'password-reset-en', matched: ['password', 'reset'] });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits.every((h) => h.confidence > 0 && h.confidence <= 1)).toBe(true);
  });

  it('returns nothing for questions the KB cannot answer', async () => {
    expect(await search(kb, 'weather tomorrow')).toEqual([]);
    expect(await search(kb, '')).toEqual([]);
  });
});

describe('suggest', () => {
  it('answers the demo chats from the customer’s recent messages', async () => {
    const sam = await suggest(kb, ['Hello, I need help with my account. I cannot reset my password.', 'I tried the reset link twice but the email never comes.']);
    expect(sam[0]?.snippetId).toBe('password-reset-en');
    expect(sam[0]?.matched).toEqual(expect.arrayContaining(['reset', 'password']));
    const daan = await suggest(kb, ['Goedemiddag, mijn waterkoker (bestelling NW-51877) lekt sinds gisteren.', 'Niet goed, echt slecht! Ik heb hem pas twee weken.']);
    expect(daan.map((h) => h.snippetId)).toContain('defect-product-nl');
    expect(daan.every((h) => h.language === 'nl')).toBe(true);
  });

  it.each([
    ['Can I pay with PayPal?', 'payment-methods-en'],
    ['Hoe lang duurt het voordat ik mijn geld terugkrijg?', 'terugbetaling-termijn-nl'],
    ['Wat zijn jullie openingstijden?', 'openingstijden-contact-nl'],
    ['I want to cancel my membership', 'northwind-plus-cancel-en'],
  ])('%s → %s', async (message, id) => {
    expect((await suggest(kb, [message]))[0]?.snippetId).toBe(id);
  });

  it.each([['Thanks, have a nice day!'], ['What is the weather like in Amsterdam today?'], ['Do you sell dog food?'], ['Dank je wel, fijne dag!']])(
    'stays silent on %s',
    async (message) => {
      expect(await suggest(kb, [message])).toEqual([]);
    },
  );

  it('lists each snippet once', async () => {
    const hits = await suggest(kb, ['My refund has not arrived', 'refund refund refund', 'where is my refund?'], { limit: 10 });
    const idsSeen = hits.map((h) => h.snippetId);
    expect(new Set(idsSeen).size).toBe(idsSeen.length);
    expect(idsSeen.length).toBeGreaterThan(0);
  });
});

describe('suggest on how customers really write', () => {
  it.each([
    ['my package hasnt shown up, where can i see where it is', 'en', ['track-and-trace-en', 'parcel-late-en']],
    ['the blender is broken, it doesn’t turn on anymore', 'en', ['defective-product-en']],
    ['I forgot my pasword', 'en', ['password-reset-en']],
    ['ik geraak niet in mijn account', 'nl', ['wachtwoord-resetten-nl']],
    ['Waar vind ik de fatcuur van mijn bestelling?', 'nl', ['factuur-downloaden-nl']],
    ['Goedemorgen, kunt u mij vertellen waar mijn zending zich bevindt?', 'nl', ['track-and-trace-nl']],
    ['Het product is uitverkocht, wanneer komt het weer binnen?', 'nl', ['niet-op-voorraad-nl']],
    // Chatty messages full of everyday words the KB does not contain.
    ['is it true that kettle model is being taken off the market?', 'en', ['kettle-recall-en']],
    ['Hoi, het bezorgmoment was gisteren en ik ben de hele dag voor niks thuis gebleven. Er kwam niks.', 'nl', ['pakket-te-laat-nl']],
    // A Dutch compound read as its parts.
    ['het geld staat nog steeds niet op mijn bankrekening', 'nl', ['terugbetaling-niet-ontvangen-nl']],
    // A separable verb, split around its object.
    ['hoe zeg ik mijn plus abonnement op?', 'nl', ['northwind-plus-opzeggen-nl']],
    ['can I send the blue shoes back?', 'en', ['return-how-to-en', 'returns-window-en']],
    // A how-long question is about what the rest of the message names.
    ['hoelang duurt een terugbetaling meestal?', 'nl', ['terugbetaling-termijn-nl']],
    // Flemish diminutives and participles read as the words they stand for.
    ['mijn pakske is nog altijd niet toegekomen', 'nl', ['pakket-te-laat-nl']],
    ['ik heb het adres verkeerd ingevuld, kan dat nog aangepast worden?', 'nl', ['bezorgadres-wijzigen-nl']],
    // A typo of a generic word is chat, not a topic the KB lacks.
    ['ik wil mijn bestelilng annuleren', 'nl', ['bestelling-annuleren-nl']],
    // Chat spellings of the words phrases are written with.
    ['mn pakket is nog nie aangekomen', 'nl', ['pakket-te-laat-nl']],
    // A slip corrected against the dictionary; a slip for a stop word is no topic.
    ['hoelang is de garrantie', 'nl', ['garantietermijn-nl']],
    ['wat zijn julie openingstijden', 'nl', ['openingstijden-contact-nl']],
  ] as const)('%s', async (message, lang, ids) => {
    const hits = await suggest(kb, [message], { lang });
    expect(hits.slice(0, 3).some((h) => (ids as readonly string[]).includes(h.snippetId))).toBe(true);
  });

  it.each([
    ['Are you hiring? I’d like to apply for a job', 'en'],
    ['how do i descale my coffee machine', 'en'],
    ['Hebben jullie een kortingscode?', 'nl'],
    ['Hoe gaat het met je?', 'nl'],
    // A word the KB knows, qualified by one beside it that it does not know.
    ['what’s the wifi password in your store?', 'en'],
    ['Wat is het wifi-wachtwoord?', 'nl'],
    ['Is deze wasmachine energiezuinig?', 'nl'],
    // Idioms whose words belong to a topic ("verschil", "zoek") but that ask something else.
    ['What is the difference between these two blenders?', 'en'],
    ['Zijn jullie op zoek naar nieuwe collega’s?', 'nl'],
  ] as const)('stays silent on %s', async (message, lang) => {
    expect(await suggest(kb, [message], { lang })).toEqual([]);
  });
});

describe('suggest: context beside the question', () => {
  const confidence = async (snippetId: string, message: string) => (await suggest(kb, [message], { lang: snippetId.endsWith('-nl') ? 'nl' : 'en' })).find((h) => h.snippetId === snippetId)?.confidence ?? 0;

  it.each([
    // A sentence beside the question says why the customer asks.
    ['invoice-download-en', 'Where can I download my invoice for the landlord insurance paperwork?', 'Where can I download my invoice? It is for the landlord insurance paperwork.'],
    // After "because" or "if": a reason or a condition, not what is asked.
    ['exchange-product-en', 'Can I return my order for my aunt who dislikes the colour?', 'Can I return my order because my aunt dislikes the colour?'],
  ])('counts words the KB lacks for less as context than in what is asked (%s)', async (snippetId, asked, context) => {
    const inQuestion = await confidence(snippetId, asked);
    expect(inQuestion).toBeGreaterThan(0);
    expect(await confidence(snippetId, context)).toBeGreaterThan(inQuestion + 0.05);
  });

  it('counts what the KB knows beside a question for less when the question names its own topic', async () => {
    // The recall is why they write; what they ask is a contact the KB has no snippet for.
    expect(await confidence('kettle-recall-en', "I'm writing a school report on the kettle recall. Could I talk to your marketing department?")).toBe(0);
    expect(await confidence('waterkoker-terugroepactie-nl', 'Ik schrijf een werkstuk over de terugroepactie van de waterkoker. Kan ik iemand van jullie marketingafdeling spreken?')).toBe(0);
    // A question with no topic of its own ("what do I do with it?") leaves the sentence beside it as the topic.
    expect(await confidence('kettle-recall-en', 'The recalled kettle is still in my kitchen. What do I do with it?')).toBeGreaterThan(0);
    // "Where is it?" frames the question; the missing refund beside it is still what is asked about.
    expect((await suggest(kb, ['Still no money back for the blender I returned. Where is it?'], { lang: 'en' }))[0]?.snippetId).toBe('refund-not-received-en');
  });

  it('still stays silent when the question itself is about something the KB lacks', async () => {
    expect(await suggest(kb, ['Do you have job openings in the warehouse? I just finished school.'], { lang: 'en' })).toEqual([]);
    expect(await suggest(kb, ['Hebben jullie vacatures in het magazijn? Ik ben net klaar met school.'], { lang: 'nl' })).toEqual([]);
  });
});

describe('key terms', () => {
  const bestWeight = (text: string, lang: 'en' | 'nl', word: string) => Math.max(0, ...(keyTerms(kb.index, [text], [lang]).find((g) => g.word === word)?.terms.map((t) => t.weight) ?? []));

  it('lets a size or degree adjective leave the word beside it on topic, unlike a noun the KB lacks', () => {
    expect(bestWeight('er zit een flinke deuk in', 'nl', 'deuk')).toBe(1);
    expect(bestWeight('it came with a huge dent', 'en', 'dent')).toBe(1);
    expect(bestWeight('what is the wifi password', 'en', 'password')).toBeLessThan(1);
  });

  it('reads Flemish function words as Dutch function words', () => {
    // Their votes tell the language of a short Flemish message that names no Dutch stop word.
    expect(guessLanguage('wa kost da nie')).toBe('nl');
    expect(guessLanguage('kheb ne vraag')).toBe('nl');
    const words = keyTerms(kb.index, ['wa kost da nie om te leveren'], ['nl']).map((g) => g.word);
    expect(words).not.toContain('da');
    expect(words).not.toContain('nie');
  });

  it('joins a clause-final particle to its verb', () => {
    const words = keyTerms(kb.index, ['ik stuur de schoenen morgen terug'], ['nl']).map((g) => g.word);
    expect(words).toContain('terugstuur');
    expect(words).not.toContain('terug');
    expect(keyTerms(kb.index, ['can i send the shoes back'], ['en']).map((g) => g.word)).toContain('send back');
  });

  it('weighs a how-long frame like a generic word', () => {
    const groups = keyTerms(kb.index, ['how long does a refund take'], ['en']);
    const frame = groups.find((g) => g.word === 'how long');
    const refund = groups.find((g) => g.word === 'refund');
    expect(frame && refund && frame.info < refund.info / 2).toBe(true);
  });

  it('splits an unknown Dutch compound into two parts the KB knows', () => {
    const [group] = keyTerms(kb.index, ['mijn bankrekening'], ['nl']);
    expect(group?.word).toBe('bankrekening');
    expect(group?.terms.map((t) => t.term)).toContain(stem('bank', 'nl'));
  });
});

describe('firstHopelessGroup: documents first met after it are skipped, so the bound must hold', () => {
  // A small deterministic generator: the property is checked on many random queries.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const randomGroups = (): Group[] =>
    Array.from({ length: 2 + Math.floor(random() * 14) }, (_, i) => ({
      word: `w${i}`,
      // Some words the KB does not know: groups without terms.
      terms: random() < 0.2 ? [] : Array.from({ length: 1 + Math.floor(random() * 3) }, (_, j) => ({ term: `t${i}.${j}`, weight: [1, 0.9, 0.75, 0.6][Math.floor(random() * 4)] as number })),
      info: random() * 9,
      boost: [1, 0.75, 0.5][Math.floor(random() * 3)] as number,
    })).sort((a, b) => b.info * b.boost - a.info * a.boost);

  it('no document first matched at or after it reaches the threshold, and it does skip groups', () => {
    let skipped = 0;
    for (let run = 0; run < 400; run++) {
      const used = randomGroups();
      const mode = run % 2 ? 'suggest' : 'search';
      const confidenceOf = confidenceFor({ documentCount: 50 + Math.floor(random() * 20_000) }, used, mode);
      const minConfidence = mode === 'suggest' ? 0.45 : 0.25;
      const from = firstHopelessGroup(used, confidenceOf, minConfidence);
      skipped += used.length - from;
      // The best a late document can do: every group from `from` on, each by its heaviest term.
      for (let first = from; first < used.length; first++) {
        let covered = 0;
        let matched = 0;
        for (const g of used.slice(first)) {
          if (!g.terms.length) continue;
          covered += g.info * g.boost * Math.max(...g.terms.map((t) => t.weight));
          matched += g.info * g.boost;
        }
        expect(confidenceOf(covered, matched)).toBeLessThan(minConfidence);
      }
      // And the group before it could still bring in a confident document.
      if (from > 0) {
        const rest = used.slice(from - 1).filter((g) => g.terms.length);
        const covered = rest.reduce((sum, g) => sum + g.info * g.boost * Math.max(...g.terms.map((t) => t.weight)), 0);
        expect(confidenceOf(covered, covered)).toBeGreaterThanOrEqual(minConfidence * (1 - 1e-9));
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('skips nothing when a term weighs over 1 (the bound assumes covered ≤ matched)', () => {
    const used: Group[] = [
      { word: 'a', terms: [{ term: 'a', weight: 1 }], info: 5, boost: 1 },
      { word: 'b', terms: [{ term: 'b', weight: 1.5 }], info: 0.01, boost: 1 },
    ];
    expect(firstHopelessGroup(used, confidenceFor({ documentCount: 1000 }, used, 'suggest'), 0.45)).toBe(2);
  });
});
