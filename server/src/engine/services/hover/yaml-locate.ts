// Finds what sits under an offset in a parsed YAML tree: a key, a scalar value or a scalar list item, with the
// key path that leads to it. Hovers need the path (e.g. openness → weights → license) to pick an explanation.
import type { YNode, YPair } from '../../parse/yaml-tree.js';
import type { Span } from '../../types.js';

export interface YamlHit {
  /** Keys and sequence indexes from the root to the mapping that holds `key`. */
  path: (string | number)[];
  /** The key hovered, or whose value / list item is hovered. */
  key: string;
  pair: YPair;
  on: 'key' | 'value';
  /** The scalar under the offset (on === 'value'). */
  value: string | null;
  /** Index of the list item when the value is an item of a sequence. */
  index?: number;
  span: Span;
}

// A hover at the end of a word (keyboard hover, cursor after the word) still counts.
const within = (s: Span, offset: number): boolean => offset >= s.start && offset <= s.end && s.end > s.start;

function scalarText(n: YNode): string | null {
  return n.kind === 'scalar' && n.value !== null ? String(n.value) : null;
}

function inMap(node: YNode, offset: number, path: (string | number)[]): YamlHit | null {
  if (node.kind !== 'map') return null;
  for (const pair of node.pairs) {
    if (within(pair.keySpan, offset)) return { path, key: pair.key, pair, on: 'key', value: null, span: pair.keySpan };
    const v = pair.value;
    if (!v || !within(v.span, offset)) continue;
    if (v.kind === 'scalar') return { path, key: pair.key, pair, on: 'value', value: scalarText(v), span: v.span };
    if (v.kind === 'map') return inMap(v, offset, [...path, pair.key]);
    if (v.kind === 'seq') {
      for (let i = 0; i < v.items.length; i++) {
        const item = v.items[i]!;
        if (!within(item.span, offset)) continue;
        if (item.kind === 'scalar')
          return { path, key: pair.key, pair, on: 'value', value: scalarText(item), index: i, span: item.span };
        if (item.kind === 'map') return inMap(item, offset, [...path, pair.key, i]);
        return null;
      }
    }
    return null;
  }
  return null;
}

/** The key or scalar under `offset` in `root`, or null. */
export function locate(root: YNode | null | undefined, offset: number): YamlHit | null {
  return root ? inMap(root, offset, []) : null;
}
