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
    let d = distance(needle, hay);
    if (hay.startsWith(needle) || needle.startsWith(hay)) d = Math.min(d, 1);
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  return scored.slice(0, max).map((s) => s.c);
}
