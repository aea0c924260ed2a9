// The engine's one binary search: sorted offsets, line starts, chunk cuts, spans and directives are all searched for
// the point where an ordered predicate turns false.

/** The first index in [0, length) at which `before(i)` is false, for a `before` that holds up to some index and not
 * after it (`length` when it holds everywhere). */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
