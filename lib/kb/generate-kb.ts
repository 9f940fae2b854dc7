/**
 * A deterministic generator of large, realistic knowledge bases for the benchmarks: the demo
 * KB's topics and sentences, crossed with a product catalogue (brands, product types, model
 * codes) and a long tail of rarer words, half English and half Dutch. Same seed, same KB.
 *
 * @example
 * const snippets = generateKb(10_000); // KbSnippet[], ids gen-000000…
 */
import demoKb from './demo/demo-kb.json';
import type { KbLanguage, KbSnippet } from './types';

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BRANDS = ['Northwind', 'Aurora', 'Kestrel', 'Veldman', 'Polaris', 'Zephyr', 'Brightline', 'Duinhof', 'Larkspur', 'Meridian', 'Oakridge', 'Solvent', 'Tidewater', 'Vanguard', 'Wexford'];
const TYPES: Record<KbLanguage, string[]> = {
  en: ['kettle', 'coffee machine', 'toaster', 'blender', 'vacuum cleaner', 'robot vacuum', 'air fryer', 'microwave', 'washing machine', 'dryer', 'fridge', 'dishwasher', 'television', 'soundbar', 'headphones', 'smartwatch', 'laptop', 'tablet', 'router', 'printer', 'electric toothbrush', 'hair dryer', 'fan heater', 'air purifier', 'smart doorbell'],
  nl: ['waterkoker', 'koffiezetapparaat', 'broodrooster', 'blender', 'stofzuiger', 'robotstofzuiger', 'airfryer', 'magnetron', 'wasmachine', 'droger', 'koelkast', 'vaatwasser', 'televisie', 'soundbar', 'koptelefoon', 'smartwatch', 'laptop', 'tablet', 'router', 'printer', 'elektrische tandenborstel', 'föhn', 'ventilatorkachel', 'luchtreiniger', 'slimme deurbel'],
};
const EXTRA: Record<KbLanguage, string[]> = {
  en: ['The {p} comes with a quick-start guide in the box.', 'Firmware updates for the {p} are installed over Wi-Fi.', 'Spare parts for the {p} are available for 5 years.', 'The {p} uses {w} filters that last about 6 months.', 'Error code {c} on the {p} means the {w} sensor needs cleaning.', 'Accessories for the {p}: the {w} adapter and the {w} holder.'],
  nl: ['De {p} wordt geleverd met een snelstartgids in de doos.', 'Firmware-updates voor de {p} worden via wifi geïnstalleerd.', 'Onderdelen voor de {p} zijn 5 jaar leverbaar.', 'De {p} gebruikt {w}-filters die ongeveer 6 maanden meegaan.', 'Foutcode {c} op de {p} betekent dat de {w}-sensor schoongemaakt moet worden.', 'Accessoires voor de {p}: de {w}-adapter en de {w}-houder.'],
};
const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'van', 'dor', 'sen', 'lux', 'bri', 'tho', 'qua', 'zen', 'per', 'lin', 'gar', 'fo', 'nu', 'vek', 'sta', 'mo'];

type DemoSnippet = { id: string; title: string; body: string; tags: string[]; language: KbLanguage };
const demo = demoKb.snippets as DemoSnippet[];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** A long tail of invented part and feature names: real KBs have many rare words. */
function rareWord(rand: () => number): string {
  // Skewed towards few common ones, like real vocabularies (roughly Zipf-shaped).
  const n = Math.floor(20_000 * rand() ** 3);
  let word = '';
  for (let k = n, i = 0; i < 3; i++, k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
  return word;
}

export function generateSnippet(i: number, seed = 42): KbSnippet {
  const rand = seededRandom(seed * 1_000_003 + i);
  const base = pick(rand, demo);
  const lang = base.language;
  const product = `${pick(rand, BRANDS)} ${pick(rand, TYPES[lang])} ${String.fromCharCode(65 + Math.floor(rand() * 26))}${String.fromCharCode(65 + Math.floor(rand() * 26))}-${100 + Math.floor(rand() * 900)}`;
  const extras = Array.from({ length: 2 + Math.floor(rand() * 3) }, () =>
    pick(rand, EXTRA[lang])
      .replaceAll('{p}', product)
      .replace(/\{w\}/g, () => rareWord(rand))
      .replace('{c}', `E${10 + Math.floor(rand() * 90)}`),
  );
  const paragraphs = base.body.split('\n\n');
  const kept = paragraphs.filter((_, k) => k === 0 || rand() < 0.7);
  return {
    id: `gen-${String(i).padStart(6, '0')}`,
    title: `${base.title}: ${product}`,
    body: [...kept, extras.join(' ')].join('\n\n'),
    tags: [...base.tags.slice(0, 3), product.split(' ')[1] ?? 'product'],
    language: lang,
    version: i + 1,
    updatedAt: 1_750_000_000_000 + i * 1000,
    deleted: false,
  };
}

export function generateKb(count: number, seed = 42): KbSnippet[] {
  return Array.from({ length: count }, (_, i) => generateSnippet(i, seed));
}

/** Realistic agent queries (2–4 key terms, some typed half-way) and raw customer messages. */
export function generateQueries(count: number, seed = 7): { keyTerms: string[]; messages: string[] } {
  const rand = seededRandom(seed);
  const keyTerms: string[] = [];
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = generateSnippet(Math.floor(rand() * 1_000_000), seed);
    const words = s.title.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 3);
    const chosen = words.filter(() => rand() < 0.6).slice(0, 4);
    if (!chosen.length && words[0]) chosen.push(words[0]);
    const last = chosen.pop() ?? 'order';
    chosen.push(rand() < 0.3 ? last.slice(0, Math.max(3, last.length - 2)) : last);
    keyTerms.push(chosen.join(' ').toLowerCase());
    const sentence = s.body.split(/(?<=[.?!])\s+/)[0] ?? s.title;
    messages.push(
      s.language === 'nl'
        ? `Hallo, ik heb een vraag over mijn ${s.title.toLowerCase()}. ${sentence} Klopt dat? Ik heb al twee keer gebeld en wacht nog steeds op antwoord.`
        : `Hi there, I have a question about my ${s.title.toLowerCase()}. ${sentence} Is that right? I already called twice and I am still waiting for an answer.`,
    );
  }
  return { keyTerms, messages };
}
