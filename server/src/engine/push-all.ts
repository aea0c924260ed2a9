// Appends a list to a list without spreading it into arguments: `a.push(...b)` overflows the call stack once `b` has
// some 100,000 items, and hostile files (150,000 `openness:` entries, a YAML list of millions) get there.

/** `target.push(...items)`, for any length. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
