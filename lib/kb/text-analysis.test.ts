import { describe, expect, it } from 'vitest';
import { generateKb } from './generate-kb';
import { addTermCounts, dutchBaseForms, isStopword, stem, termCounts, words } from './text-analysis';

describe('words', () => {
  it('folds accents, drops placeholders, keeps plain ASCII text as it was', () => {
    expect(words('De Föhn is geïnstalleerd, café {order.id}!')).toEqual(['de', 'fohn', 'is', 'geinstalleerd', 'cafe']);
    expect(words('Order NW-51877 ships\tin 2 days.\r\n')).toEqual(['order', 'nw', '51877', 'ships', 'in', 'days']);
  });
});

describe('addTermCounts', () => {
  it('counts exactly what stop words + stems give, times the weight', () => {
    for (const s of generateKb(40)) {
      const expected = new Map<string, number>();
      for (const w of words(s.body)) {
        if (isStopword(w, s.language)) continue;
        const t = stem(w, s.language);
        expected.set(t, (expected.get(t) ?? 0) + 3);
      }
      expect(addTermCounts(new Map(), s.body, s.language, 3)).toEqual(expected);
      expect(termCounts(s.body, s.language)).toEqual(new Map([...expected].map(([t, n]) => [t, n / 3])));
    }
  });
});

describe('dutchBaseForms', () => {
  it('finds the noun of a diminutive, Flemish ones included', () => {
    expect(dutchBaseForms('pakketje')).toContain('pakket');
    expect(dutchBaseForms('bonnetje')).toContain('bon');
    expect(dutchBaseForms('mailtje')).toContain('mail');
    expect(dutchBaseForms('pakske')).toContain('pakje');
  });

  it('finds the infinitive of participles and past tenses, separable verbs included', () => {
    expect(dutchBaseForms('aangepast')).toContain('aanpassen');
    expect(dutchBaseForms('ingevuld')).toContain('invullen');
    expect(dutchBaseForms('teruggestuurd')).toContain('terugsturen');
    expect(dutchBaseForms('gegarandeerd')).toContain('garanderen');
    expect(dutchBaseForms('bevestigden')).toContain('bevestigen');
    expect(dutchBaseForms('verhuisd')).toContain('verhuizen');
    expect(dutchBaseForms('opgegeven')).toContain('opgeven');
  });
});

describe('words(): the scan splits exactly as the Unicode regex did', () => {
  // The index's stored terms and every query go through words(): a different split would stop
  // old postings from matching new queries.
  const bySplit = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && w.length <= 40);
  it.each([
    'Retour binnen 30 dagen — geld terug!',
    'Ça coûte 20 €, oké? Straße ﬁlter İstanbul',
    'Emoji 😀in between, astral 𝐀𝐁 letters, Arabic ٣٤ digits, ½ and ² signs',
    `A word of 41 letters ${'x'.repeat(41)} and one of 40 ${'y'.repeat(40)}`,
    'Lone surrogates \ud800a and b\udc00 stay apart; 中文 and tabs\tand\u00a0nbsp',
  ])('%s', (text) => {
    // Accent folding happens before the split: compare on text with nothing to fold.
    const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    expect(words(folded)).toEqual(bySplit(folded));
  });
});
