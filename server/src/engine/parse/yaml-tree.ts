// A plain, position-exact view of a YAML document (absolute offsets), built from the `yaml` package's nodes.
// Rules read this tree instead of `yaml` internals so positions are always absolute and uniform.
import { parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { LIMITS, yamlTooDeep } from '../limits.js';
import type { Span } from '../types.js';
import type { ParseWork } from './work.js';

export interface YScalar {
  kind: 'scalar';
  span: Span;
  value: string | number | boolean | null;
  /** The text as written (plain scalars), used e.g. to spot YAML 1.1 booleans such as `no`. */
  source: string;
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
}
export interface YPair {
  key: string;
  keySpan: Span;
  value: YNode | null;
  /** From the key's start to the value's end. */
  span: Span;
}
export interface YMap {
  kind: 'map';
  span: Span;
  pairs: YPair[];
  flow: boolean;
}
export interface YSeq {
  kind: 'seq';
  span: Span;
  items: YNode[];
  flow: boolean;
}
export interface YAlias {
  kind: 'alias';
  span: Span;
  name: string;
}
export type YNode = YScalar | YMap | YSeq | YAlias;

export interface YamlProblem {
  code: string;
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

/** Limits that keep hostile input (alias bombs, deep nesting) bounded. */
export const YAML_LIMITS = { maxAliasCount: LIMITS.maxYamlAliases, maxDepth: 200 };

export interface ParsedYaml {
  root: YNode | null;
  problems: YamlProblem[];
}

const STYLE: Record<string, YScalar['style']> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

function cleanMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').trim();
}

/** Parse YAML text whose first character sits at absolute offset `base`; `work` counts the characters handed to the
 * yaml package and the nodes built from its result. */
export function parseYaml(text: string, base = 0, work?: ParseWork): ParsedYaml {
  const tooDeepReason = yamlTooDeep(text);
  if (tooDeepReason) {
    return {
      root: null,
      problems: [
        {
          code: 'LIMIT',
          message: `Not parsed: ${tooDeepReason} (a limit that protects the linter from hostile input)`,
          span: { start: base, end: base + Math.min(text.length, 3) },
          severity: 'error',
        },
      ],
    };
  }
  if (work) work.yamlChars += text.length;
  // YAML 1.2 allows a lone CR as a line break but the `yaml` package does not; swapping it for LF keeps every offset.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const doc = parseDocument(source, {
    prettyErrors: false,
    // Duplicate keys are found by rules/duplicate-key.ts in one pass; the parser's own check is quadratic in a mapping's size.
    uniqueKeys: false,
    keepSourceTokens: false,
    strict: false,
  }) as Document.Parsed;
  const problems: YamlProblem[] = [];
  for (const e of doc.errors) {
    problems.push({
      code: e.code,
      message: cleanMessage(e.message),
      span: { start: base + e.pos[0], end: base + Math.max(e.pos[1], e.pos[0]) },
      severity: 'error',
    });
  }
  for (const w of doc.warnings) {
    problems.push({
      code: w.code,
      message: cleanMessage(w.message),
      span: { start: base + w.pos[0], end: base + w.pos[1] },
      severity: 'warning',
    });
  }
  const tooDeep: ConvertState = { hit: false, aliases: 0, firstAlias: null, anchors: new Map(), nodes: 0 };
  const root = doc.contents ? convert(doc.contents as YamlNode, base, 0, tooDeep, text.length) : null;
  if (work) work.yamlNodes += tooDeep.nodes;
  if (tooDeep.hit) {
    problems.push({
      code: 'TOO_DEEP',
      message: `YAML nested deeper than ${YAML_LIMITS.maxDepth} levels; deeper content is ignored`,
      span: { start: base, end: base + Math.min(text.length, 3) },
      severity: 'error',
    });
  }
  const added = tooDeep.aliases ? expansion(root, tooDeep.anchors) : 0;
  if (tooDeep.aliases > LIMITS.maxYamlAliases || added > LIMITS.maxYamlAliasExpansion) {
    const what =
      added > LIMITS.maxYamlAliasExpansion
        ? `aliases (\`*name\`) that expand to ${added >= 1e15 ? 'more than 10^15' : added.toLocaleString('en')} more nodes, over the limit of ${LIMITS.maxYamlAliasExpansion.toLocaleString('en')}`
        : `${tooDeep.aliases} aliases (\`*name\`), over the limit of ${LIMITS.maxYamlAliases}`;
    problems.push({
      code: 'LIMIT',
      message: `${what}: they are not expanded here, but YAML readers that expand them (the Hub's PyYAML) can run out of memory on such an alias bomb`,
      span: tooDeep.firstAlias ?? { start: base, end: base + Math.min(text.length, 3) },
      severity: 'error',
    });
  }
  return { root, problems };
}

function spanOf(node: { range?: [number, number, number] | null }, base: number, fallback: number): Span {
  const r = node.range;
  if (!r) return { start: base + fallback, end: base + fallback };
  return { start: base + r[0], end: base + r[1] };
}

/** The text of a key. A collection used as a key (`{a: 1}: x`) is named by its kind and offset: stringifying it, as
 * the yaml package's toString does, grows exponentially with nesting (`{{{{…` a hundred deep never finishes). */
function keyText(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  const range = (key as { range?: [number, number, number] }).range;
  return `<${isMap(key) ? 'mapping' : isSeq(key) ? 'sequence' : 'node'} key at ${range?.[0] ?? 0}>`;
}

/** Nodes that expanding every alias would add (saturating): an alias stands for a copy of the node it names. */
function expansion(root: YNode | null, anchors: Map<string, YNode>): number {
  const memo = new Map<YNode, [number, number]>();
  const active = new Set<YNode>();
  // [nodes as written, nodes once expanded]
  const size = (n: YNode | null): [number, number] => {
    if (!n) return [1, 1];
    const hit = memo.get(n);
    if (hit) return hit;
    if (active.has(n)) return [1, 1];
    active.add(n);
    let plain = 1;
    let full = 1;
    const add = (c: YNode | null) => {
      const [p, f] = size(c);
      plain += p;
      full = Math.min(full + f, 1e15);
    };
    if (n.kind === 'map') for (const p of n.pairs) add(p.value);
    else if (n.kind === 'seq') for (const i of n.items) add(i);
    else if (n.kind === 'alias') {
      const target = anchors.get(n.name);
      if (target) full = size(target)[1];
    }
    active.delete(n);
    memo.set(n, [plain, full]);
    return [plain, full];
  };
  const [plain, full] = size(root);
  return full - plain;
}

/** What conversion learns on the way: nesting over the limit, and the aliases and anchors (for the alias limits). */
interface ConvertState {
  hit: boolean;
  aliases: number;
  firstAlias: Span | null;
  anchors: Map<string, YNode>;
  /** Nodes built (counted work, parse/work.ts). */
  nodes: number;
}

function convert(node: YamlNode, base: number, depth: number, tooDeep: ConvertState, textLength: number): YNode {
  const out = convertNode(node, base, depth, tooDeep, textLength);
  const anchor = (node as { anchor?: string }).anchor;
  if (anchor) tooDeep.anchors.set(anchor, out);
  return out;
}

function convertNode(node: YamlNode, base: number, depth: number, tooDeep: ConvertState, textLength: number): YNode {
  tooDeep.nodes++;
  if (depth > YAML_LIMITS.maxDepth) {
    tooDeep.hit = true;
    return { kind: 'scalar', span: spanOf(node, base, 0), value: null, source: '', style: 'plain' };
  }
  if (isScalar(node)) {
    const v = node.value;
    const value =
      v === null || v === undefined
        ? null
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v);
    return {
      kind: 'scalar',
      span: spanOf(node, base, 0),
      value,
      source: typeof node.source === 'string' ? node.source : String(value ?? ''),
      style: STYLE[node.type ?? 'PLAIN'] ?? 'plain',
    };
  }
  if (isMap(node)) {
    const pairs: YPair[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const k = item.key as YamlNode | null;
      const keySpan =
        k && (k as { range?: [number, number, number] }).range ? spanOf(k as never, base, 0) : spanOf(node, base, 0);
      const value =
        item.value === null || item.value === undefined
          ? null
          : convert(item.value as YamlNode, base, depth + 1, tooDeep, textLength);
      const valueEnd = value ? Math.max(value.span.end, keySpan.end) : keySpan.end;
      pairs.push({ key: keyText(k), keySpan, value, span: { start: keySpan.start, end: valueEnd } });
    }
    return { kind: 'map', span: spanOf(node, base, 0), pairs, flow: node.flow === true };
  }
  if (isSeq(node)) {
    const items: YNode[] = [];
    for (const item of node.items) {
      if (item === null || item === undefined) continue;
      if (isPair(item)) {
        // A flow sequence may hold single-pair mappings (`[a: 1]`); keep them as maps.
        const k = item.key as YamlNode;
        const keySpan = spanOf(k as never, base, 0);
        const value = item.value ? convert(item.value as YamlNode, base, depth + 1, tooDeep, textLength) : null;
        items.push({
          kind: 'map',
          span: { start: keySpan.start, end: value?.span.end ?? keySpan.end },
          pairs: [
            { key: keyText(k), keySpan, value, span: { start: keySpan.start, end: value?.span.end ?? keySpan.end } },
          ],
          flow: true,
        });
        continue;
      }
      items.push(convert(item as YamlNode, base, depth + 1, tooDeep, textLength));
    }
    return { kind: 'seq', span: spanOf(node, base, 0), items, flow: node.flow === true };
  }
  if (isAlias(node)) {
    const span = spanOf(node, base, 0);
    if (tooDeep.aliases++ === 0) tooDeep.firstAlias = span;
    return { kind: 'alias', span, name: node.source };
  }
  return { kind: 'scalar', span: { start: base, end: base }, value: null, source: '', style: 'plain' };
}

// ---- small readers used by rules and knowledge ----

export function getPair(map: YNode | null | undefined, key: string): YPair | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (const p of map.pairs) if (p.key === key) return p;
  return undefined;
}

export function get(map: YNode | null | undefined, key: string): YNode | null {
  return getPair(map, key)?.value ?? null;
}

/** A scalar's value as a trimmed string, or null for non-scalars, nulls and empty strings. */
export function str(node: YNode | null | undefined): string | null {
  if (!node || node.kind !== 'scalar' || node.value === null) return null;
  const s = String(node.value).trim();
  return s === '' ? null : s;
}

/** Plain JS value of a node (aliases become null: they are not expanded, which keeps alias bombs harmless). */
export function toJS(node: YNode | null | undefined, depth = 0): unknown {
  if (!node || depth > YAML_LIMITS.maxDepth) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map((n) => toJS(n, depth + 1));
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const p of node.pairs) o[p.key] = toJS(p.value, depth + 1);
      return o;
    }
    case 'alias':
      return null;
  }
}

/** Strings of a scalar-or-list value (`datasets: x` or `datasets: [x, y]`). */
export function strList(node: YNode | null | undefined): { value: string; span: Span }[] {
  if (!node) return [];
  if (node.kind === 'scalar') {
    const s = str(node);
    return s ? [{ value: s, span: node.span }] : [];
  }
  if (node.kind === 'seq') {
    const out: { value: string; span: Span }[] = [];
    for (const item of node.items) {
      const s = str(item);
      if (s) out.push({ value: s, span: item.span });
    }
    return out;
  }
  return [];
}

/** True when a node holds no information (null, empty string, empty list or map). */
export function isEmptyNode(node: YNode | null | undefined): boolean {
  if (!node) return true;
  if (node.kind === 'scalar') return node.value === null || String(node.value).trim() === '';
  if (node.kind === 'seq') return node.items.every(isEmptyNode);
  if (node.kind === 'map') return node.pairs.length === 0;
  return false;
}

/** Depth-first walk over every node. */
export function walk(
  node: YNode | null | undefined,
  visit: (n: YNode, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (!node) return;
  visit(node, path);
  if (node.kind === 'map') for (const p of node.pairs) walk(p.value, visit, [...path, p.key]);
  else if (node.kind === 'seq') node.items.forEach((n, i) => walk(n, visit, [...path, i]));
}
