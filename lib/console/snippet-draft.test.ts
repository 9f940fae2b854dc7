import { describe, expect, it } from 'vitest';
import { draftFromSnippet, draftToInput, emptyDraft, suggestId } from './snippet-draft';

describe('snippet drafts', () => {
  it('suggest a unique kebab-case id from the title', () => {
    expect(suggestId('Retour — binnen 30 dágen!', new Set())).toBe('retour-binnen-30-dagen');
    expect(suggestId('Refund', new Set(['refund', 'refund-2']))).toBe('refund-3');
    expect(suggestId('???', new Set())).toBe('snippet');
  });

  it('turn the form into a publishable snippet and back', () => {
    const input = draftToInput({ ...emptyDraft('nl'), title: ' Levering ', body: 'Morgen **in huis**', tags: 'bezorging, , levering, bezorging', formal: 'U ontvangt het morgen.', informal: '  ' }, new Set());
    expect(input).toEqual({ id: 'levering', title: 'Levering', body: 'Morgen **in huis**', tags: ['bezorging', 'levering'], language: 'nl', variants: { formal: 'U ontvangt het morgen.' } });
    const draft = draftFromSnippet({ ...input, tags: input.tags ?? [], version: 3, updatedAt: 0, deleted: false });
    expect(draft).toMatchObject({ id: 'levering', published: true, tags: 'bezorging, levering', formal: 'U ontvangt het morgen.', informal: '' });
    expect(draftToInput(draft, new Set(['levering'])).id).toBe('levering');
  });
});
