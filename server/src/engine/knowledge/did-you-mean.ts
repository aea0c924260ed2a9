// "Did you mean …?" for any closed vocabulary (rule ids, component names, pipeline tags, keys).
import { distance } from 'fastest-levenshtein';

/** Up to `max` candidates close to `input` (case-insensitive), best first. */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.trim().toLowerCase();
  if (!needle) return [];
  const limit = Math.max(2, Math.round(needle.length / 5));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const hay = c.toLowerCase();
    let d: number;
    if (hay === needle) d = 0;
    else if (hay.startsWith(needle) || needle.startsWith(hay)) d = 1;
    // The distance is at least the length difference: skip the O(n·m) computation (a multi-megabyte value
    // against hundreds of ids took tens of seconds).
    else if (Math.abs(hay.length - needle.length) > limit) continue;
    else d = distance(needle, hay);
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  return scored.slice(0, max).map((s) => s.c);
}
