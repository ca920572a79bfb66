/**
 * Pure. Where a new element goes in `sorted` to keep it sorted, after its equals: the index of the first
 * element that `after` says comes after it (binary search; `after` must be false, then true, along the list).
 */
export function upperBound<T>(sorted: readonly T[], after: (y: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(sorted[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
