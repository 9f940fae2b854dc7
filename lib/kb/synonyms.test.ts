import { describe, expect, it } from 'vitest';
import { conceptTerms, correctToDictionary, findPhrases } from './synonyms';
import { boundedDistance } from './term-expansion';
import { stem, words } from './text-analysis';

describe('customer vocabulary', () => {
  it('maps everyday words onto the KB’s concepts, per language', () => {
    expect(conceptTerms(stem('package', 'en'), 'en')).toContain(stem('parcel', 'en'));
    expect(conceptTerms(stem('pakje', 'nl'), 'nl')).toContain(stem('pakket', 'nl'));
    expect(conceptTerms(stem('reimbursement', 'en'), 'en')).toContain(stem('refund', 'en'));
    expect(conceptTerms(stem('stuk', 'nl'), 'nl')).toContain(stem('defect', 'nl'));
    expect(conceptTerms(stem('package', 'en'), 'nl')).toEqual([]);
    // Flemish words for what the Dutch KB says otherwise.
    expect(conceptTerms(stem('kredietkaart', 'nl'), 'nl')).toContain(stem('creditcard', 'nl'));
    expect(conceptTerms(stem('kassaticket', 'nl'), 'nl')).toContain(stem('kassabon', 'nl'));
  });

  it('finds phrases among stop words and says which words they cover', () => {
    const raw = words('mijn blender doet het niet meer');
    const [match] = findPhrases(raw, 'nl');
    expect(match?.phrase).toBe('doet het niet meer');
    expect(match?.positions).toEqual([2, 3, 4, 5]);
    expect(match?.terms).toContain(stem('kapot', 'nl'));
    expect(findPhrases(words('my package has finally shown up'), 'en').map((m) => m.phrase)).toContain('shown up');
    // The longest phrase wins: "not shown up" is a late parcel, not an arrival.
    const [late] = findPhrases(words('my package has not shown up'), 'en');
    expect(late?.phrase).toBe('not shown up');
    expect(late?.terms).toContain(stem('delayed', 'en'));
  });

  it('lets a Dutch negation stand a few words after its verb, within the clause', () => {
    const raw = words('mijn blender doet het sinds gisteren niet meer');
    const [match] = findPhrases(raw, 'nl', raw.map(() => 0));
    expect(match?.phrase).toBe('doet het niet meer');
    expect(match?.terms).toContain(stem('kapot', 'nl'));
    // "werkt" and "niet" in different clauses are not "werkt niet".
    const split = words('de app werkt, maar ik snap niet');
    expect(findPhrases(split, 'nl', [0, 0, 0, 1, 1, 1, 1]).map((m) => m.phrase)).not.toContain('werkt niet');
  });

  it('lets a phrase stand for its concept, not for another concept’s words in it', () => {
    const [match] = findPhrases(words('when will you pay me back'), 'en');
    expect(match?.phrase).toBe('pay me back');
    expect(match?.terms).toContain(stem('refund', 'en'));
    expect(match?.terms).not.toContain(stem('pay', 'en'));
  });

  it('corrects typos against the dictionary, scaled by word length', () => {
    expect(correctToDictionary('wachtwrd', 'nl')).toBe('wachtwoord');
    expect(correctToDictionary('retrun', 'en')).toBe('return');
    expect(correctToDictionary('fatcuur', 'nl')).toBe('factuur');
    expect(correctToDictionary('wifi', 'en')).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(boundedDistance('retrun', 'return', 2)).toBe(1);
    expect(boundedDistance('pasword', 'password', 1)).toBe(1);
    expect(boundedDistance('kettle', 'bottle', 1)).toBe(2);
  });
});
