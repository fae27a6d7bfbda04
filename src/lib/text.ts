/**
 * Comparing words the way a reader means them, shared by search, the directory's
 * filter and the content check's "did you mean": one accent folding, one edit distance.
 */

/**
 * Without accents: the combining marks that NFD splits off are dropped, so "café"
 * matches "cafe". Case and everything else are left to the caller.
 * @example foldAccents('Café Kampong') // 'Cafe Kampong'
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Edit distance with adjacent transpositions ("pemluihan" is one edit from
 * "pemulihan"), stopping early once it exceeds `max`.
 * @example editDistance('pemluihan', 'pemulihan') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prevPrev, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}
