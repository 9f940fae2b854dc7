import { describe, expect, it } from 'vitest';
import { seededRandom } from './generate-kb';
import { boundedDistance, characterSet, mayBeWithin, typoTerms } from './term-expansion';

const LETTERS = 'aeioubcdklmnrstvwzéëï0123';

function randomWord(rand: () => number, length: number): string {
  let w = '';
  for (let i = 0; i < length; i++) w += LETTERS[Math.floor(rand() * LETTERS.length)];
  return w;
}

/** A word a few random edits (insert, delete, substitute, swap) away from `w`. */
function edited(rand: () => number, w: string, edits: number): string {
  let out = w;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const c = LETTERS[Math.floor(rand() * LETTERS.length)] as string;
    const kind = Math.floor(rand() * 4);
    if (kind === 0) out = out.slice(0, at) + c + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + c + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
  }
  return out;
}

describe('typo look-ups', () => {
  it('never rules out a pair of words that is within the allowed edits', () => {
    const rand = seededRandom(5);
    let close = 0;
    for (let n = 0; n < 20_000; n++) {
      const a = randomWord(rand, 3 + Math.floor(rand() * 9));
      const b = rand() < 0.7 ? edited(rand, a, 1 + Math.floor(rand() * 3)) : randomWord(rand, 3 + Math.floor(rand() * 9));
      for (const max of [1, 2]) {
        if (boundedDistance(a, b, max) > max) continue;
        close++;
        expect(mayBeWithin(characterSet(a), characterSet(b), max), `${a} ~ ${b} (${max})`).toBe(true);
      }
    }
    expect(close).toBeGreaterThan(5_000);
  });

  it('finds the same terms as comparing the word with every term of its first-letter block', () => {
    const rand = seededRandom(9);
    const vocabulary = [...new Set(Array.from({ length: 4_000 }, () => randomWord(rand, 2 + Math.floor(rand() * 10))))].sort();
    for (let n = 0; n < 300; n++) {
      const word = edited(rand, vocabulary[Math.floor(rand() * vocabulary.length)] as string, 1 + Math.floor(rand() * 2));
      if (word.length < 4) continue;
      const max = word.length >= 8 ? 2 : 1;
      const everyTerm = vocabulary
        .filter((t) => t[0] === word[0])
        .map((t) => [t, boundedDistance(word, t, max)] as const)
        .filter(([, d]) => d > 0 && d <= max)
        .sort((a, b) => a[1] - b[1])
        .slice(0, 4)
        .map(([t]) => t);
      expect(typoTerms(vocabulary, word), word).toEqual(everyTerm);
    }
  });
});
