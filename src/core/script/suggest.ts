/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
 * each cost 1 (so `clinet` is one step from `client`). O(|a|·|b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: two back (for swaps), previous, current.
  let back = new Uint32Array(b.length + 1);
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (back[j - 2] ?? 0) + 1);
      }
      row[j] = d;
    }
    [back, prev, row] = [prev, row, back];
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate a mistyped word most likely meant, or undefined when none is close: at most one edit
 * for short words, two for longer ones, or the word is a prefix of a candidate (`conn` → `connect`).
 * Words longer than 32 characters get no suggestion, which keeps this cheap on any input.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > 32) return undefined;
  const limit = w.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    // The length difference is a lower bound on the distance: skip what cannot win.
    if (Math.abs(c.length - w.length) >= bestDistance) continue;
    const d = editDistance(w, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance < w.length) return best;
  if (w.length >= 3) return candidates.find((c) => c.startsWith(w));
  return undefined;
}
