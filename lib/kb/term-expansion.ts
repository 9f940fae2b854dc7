/**
 * Prefix and typo tolerance over the index's sorted vocabulary: "retou" finds "retour",
 * "pasword" finds "password". Exact terms weigh 1, completions and near-misses less.
 */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export const EXPANSION_WEIGHTS = { exact: 1, prefix: 0.8, typo: 0.6 } as const;
const MAX_PREFIX_TERMS = 8;
const MAX_TYPO_TERMS = 4;

/** Index of the first element >= key in a sorted array. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function prefixTerms(sorted: readonly string[], prefix: string, frequency: (t: string) => number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const term = sorted[i] as string;
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) out.push(term);
  }
  // Many completions: keep the most common ones, they are the likeliest intent.
  return out.sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_PREFIX_TERMS);
}

/**
 * Edit distance with adjacent transpositions counting as one edit (optimal string alignment:
 * "retrun" is one slip from "return"), or max + 1 as soon as it must exceed max.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  // Three reused rows (two back, previous, current): this runs for every same-letter term
  // of the vocabulary on a typo look-up, so it must not allocate.
  let [before, prev, row] = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] as number;
}
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Typo look-ups scan a whole first-letter block of the vocabulary; chat repeats its words, so
 * results are memoised per vocabulary snapshot (the index replaces its sorted array on change).
 */
const TYPO_MEMO_LIMIT = 4_000;
const typoMemo = new WeakMap<readonly string[], Map<string, string[]>>();

/** Vocabulary terms one edit away (two for long words) sharing the first letter. */
export function typoTerms(sorted: readonly string[], word: string): string[] {
  if (word.length < 4) return [];
  let memo = typoMemo.get(sorted);
  if (!memo) typoMemo.set(sorted, (memo = new Map()));
  let found = memo.get(word);
  if (!found) {
    if (memo.size >= TYPO_MEMO_LIMIT) memo.clear();
    found = scanTypos(sorted, word);
    memo.set(word, found);
  }
  return [...found];
}

/**
 * The characters a word contains, as a 32-bit set: a–z one bit each, anything else shares the
 * remaining six (a shared bit can only make two words look closer, never further apart).
 */
export function characterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    set |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return set;
}

/** Whether the set has at most n members. */
function atMost(set: number, n: number): boolean {
  let rest = set;
  for (let k = 0; k < n && rest; k++) rest &= rest - 1;
  return rest === 0;
}

/**
 * Whether two words may be within `max` edits, from their character sets alone: each edit
 * removes at most one kind of character and adds at most one (a transposition neither), so
 * `max` edits leave at most `max` kinds of each word missing from the other. Most of a
 * first-letter block fails this, and the edit distance is only computed for the rest.
 */
export const mayBeWithin = (a: number, b: number, max: number) => atMost(a & ~b, max) && atMost(b & ~a, max);

/** Character sets of a sorted vocabulary, filled in as typo look-ups reach them (0: not yet). */
const characterSets = new WeakMap<readonly string[], Int32Array>();

function scanTypos(sorted: readonly string[], word: string): string[] {
  const max = word.length >= 8 ? 2 : 1;
  const first = word[0] as string;
  const out: Array<[string, number]> = [];
  let sets = characterSets.get(sorted);
  if (!sets) characterSets.set(sorted, (sets = new Int32Array(sorted.length)));
  const wordSet = characterSet(word);
  for (let i = lowerBound(sorted, first); i < sorted.length; i++) {
    const term = sorted[i] as string;
    if (term[0] !== first) break;
    if (Math.abs(term.length - word.length) > max) continue;
    let termSet = sets[i] as number;
    if (termSet === 0) sets[i] = termSet = characterSet(term);
    if (!mayBeWithin(wordSet, termSet, max)) continue;
    const d = boundedDistance(word, term, max);
    if (d <= max && d > 0) out.push([term, d]);
  }
  return out
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_TYPO_TERMS)
    .map(([t]) => t);
}
