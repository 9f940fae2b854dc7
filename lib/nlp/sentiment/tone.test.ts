import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import type { Lang } from '../types';

const analyzer = createAnalyzer(model);
const score = (text: string, lang: Lang) => analyzer.analyzeMessage(text, { lang }).sentiment;

describe('plain fault reports are neutral; the same fault said with feeling is not', () => {
  it.each([
    ['en', 'The scanner does not turn on.'],
    ['en', 'My upload speed is lower than the contract says.'],
    ['en', 'The second invoice has the wrong amount on it.'],
    ['en', 'Hi, the tracking page shows an error for order 88412.'],
    ['en', 'How long does it take for a refund to come through?'],
    ['nl', 'De scanner gaat niet aan.'],
    ['nl', 'Mijn uploadsnelheid is lager dan in het contract staat.'],
    ['nl', 'Op de tweede factuur staat het verkeerde bedrag.'],
    ['nl', 'Hoe lang duurt het voordat de terugbetaling binnen is?'],
    ['nl', 'De kortingscode werkt niet bij mijn bestelling.'],
  ] as Array<[Lang, string]>)('%s neutral: %s', (lang, text) => {
    expect(Math.abs(score(text, lang))).toBeLessThan(0.05);
  });

  it.each([
    ['en', 'The scanner does not turn on!!'],
    ['en', 'The scanner STILL does not turn on.'],
    ['en', 'The scanner is broken again, this is so annoying.'],
    ['en', 'WHY IS THE SCANNER BROKEN'],
    ['nl', 'De scanner gaat alweer niet aan.'],
    ['nl', 'De scanner is echt kapot, belachelijk!'],
    ['nl', 'Waar blijft mijn terugbetaling???'],
  ] as Array<[Lang, string]>)('%s negative: %s', (lang, text) => {
    expect(score(text, lang)).toBeLessThan(-0.05);
  });
});

describe('irony and tone', () => {
  it.each([
    ['en', 'Oh wonderful, the parcel is lost again.'],
    ['en', 'Fantastic service, only three hours on hold 🙄'],
    ['en', 'This shop used to be great.'],
    ['nl', 'Prachtig hoor, weer een kapot pakket.'],
    ['nl', 'Fijn, alweer een storing.'],
    ['nl', 'Vroeger was de service goed.'],
  ] as Array<[Lang, string]>)('%s negative: %s', (lang, text) => {
    expect(score(text, lang)).toBeLessThan(-0.05);
  });

  it.each([
    ['en', 'Great, thanks, that fixed my problem.'],
    ['en', "Couldn't be happier with the new router."],
    ['nl', 'Kon niet blijer zijn met de nieuwe router.'],
    ['nl', 'Merci, ge zijt een schat!'],
  ] as Array<[Lang, string]>)('%s not negative: %s', (lang, text) => {
    expect(score(text, lang)).toBeGreaterThan(-0.05);
  });

  it('keeps honest praise before "maar" positive', () => {
    const text = 'Lekker, maar de levering duurde wat lang.';
    const praise = analyzer.analyzeMessage(text, { lang: 'nl' }).highlights.find((h) => text.slice(h.start, h.end) === 'Lekker');
    expect(praise?.weight).toBeGreaterThan(0);
  });
});
