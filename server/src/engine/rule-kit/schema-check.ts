// Shared by the metadata rules: validate a YAML node with a zod schema and map every zod issue path back to the
// exact YAML node (value, key, or the key of the mapping that lacks a field). Union failures are resolved to the
// branch that fits the node's kind, so a mapping gets the mapping's problems, not "invalid input".
// Also finds near-miss keys in open (loose) mappings, which zod accepts silently (`metric:` for `metrics:`).
import { originOf, shiftNode } from '../parse/yaml-blocks.js';
import type { z } from 'zod';
import { closest } from '../knowledge/did-you-mean.js';
import type { ParsedDocument } from '../parse/document.js';
import type { YNode, YPair } from '../parse/yaml-tree.js';
import { toJS } from '../parse/yaml-tree.js';
import type { Span, TextEdit } from '../types.js';
import { pushAll } from '../push-all.js';

export type PathSeg = string | number;

export type ProblemKind =
  'unknown-key' | 'misspelt-key' | 'missing-key' | 'empty-value' | 'bad-value' | 'wrong-type' | 'too-small' | 'other';

export interface SchemaProblem {
  kind: ProblemKind;
  span: Span;
  /** Path of the offending value (for keys: of the key) relative to the validated node. */
  path: PathSeg[];
  /** The unknown, misspelt or missing key. */
  key?: string;
  /** The offending node (null when missing or empty). */
  node: YNode | null;
  /** The pair holding the node or key, when there is one. */
  pair?: YPair;
  /** Allowed values (enums) or close keys (did-you-mean). */
  options: string[];
  /** Every known key of the mapping (unknown keys), or every allowed value (enums). */
  known?: string[];
  /** Close keys that are already present in the mapping (so renaming would duplicate them). */
  taken?: string[];
  /** Human text of what is expected. */
  expected?: string;
  /** Description of the schema at the path (missing keys: of the missing field). */
  description?: string;
  /** zod's own message, for codes without a dedicated kind. */
  zodMessage?: string;
  minimum?: number;
}

// ------------------------------------------------------------------ zod introspection (zod 4 `_zod.def`)

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
}

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strip optional / nullable / default wrappers. */
export function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = def(cur);
    if (
      (d.type === 'optional' ||
        d.type === 'nullable' ||
        d.type === 'default' ||
        d.type === 'prefault' ||
        d.type === 'readonly') &&
      d.innerType
    )
      cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else break;
  }
  return cur;
}

/** The leaf schemas (unions expanded) a value at `path` may match. Empty when the path leads into unknown keys. */
export function schemaAt(schema: z.ZodType, path: readonly PathSeg[]): z.ZodType[] {
  let current = expand(schema);
  for (const seg of path) {
    current = step(current, seg);
    if (!current.length) break;
  }
  return current;
}

const stepMemo = new WeakMap<readonly z.ZodType[], Map<PathSeg, z.ZodType[]>>();

/** The leaf schemas one path segment below `current` (memoised: arrays flow from `expand`/`step` only). */
function step(current: readonly z.ZodType[], seg: PathSeg): z.ZodType[] {
  const key = typeof seg === 'number' ? 0 : seg;
  let memo = stepMemo.get(current);
  if (!memo) stepMemo.set(current, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const next = stepUncached(current, key);
  memo.set(key, next);
  return next;
}

function stepUncached(current: readonly z.ZodType[], seg: PathSeg): z.ZodType[] {
  const next: z.ZodType[] = [];
  for (const s of current) {
    const d = def(s);
    if (typeof seg === 'number' && d.type === 'array' && d.element) pushAll(next, expand(d.element));
    else if (typeof seg === 'string' && d.type === 'object' && d.shape && Object.hasOwn(d.shape, seg))
      pushAll(next, expand(d.shape[seg]!));
    else if (typeof seg === 'string' && d.type === 'record' && d.valueType) pushAll(next, expand(d.valueType));
  }
  return next;
}

const expandMemo = new WeakMap<z.ZodType, z.ZodType[]>();

function expand(s: z.ZodType): z.ZodType[] {
  const hit = expandMemo.get(s);
  if (hit) return hit;
  const u = unwrap(s);
  const d = def(u);
  const out = d.type === 'union' && d.options ? d.options.flatMap(expand) : [u];
  expandMemo.set(s, out);
  return out;
}

/** What kinds of scalar the schema accepts at `path`: 'boolean', 'string', 'number', 'enum', 'unknown'… */
export function acceptedTypes(schema: z.ZodType, path: readonly PathSeg[]): Set<string> {
  return new Set(schemaAt(schema, path).map((s) => def(s).type));
}

/** The description of the schema at `path` (the nearest wrapper that has one). */
export function describeAt(schema: z.ZodType, path: readonly PathSeg[]): string | undefined {
  let current: z.ZodType[] = [schema];
  let desc: string | undefined;
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const s0 of current) {
      for (const s of expandKeepDesc(s0)) {
        const d = def(s);
        if (typeof seg === 'number' && d.type === 'array' && d.element) next.push(d.element);
        else if (typeof seg === 'string' && d.type === 'object' && d.shape && Object.hasOwn(d.shape, seg))
          next.push(d.shape[seg]!);
        else if (typeof seg === 'string' && d.type === 'record' && d.valueType) next.push(d.valueType);
      }
    }
    current = next;
    if (!current.length) return undefined;
  }
  for (const s of current) {
    desc = (s as { description?: string }).description ?? (unwrap(s) as { description?: string }).description;
    if (desc) break;
  }
  return desc;
}

function expandKeepDesc(s: z.ZodType): z.ZodType[] {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'union' && d.options) return d.options.flatMap(expandKeepDesc);
  return [u];
}

/** Keys of the object schema(s) at `path`. */
export function keysAt(schema: z.ZodType, path: readonly PathSeg[]): string[] {
  const keys = new Set<string>();
  for (const s of schemaAt(schema, path)) {
    const d = def(s);
    if (d.type === 'object' && d.shape) for (const k of Object.keys(d.shape)) keys.add(k);
  }
  return [...keys];
}

// ------------------------------------------------------------------ YAML side

/** Last pair with `key` (YAML readers keep the last duplicate, as `toJS` does). */
function lastPair(map: YNode | null, key: string): YPair | undefined {
  if (!map || map.kind !== 'map') return undefined;
  let found: YPair | undefined;
  for (const p of map.pairs) if (p.key === key) found = p;
  return found;
}

/** Where to report about a list item as a whole: its first key (the `- key:` line), else the item itself. */
export function itemAnchor(node: YNode): Span {
  if (node.kind === 'map' && node.pairs.length) return node.pairs[0]!.keySpan;
  return node.span;
}

interface Located {
  found: boolean;
  node: YNode | null;
  pair?: YPair;
  /** Report position for problems about this location as a whole. */
  anchor: Span;
}

/** Follow a zod issue path through the YAML tree; `anchor` is where to report when the path ends early. */
export function locate(root: YNode | null, rootAnchor: Span, path: readonly PathSeg[]): Located {
  let cur: YNode | null = root;
  let anchor = rootAnchor;
  let pair: YPair | undefined;
  for (const seg of path) {
    if (!cur) return { found: false, node: null, anchor };
    if (typeof seg === 'number') {
      const item = cur.kind === 'seq' ? cur.items[seg] : undefined;
      if (!item) return { found: false, node: null, anchor };
      cur = item;
      pair = undefined;
      anchor = itemAnchor(item);
    } else {
      const p = lastPair(cur, seg);
      if (!p) return { found: false, node: null, anchor };
      pair = p;
      anchor = p.keySpan;
      cur = p.value;
    }
  }
  return { found: true, node: cur, pair, anchor };
}

/** Span for a problem about a value: the value itself, or its key when the value is a multi-line collection. */
function valueSpan(loc: Located): Span {
  const n = loc.node;
  if (!n) return loc.anchor;
  if ((n.kind === 'map' || n.kind === 'seq') && !n.flow) return loc.anchor;
  return n.span;
}

// ------------------------------------------------------------------ issue flattening

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  object: 'a mapping (`key: value` lines)',
  record: 'a mapping (`key: value` lines)',
  array: 'a list',
  null: 'nothing',
};

export function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function isNull(node: YNode | null): boolean {
  return !node || (node.kind === 'scalar' && node.value === null);
}

export function foundName(node: YNode | null): string {
  if (!node) return 'nothing';
  switch (node.kind) {
    case 'map':
      // `{task_type}` left from a template is a one-key flow mapping to YAML.
      if (node.flow && node.pairs.length === 1 && isNull(node.pairs[0]!.value))
        return `the unfilled template slot \`{${node.pairs[0]!.key}}\` (YAML reads it as a mapping)`;
      return 'a mapping';
    case 'seq':
      return 'a list';
    case 'alias':
      return `an alias (\`*${node.name}\`)`;
    case 'scalar':
      if (node.value === null) return 'nothing';
      if (typeof node.value === 'number') return `the number \`${node.source}\``;
      if (typeof node.value === 'boolean') return `the boolean \`${node.source}\``;
      return `\`${String(node.value).length > 40 ? String(node.value).slice(0, 40) + '…' : String(node.value)}\``;
  }
}

export function listValues(values: readonly unknown[]): string {
  const v = values.map((x) => `\`${String(x)}\``);
  if (v.length > 12) return `one of ${v.slice(0, 12).join(', ')}, …`;
  return v.length > 1 ? `one of ${v.slice(0, -1).join(', ')} or ${v[v.length - 1]}` : `${v[0] ?? 'a value'}`;
}

/** A union branch that refused the node's kind (an enum refuses every non-string). */
function rootKindRejected(branch: readonly Issue[], node: YNode | null): boolean {
  const isString = node?.kind === 'scalar' && typeof node.value === 'string';
  return branch.some(
    (i) => i.path.length === 0 && (i.code === 'invalid_type' || (i.code === 'invalid_value' && !isString)),
  );
}

function unionExpected(branches: readonly (readonly Issue[])[]): string {
  const parts: string[] = [];
  for (const b of branches) {
    for (const i of b) {
      if (i.path.length) continue;
      if (i.code === 'invalid_type') parts.push(typeName(i.expected));
      else if (i.code === 'invalid_value') parts.push(listValues(i.values));
    }
  }
  return [...new Set(parts)].join(' or ') || 'another value';
}

export interface ValidateOptions {
  /** Look for near-miss keys in loose mappings. */
  typoKeys?: boolean;
}

/** Validation results kept across lints (RuleContext.memo('schema-check')): per original node, schema and anchor. */
export type SchemaMemo = WeakMap<YNode, Map<z.ZodType, Map<string, SchemaProblem[]>>>;
export const SCHEMA_MEMO = 'schema-check';

/** Validate `node` (the value of a top-level key, reported at `anchor` when it lacks fields) against `schema`. */
export function validateNode(
  schema: z.ZodType,
  moved: YNode | null,
  anchor: Span,
  cache: SchemaMemo,
  options: ValidateOptions = {},
): SchemaProblem[] {
  // Nodes of unchanged front-matter blocks are reused across edits (parse/yaml-blocks.ts), so results are cached
  // per node: typing in the body never re-validates a 250 KB `model-index`. A block an edit above only moved is a
  // lazy copy: its results are cached by the original node and moved along (originOf).
  if (!moved) return compute(schema, moved, anchor, options);
  // Results are kept per original node, schema and anchor, in the original's coordinates (the anchor moved with the
  // node), and moved on the way out.
  const { node, d } = originOf(moved);
  let perNode = cache.get(node);
  if (!perNode) cache.set(node, (perNode = new Map()));
  let perSchema = perNode.get(schema);
  if (!perSchema) perNode.set(schema, (perSchema = new Map()));
  const origAnchor = { start: anchor.start - d, end: anchor.end - d };
  const key = `${origAnchor.start}:${origAnchor.end}:${options.typoKeys ? 1 : 0}`;
  let problems = perSchema.get(key);
  if (!problems) perSchema.set(key, (problems = compute(schema, node, origAnchor, options)));
  return d === 0 ? problems : problems.map((p) => moveProblem(p, d));
}

function moveProblem(p: SchemaProblem, d: number): SchemaProblem {
  const span = (s: Span) => ({ start: s.start + d, end: s.end + d });
  return {
    ...p,
    span: span(p.span),
    node: shiftNode(p.node, d),
    pair: p.pair
      ? { key: p.pair.key, keySpan: span(p.pair.keySpan), value: shiftNode(p.pair.value, d), span: span(p.pair.span) }
      : undefined,
  };
}

function compute(schema: z.ZodType, node: YNode | null, anchor: Span, options: ValidateOptions): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const result = schema.safeParse(toJS(node));
  if (!result.success) flatten(schema, result.error.issues, [], node, anchor, out);
  if (options.typoKeys) findTypos(expand(schema), node, [], out);
  // One problem per position and kind (a union can repeat an issue through several branches).
  const seen = new Set<string>();
  return out
    .filter((p) => {
      const k = `${p.span.start}:${p.span.end}:${p.kind}:${p.key ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}

function flatten(
  schema: z.ZodType,
  issues: readonly Issue[],
  prefix: PathSeg[],
  root: YNode | null,
  rootAnchor: Span,
  out: SchemaProblem[],
): void {
  for (const iss of issues) {
    const path = [...prefix, ...(iss.path as PathSeg[])];
    const loc = locate(root, rootAnchor, path);
    if (iss.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      // Built once per mapping, not once per unknown key: 8,000 unknown keys in one mapping must stay linear.
      const last = new Map<string, YPair>();
      if (loc.node?.kind === 'map') for (const p of loc.node.pairs) last.set(p.key, p);
      const present = new Set(last.keys());
      for (const key of iss.keys) {
        const pair = last.get(key);
        if (!pair) continue;
        const near = closest(key, known);
        const options = near.filter((k) => !present.has(k));
        const taken = near.filter((k) => present.has(k));
        out.push({
          kind: 'unknown-key',
          span: pair.keySpan,
          path: [...path, key],
          key,
          node: pair.value,
          pair,
          options,
          known,
          taken,
        });
      }
      continue;
    }
    if (iss.code === 'invalid_union') {
      const branches = iss.errors;
      const fitting = branches.filter((b) => b.length && !rootKindRejected(b, loc.node));
      // Prefer branches whose problems are inside the value (the node has that branch's shape).
      const deep = fitting.filter((b) => b.every((i) => i.path.length > 0 || i.code === 'unrecognized_keys'));
      const pick = (deep.length ? deep : fitting).sort((a, b) => a.length - b.length)[0];
      if (pick && loc.found && loc.node) {
        flatten(schema, pick, path, root, rootAnchor, out);
        continue;
      }
      pushTypeProblem(schema, loc, path, unionExpected(branches), out);
      continue;
    }
    if (!loc.found) {
      out.push(missing(schema, loc, path));
      continue;
    }
    if (iss.code === 'invalid_value') {
      if (!loc.node || (loc.node.kind === 'scalar' && loc.node.value === null)) {
        out.push({
          kind: 'empty-value',
          span: loc.pair ? loc.pair.keySpan : loc.anchor,
          path,
          node: loc.node,
          pair: loc.pair,
          options: iss.values.map(String),
          expected: listValues(iss.values),
          description: describeAt(schema, path),
        });
        continue;
      }
      const value = loc.node.kind === 'scalar' ? String(loc.node.value) : '';
      const options = loc.node.kind === 'scalar' ? closest(value, iss.values.map(String)) : [];
      if (loc.node.kind !== 'scalar') {
        pushTypeProblem(schema, loc, path, listValues(iss.values), out);
        continue;
      }
      out.push({
        kind: 'bad-value',
        span: loc.node.span,
        path,
        node: loc.node,
        pair: loc.pair,
        options,
        known: iss.values.map(String),
        expected: listValues(iss.values),
      });
      continue;
    }
    if (iss.code === 'invalid_type') {
      pushTypeProblem(schema, loc, path, typeName(iss.expected), out);
      continue;
    }
    if (iss.code === 'too_small') {
      out.push({
        kind: 'too-small',
        span: valueSpan(loc),
        path,
        node: loc.node,
        pair: loc.pair,
        options: [],
        minimum: Number(iss.minimum),
        expected: iss.origin === 'array' ? 'at least one item' : `at least ${iss.minimum}`,
      });
      continue;
    }
    out.push({
      kind: 'other',
      span: valueSpan(loc),
      path,
      node: loc.node,
      pair: loc.pair,
      options: [],
      zodMessage: iss.message,
    });
  }
}

function missing(schema: z.ZodType, loc: Located, path: PathSeg[]): SchemaProblem {
  const key = String(path[path.length - 1]);
  const values = schemaAt(schema, path).flatMap((s) =>
    def(s).type === 'enum' && def(s).entries ? Object.values(def(s).entries!) : [],
  );
  return {
    kind: 'missing-key',
    span: loc.anchor,
    path,
    key,
    node: null,
    options: [],
    known: values.length ? values : undefined,
    expected: values.length ? listValues(values) : undefined,
    description: describeAt(schema, path),
  };
}

function pushTypeProblem(
  schema: z.ZodType,
  loc: Located,
  path: PathSeg[],
  expected: string,
  out: SchemaProblem[],
): void {
  if (!loc.found) {
    out.push(missing(schema, loc, path));
    return;
  }
  const empty = !loc.node || (loc.node.kind === 'scalar' && loc.node.value === null && loc.node.style === 'plain');
  out.push({
    kind: empty ? 'empty-value' : 'wrong-type',
    span: empty ? (loc.pair ? loc.pair.keySpan : loc.anchor) : valueSpan(loc),
    path,
    node: loc.node,
    pair: loc.pair,
    options: [],
    expected,
    description: describeAt(schema, path),
  });
}

/** Keys of loose mappings that are one typo away from a known key that is absent (zod ignores them). */
function findTypos(candidates: readonly z.ZodType[], node: YNode | null, path: PathSeg[], out: SchemaProblem[]): void {
  if (!node || !candidates.length) return;
  if (node.kind === 'map') {
    const obj = candidates.find((s) => def(s).type === 'object');
    if (!obj) return;
    const d = def(obj);
    const shape = d.shape ?? {};
    const strict = d.catchall ? def(d.catchall).type === 'never' : false;
    let present: Set<string> | null = null;
    for (const p of node.pairs) {
      if (Object.hasOwn(shape, p.key)) {
        if (p.value && p.value.kind !== 'scalar') {
          path.push(p.key); // one shared path stack; copied only when a problem is recorded
          findTypos(step(candidates, p.key), p.value, path, out);
          path.pop();
        }
        continue;
      }
      if (strict) continue; // zod reports these as unknown keys
      const known = Object.keys(shape);
      present ??= new Set(node.pairs.map((x) => x.key));
      const options = closestKeys(p.key, known).filter((k) => !present!.has(k));
      if (options.length)
        out.push({
          kind: 'misspelt-key',
          span: p.keySpan,
          path: [...path, p.key],
          key: p.key,
          node: p.value,
          pair: p,
          options,
          known,
        });
    }
  } else if (node.kind === 'seq') {
    if (!candidates.some((s) => def(s).type === 'array')) return;
    const element = step(candidates, 0);
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i]!;
      if (item.kind === 'scalar') continue;
      path.push(i);
      findTypos(element, item, path, out);
      path.pop();
    }
  }
}

/** Stricter than `closest` for free-form keys: only distance ≤ 2 and not a mere prefix of a short key. */
function closestKeys(key: string, known: string[]): string[] {
  return closest(key, known).filter((k) => {
    const a = key.toLowerCase().replace(/[-_\s]/g, '');
    const b = k.toLowerCase().replace(/[-_\s]/g, '');
    if (a === b) return true;
    if (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
    return editDistanceAtMost(a, b, 2) && Math.min(a.length, b.length) >= 4;
  });
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! <= max;
}

// ------------------------------------------------------------------ wording

/** `openness.weights.status`, `model-index[0].results[1].dataset` … */
export function pathText(root: string, path: readonly PathSeg[]): string {
  let s = root;
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

/** The first sentence of a schema description, without "Required." / "Optional." (used inside parentheses). */
export function firstSentence(desc: string | undefined): string | undefined {
  if (!desc) return undefined;
  const d = desc.replace(/^(Required( when `[^`]*` is given)?|Optional)\.\s*/, '');
  const m = /(?<!\b(?:e\.g|i\.e))[.!?](?=\s|$)/.exec(d);
  return m ? d.slice(0, m.index) : d;
}

/** A default message for a problem; rules may word their own. */
export function problemMessage(p: SchemaProblem, root: string): string {
  const here = pathText(root, p.path);
  const parent = pathText(root, p.path.slice(0, -1));
  switch (p.kind) {
    case 'unknown-key': {
      if (p.options.length === 1) return `Unknown key \`${p.key}\` in \`${parent}\`; did you mean \`${p.options[0]}\`?`;
      if (p.options.length > 1)
        return `Unknown key \`${p.key}\` in \`${parent}\`; did you mean ${p.options.map((o) => `\`${o}\``).join(' or ')}?`;
      if (p.taken?.length)
        return `Unknown key \`${p.key}\` in \`${parent}\`; it looks like \`${p.taken[0]}\`, which is already set.`;
      return `Unknown key \`${p.key}\` in \`${parent}\`; expected ${listValues(p.known ?? [])}.`;
    }
    case 'misspelt-key':
      return `\`${p.key}\` in \`${parent}\` looks like a misspelling of \`${p.options[0]}\`: as written it is ignored.`;
    case 'missing-key': {
      if (p.expected) return `\`${parent}\` is missing \`${p.key}\` (${p.expected}).`;
      const what = firstSentence(p.description);
      return `\`${parent}\` is missing \`${p.key}\`${what ? ` (${what})` : ''}.`;
    }
    case 'empty-value':
      return `\`${here}\` has no value; expected ${p.expected ?? 'a value'}.`;
    case 'bad-value': {
      const v = p.node?.kind === 'scalar' ? String(p.node.value) : '';
      if (p.options.length === 1) return `\`${v}\` is not a valid \`${here}\`; did you mean \`${p.options[0]}\`?`;
      if (p.options.length > 1)
        return `\`${v}\` is not a valid \`${here}\`; did you mean ${p.options.map((o) => `\`${o}\``).join(' or ')}?`;
      return `\`${v}\` is not a valid \`${here}\`; expected ${p.expected}.`;
    }
    case 'wrong-type':
      return `\`${here}\` must be ${p.expected}, not ${foundName(p.node)}.`;
    case 'too-small':
      return p.expected === 'at least one item'
        ? `\`${here}\` must not be empty.`
        : `\`${here}\` must be ${p.expected}.`;
    case 'other':
      return `\`${here}\`: ${p.zodMessage}`;
  }
}

/** Whether a wrong-type problem is a plain scalar that becomes valid when quoted (a number or date where a string is expected). */
export function quotable(p: SchemaProblem, schema: z.ZodType): boolean {
  if (p.kind !== 'wrong-type' || p.node?.kind !== 'scalar' || p.node.style !== 'plain' || p.node.value === null)
    return false;
  const types = acceptedTypes(schema, p.path);
  return types.has('string') && typeof p.node.value !== 'string';
}

// ------------------------------------------------------------------ edits

/** Insert YAML lines (same indentation as `pair`'s key) on new lines right after `pair`; null in flow mappings. */
export function insertAfterPair(doc: ParsedDocument, pair: YPair, lines: string[]): TextEdit | null {
  const keyPos = doc.lines.positionAt(pair.keySpan.start);
  const before = doc.text.slice(doc.lines.lineStart(keyPos.line), pair.keySpan.start);
  if (!/^[ \t]*(?:-[ \t]+)*$/.test(before)) return null;
  const last = doc.lines.positionAt(Math.max(pair.span.start, pair.span.end - 1)).line;
  const at = doc.lines.lineEnd(last);
  const indent = ' '.repeat(keyPos.character);
  return { start: at, end: at, newText: lines.map((l) => `${doc.lineEnding}${indent}${l}`).join('') };
}

/** The text of a plain scalar, double-quoted for YAML. */
export function quoted(source: string): string {
  return JSON.stringify(source);
}

/** An edit renaming a key (keys in these schemas are plain identifiers). */
export function renameKey(pair: YPair, to: string): TextEdit {
  return { start: pair.keySpan.start, end: pair.keySpan.end, newText: to };
}
