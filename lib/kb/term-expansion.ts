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
function lowerBound(sorted: readonly string[], key: string): number {
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
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** Vocabulary terms one edit away (two for long words) sharing the first letter. */
export function typoTerms(sorted: readonly string[], word: string): string[] {
  if (word.length < 4) return [];
  const max = word.length >= 8 ? 2 : 1;
  const first = word[0] as string;
  const out: Array<[string, number]> = [];
  for (let i = lowerBound(sorted, first); i < sorted.length; i++) {
    const term = sorted[i] as string;
    if (term[0] !== first) break;
    const d = boundedDistance(word, term, max);
    if (d <= max && d > 0) out.push([term, d]);
  }
  return out
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_TYPO_TERMS)
    .map(([t]) => t);
}
