// Incremental YAML parsing for large blocks: a block is parsed once per distinct text and cached; a large block
// whose bulk is one long block sequence (the `model-index` results of a card) is split at the sequence's items,
// each item parsed and cached on its own, and the tree reassembled. An edit inside one item re-parses only that
// item (README, "Performance": "split the front matter at top-level keys, and long lists at their items"). Of a
// document's earlier versions the cache keeps only what its last version used (issue 11: typing into a 261 KB
// `model-index` kept a split parse per keystroke, 22 MB after 120 characters).
import type { Span } from '../types.js';
import { parseYaml, type YMap, type YNode, type YPair, type YSeq, type YamlProblem } from './yaml-tree.js';
import { pushAll } from '../push-all.js';
import { commonPrefix, commonSuffix } from './text.js';
import type { ParseWork } from './work.js';

export interface BlockParse {
  root: YNode | null;
  problems: YamlProblem[];
}

/** Blocks shorter than this are parsed whole: splitting pays only for large lists. */
const SPLIT_MIN_CHARS = 16 * 1024;
/** The items of a list being edited (its boundaries moved from the last version) split from this size: an edit in a
 * 9 KB `model-index` result then re-parses one metric. Not on a first parse, where splitting small blocks costs more
 * than it saves (a cold parse of the corpus 25 % slower at this size). */
const EDIT_SPLIT_MIN_CHARS = 4 * 1024;
const SPLIT_MIN_ITEMS = 4;

interface Entry extends BlockParse {
  /** The text parsed (copied off the document it came from when that was edited, ownCopy): the map's key. */
  key: string;
  /** Absolute offset the cached tree is positioned at. */
  base: number;
  /** Characters of tree this entry owns: a split parse shares its items' trees, which count in their own entries. Its
   * key is not counted: what the open documents' last versions use is kept whole (a 5 MB `model-index` stays under the
   * budget), and what they do not use is dropped by forDocument. */
  weight: number;
  split: boolean;
  /** A split parse's pieces (the skeleton and the items), by key: a version that uses the whole uses them. */
  parts?: string[];
  /** The documents whose last version used this entry (forDocument); none: kept by the budget alone. */
  docs?: Set<string>;
}

/** A copy of `s` that shares no memory with the text it was sliced from: V8 keeps a slice's whole parent alive, so a
 * key or tree sliced from one version of a 275 KB card would keep that version alive as long as the entry. Strings
 * under 13 characters are copied by slice() anyway; the concatenation is flattened into a new string by slice(). */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const CACHE_CHAR_BUDGET = 6 * 1024 * 1024;
const MAX_SPLIT_ENTRIES = 64;
/** Earlier list scans kept (one per block being edited, in a few documents). */
const MAX_SCANS = 4;
/** Documents whose last version's blocks are kept (forDocument), most recently parsed first out: the editors being
 * typed in, as MarkdownCache keeps their bodies (parse/markdown-chunks.ts). A document beyond them is parsed whole
 * again on its next edit; with the corpus open (389 cards) keeping every one held 7.4 MB that no keystroke needed. */
const MAX_DOCUMENTS = 32;

/** Text → its last parse, positioned at `base`. Bounded by the characters of tree it holds (~16 bytes a char), and
 * split parses by count as well, since each pins the item trees of its version. Owned by the caller (an EngineCache
 * in the lint session), never by this module: the engine keeps no state between calls. */
export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  /** The split entries, oldest first: evicted over their cap without walking every small entry. */
  private readonly splitKeys = new Set<string>();
  private chars = 0;
  /** The keys each document's last version used (forDocument), and those the parse under way uses. */
  private readonly docKeys = new Map<string, Set<string>>();
  private using: Set<string> | null = null;
  /** Whether the parse under way is of an edited document (one with an earlier version here): its new blocks are
   * copied off its text (ownCopy), so they do not keep this version alive once the next replaces it. A first version's
   * blocks are not copied (1 MB more heap with the corpus open): they keep at most that one version of a document. */
  copying = false;

  /** The last few blocks scanned for their longest list, newest last (movedList reuses them). */
  private readonly scans: { text: string; list: LongList }[] = [];

  /** `work`: where the parses through this cache count what they read (the EngineCache's; none: nothing counted). */
  constructor(readonly work?: ParseWork) {}

  get(text: string): Entry | undefined {
    return this.entries.get(text);
  }

  /** longestList(text), moved from the scan of an earlier version of the block when possible. */
  listOf(text: string): LongList | null {
    let list: LongList | null = null;
    // Each try reads at most the two versions (the comparison stops at the first difference from either end).
    for (let i = this.scans.length - 1; i >= 0 && !list; i--) {
      if (this.work) this.work.yamlScanChars += text.length;
      list = movedList(this.scans[i]!.text, this.scans[i]!.list, text);
    }
    if (!list && this.work) this.work.yamlScanChars += text.length;
    list ??= longestList(text);
    if (list) {
      this.scans.push({ text, list });
      if (this.scans.length > MAX_SCANS) this.scans.shift();
    }
    return list;
  }

  /** Entries held (tests count them). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Run `parse`, the parse of a new version of the document `doc`, through this cache; then drop the entries the
   * document's previous version used and this one did not (unless another document's last version uses them). What
   * the cache holds for open documents is then their current versions' blocks, whatever the number of edits. A
   * version whose YAML is not parsed again (its front matter unchanged) keeps the previous version's entries.
   */
  forDocument<T>(doc: string, parse: () => T): T {
    const outer = this.using;
    const copying = this.copying;
    const used = new Set<string>();
    this.using = used;
    this.copying = this.docKeys.has(doc);
    try {
      return parse();
    } finally {
      this.using = outer;
      this.copying = copying;
      this.commit(doc, used);
    }
  }

  /** A new version of `doc` reused its last version's YAML whole (its front matter unchanged): keep that document's
   * blocks as recently used. */
  touch(doc: string): void {
    const keys = this.docKeys.get(doc);
    if (!keys) return;
    this.docKeys.delete(doc);
    this.docKeys.set(doc, keys);
  }

  /** Forget what the last version of `doc` used (the document was closed), unless another document uses it. */
  forgetDocument(doc: string): void {
    this.commit(doc, new Set());
  }

  private commit(doc: string, used: Set<string>): void {
    const before = this.docKeys.get(doc);
    for (const k of used) {
      const e = this.entries.get(k);
      if (e) (e.docs ??= new Set()).add(doc);
      else used.delete(k);
    }
    if (before)
      for (const k of before) {
        if (used.has(k)) continue;
        const e = this.entries.get(k);
        if (!e?.docs) continue;
        e.docs.delete(doc);
        if (!e.docs.size) this.forget(k);
      }
    this.docKeys.delete(doc);
    if (used.size) this.docKeys.set(doc, used);
    while (this.docKeys.size > MAX_DOCUMENTS) this.forgetDocument(this.docKeys.keys().next().value!);
  }

  /** Count `entry` and its pieces as used by the parse under way: a split block reused whole (moved by an edit above
   * it) still needs its items for the next edit inside it. */
  private use(entry: Entry): void {
    this.using!.add(entry.key);
    if (entry.parts)
      for (const k of entry.parts) {
        const part = this.entries.get(k);
        if (part && !this.using!.has(k)) this.use(part);
      }
  }

  /** The key `text` is held under (the text itself, or its copy), if it is held. */
  keyOf(text: string): string | undefined {
    return this.entries.get(text)?.key;
  }

  private forget(text: string): void {
    const e = this.entries.get(text);
    if (!e) return;
    this.entries.delete(text);
    this.chars -= e.weight;
    this.splitKeys.delete(text);
    if (e.docs) for (const d of e.docs) this.docKeys.get(d)?.delete(text);
  }

  remember(text: string, entry: Entry): void {
    const docs = this.entries.get(text)?.docs;
    this.forget(text);
    if (docs) {
      entry.docs = docs;
      for (const d of docs) this.docKeys.get(d)?.add(entry.key);
    }
    this.entries.set(entry.key, entry);
    if (this.using) this.use(entry);
    this.chars += entry.weight;
    if (entry.split) this.splitKeys.add(text);
    // Over the split-entry cap only split entries go; over the character budget the oldest entry of any kind.
    while (this.splitKeys.size > MAX_SPLIT_ENTRIES) this.forget(this.splitKeys.values().next().value!);
    while (this.chars > CACHE_CHAR_BUDGET && this.entries.size > 1) this.forget(this.entries.keys().next().value!);
  }
}

function shiftSpan(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

/** The node a (possibly moved) collection was copied from, and by how much it moved: rules cache results by the
 * original node and move them instead of recomputing. Scalars are their own origin (nothing caches on them). */
export function originOf(n: YNode): { node: YNode; d: number } {
  if (n instanceof MovedSeq || n instanceof MovedMap) return { node: n.origin, d: n.delta };
  return { node: n, d: 0 };
}

/** Per-node results that survive edits: computed once for the original of a (possibly moved) node, cached there,
 * and moved by how far the node moved. `compute` gets the original node and sees its original coordinates. */
export function byOrigin<T>(
  cache: WeakMap<YNode, T>,
  node: YNode,
  compute: (origin: YNode, d: number) => T,
  move: (value: T, d: number) => T,
): T {
  const { node: origin, d } = originOf(node);
  let value = cache.get(origin);
  if (value === undefined) cache.set(origin, (value = compute(origin, d)));
  return d === 0 ? value : move(value, d);
}

// Moved collections copy their children only when something reads them: an edit above a 250 KB `model-index`
// moves it, but a keystroke should not copy its 12,000 nodes unless a rule walks them (rules use originOf instead).
class MovedSeq implements YSeq {
  readonly kind = 'seq';
  readonly span: Span;
  readonly flow: boolean;
  #src: YSeq;
  #d: number;
  #items: YNode[] | undefined;
  constructor(src: YSeq, d: number) {
    this.#src = src;
    this.#d = d;
    this.span = shiftSpan(src.span, d);
    this.flow = src.flow;
  }
  get items(): YNode[] {
    return (this.#items ??= this.#src.items.map((i) => shiftNode(i, this.#d)!));
  }
  get origin(): YSeq {
    return this.#src;
  }
  get delta(): number {
    return this.#d;
  }
}

class MovedMap implements YMap {
  readonly kind = 'map';
  readonly span: Span;
  readonly flow: boolean;
  #src: YMap;
  #d: number;
  #pairs: YPair[] | undefined;
  constructor(src: YMap, d: number) {
    this.#src = src;
    this.#d = d;
    this.span = shiftSpan(src.span, d);
    this.flow = src.flow;
  }
  get pairs(): YPair[] {
    const d = this.#d;
    return (this.#pairs ??= this.#src.pairs.map((p) => ({
      key: p.key,
      keySpan: shiftSpan(p.keySpan, d),
      value: shiftNode(p.value, d),
      span: shiftSpan(p.span, d),
    })));
  }
  get origin(): YMap {
    return this.#src;
  }
  get delta(): number {
    return this.#d;
  }
}

/** The tree moved by `d` characters. Trees are shared and never mutated, so this is a (lazy) copy. */
export function shiftNode(n: YNode | null, d: number): YNode | null {
  if (!n || d === 0) return n;
  const from = originOf(n);
  const total = from.d + d;
  if (total === 0) return from.node;
  const src = from.node;
  switch (src.kind) {
    case 'scalar':
    case 'alias':
      return { ...src, span: shiftSpan(src.span, total) };
    case 'seq':
      return new MovedSeq(src, total);
    case 'map':
      return new MovedMap(src, total);
  }
}

/** Parse YAML text whose first character is at absolute offset `base`, reusing earlier parses of the same text. */
export function parseBlock(text: string, base: number, cache: BlockCache, splitMin = SPLIT_MIN_CHARS): BlockParse {
  const hit = cache.get(text);
  if (hit) {
    if (hit.base !== base) {
      const d = base - hit.base;
      const moved: Entry = {
        key: hit.key,
        base,
        weight: hit.weight,
        split: hit.split,
        parts: hit.parts,
        root: shiftNode(hit.root, d),
        problems: hit.problems.map((p) => ({ ...p, span: shiftSpan(p.span, d) })),
      };
      cache.remember(text, moved);
      return moved;
    }
    cache.remember(text, hit);
    return hit;
  }
  const key = cache.copying ? ownCopy(text) : text;
  const split = key.length >= splitMin ? splitParse(key, base, cache) : null;
  const parsed = split ?? parseYaml(key, base, cache.work);
  const tree = split ? split.skeletonChars : key.length;
  cache.remember(key, {
    key,
    base,
    root: parsed.root,
    problems: parsed.problems,
    weight: tree,
    split: !!split,
    parts: split?.parts,
  });
  return parsed;
}

interface LongList {
  /** Offset of the first item line and just past the list's last line. */
  start: number;
  end: number;
  indent: number;
  items: number[];
  /** Characters of the longest other list worth splitting (0: none): how much shorter an edit may make this one
   * before another would be chosen. */
  second: number;
  /** Moved from the scan of an earlier version (movedList): the block is being edited. */
  moved?: boolean;
}

/** Whether the line [s, e) continues onto the next line or is a block-scalar header — constructs a line-based split
 * would misread (block scalars, multi-line flow collections and quoted strings). Char codes, no allocation. */
function lineUnsafe(text: string, s: number, e: number): boolean {
  let depth = 0;
  let dq = false;
  let sq = false;
  let last = -1;
  let prev = 32;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 /* # */ && !dq && !sq && (prev === 32 || prev === 9)) break;
    if (c === 34 /* " */ && !sq && prev !== 92) dq = !dq;
    else if (
      c === 39 /* ' */ &&
      !dq &&
      (sq || prev === 32 || prev === 58 || prev === 91 || prev === 123 || prev === 44 || prev === 45 || i === s)
    )
      sq = !sq;
    else if (!dq && !sq) {
      if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) depth--;
    }
    if (c !== 32 && c !== 9 && c !== 13) last = i;
    prev = c;
  }
  if (depth !== 0 || dq || sq) return true;
  // `key: |`, `key: >-`, `- |2`: a block scalar whose lines must not be read as structure.
  let k = last;
  while (
    k >= s &&
    (text.charCodeAt(k) === 45 || text.charCodeAt(k) === 43 || (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57))
  )
    k--;
  if (k >= s && (text.charCodeAt(k) === 124 || text.charCodeAt(k) === 62)) {
    const before = k > s ? text.charCodeAt(k - 1) : 32;
    return before === 32 || before === 9 || k === s;
  }
  return false;
}

/** The block sequence (value of a `key:` line) holding the most text, when it is worth splitting. */
function longestList(text: string): LongList | null {
  const open = new Map<number, LongList & { valid: boolean }>();
  let best: LongList | null = null;
  let second = 0;
  const close = (l: LongList & { valid: boolean }, end: number) => {
    l.end = end;
    if (!l.valid || l.items.length < SPLIT_MIN_ITEMS) return;
    const length = l.end - l.start;
    if (!best || length > best.end - best.start) {
      if (best) second = Math.max(second, best.end - best.start);
      best = { start: l.start, end: l.end, indent: l.indent, items: l.items, second: 0 };
    } else second = Math.max(second, length);
  };
  let prevEndsWithColon = false;
  let lastContentEnd = 0;
  // Only lines holding a quote, bracket, block indicator or comment need the careful scan: find those characters in
  // one native pass instead of walking every character of a 250 KB block.
  const special: number[] = [];
  const SPECIAL = /["'[\]{}|>#]/g;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) special.push(m.index);
  let si = 0;
  for (let ls = 0; ls < text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl === -1 ? text.length : nl + 1;
    const lineEnd = nl === -1 ? text.length : nl;
    let f = ls;
    while (f < lineEnd && text.charCodeAt(f) === 32) f++;
    const c = f < lineEnd ? text.charCodeAt(f) : -1;
    if (c === -1 || c === 13 || c === 35 /* # */) {
      ls = le;
      continue;
    }
    while (si < special.length && special[si]! < f) si++;
    if (si < special.length && special[si]! < lineEnd && lineUnsafe(text, f, lineEnd)) return null;
    const indent = f - ls;
    const next = text.charCodeAt(f + 1);
    const isItem = c === 45 && (f + 1 >= lineEnd || next === 32 || next === 9 || next === 13);
    if (open.size) {
      for (const [i, l] of open) {
        if (indent < i || (indent === i && !isItem)) {
          close(l, lastContentEnd);
          open.delete(i);
        }
      }
    }
    if (isItem) {
      const l = open.get(indent);
      if (l) l.items.push(ls);
      // Only lists that are the value of a `key:` line can be replaced by a placeholder value.
      else open.set(indent, { start: ls, end: le, indent, items: [ls], second: 0, valid: prevEndsWithColon });
    }
    let t = lineEnd - 1;
    while (t > f && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 13)) t--;
    prevEndsWithColon = text.charCodeAt(t) === 58; /* : */
    lastContentEnd = le;
    ls = le;
  }
  for (const l of open.values()) close(l, lastContentEnd);
  if (best) (best as LongList).second = second;
  return best;
}

/** What a line is to longestList: skipped (blank, comment), unsafe, or its indent, whether it is an item and whether
 * it ends with a colon. Two versions of a line with the same shape give longestList the same events. */
function lineShape(text: string, ls: number, lineEnd: number): string {
  let f = ls;
  while (f < lineEnd && text.charCodeAt(f) === 32) f++;
  const c = f < lineEnd ? text.charCodeAt(f) : -1;
  if (c === -1 || c === 13 || c === 35) return 'skip';
  // longestList asks only lines holding a special character; without one this is false as well.
  if (lineUnsafe(text, f, lineEnd)) return 'unsafe';
  const next = text.charCodeAt(f + 1);
  const isItem = c === 45 && (f + 1 >= lineEnd || next === 32 || next === 9 || next === 13);
  let t = lineEnd - 1;
  while (t > f && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 13)) t--;
  return `${f - ls} ${isItem} ${text.charCodeAt(t) === 58}`;
}

/**
 * The list longestList would find in `text`, from its scan of an earlier version: when the two differ inside one line
 * (no line break added or removed) whose shape did not change, every line gives the same events, offsets after the
 * line move by the length difference, and the chosen list stays the longest (it holds the line and grew, or it does
 * not and the others shrank, or it shrank by less than its lead). Null: scan again. The "keep the previous
 * version's list boundaries and rescan only the edited item".
 */
function movedList(before: string, list: LongList, text: string): LongList | null {
  const delta = text.length - before.length;
  if (Math.abs(delta) > 4096) return null;
  const p = commonPrefix(before, text);
  const s = commonSuffix(before, text, Math.min(before.length, text.length) - p);
  if (before.slice(p, before.length - s).includes('\n') || text.slice(p, text.length - s).includes('\n')) return null;
  const ls = p === 0 ? 0 : before.lastIndexOf('\n', p - 1) + 1;
  const endBefore = before.indexOf('\n', p) === -1 ? before.length : before.indexOf('\n', p);
  const endAfter = text.indexOf('\n', p) === -1 ? text.length : text.indexOf('\n', p);
  const shape = lineShape(before, ls, endBefore);
  if (shape === 'unsafe' || shape !== lineShape(text, ls, endAfter)) return null;
  const holds = list.start <= ls && ls < list.end;
  if (holds ? delta < 0 && list.end - list.start + delta <= list.second : delta > 0) return null;
  const move = (o: number) => (o > ls ? o + delta : o);
  return {
    start: move(list.start),
    end: move(list.end),
    indent: list.indent,
    items: list.items.map(move),
    // An upper bound: a list nested in this one and holding the line grew as much.
    second: list.second + Math.max(0, delta),
    moved: true,
  };
}

/** Parse by splitting the longest list at its items; null when the block has no list worth splitting. */
function splitParse(
  text: string,
  base: number,
  cache: BlockCache,
): (BlockParse & { skeletonChars: number; parts: string[] }) | null {
  const list = cache.listOf(text);
  if (!list) return null;
  const placeholder = `${' '.repeat(list.indent + 1)}[]\n`;
  const head = text.slice(0, list.start);
  const tail = text.slice(list.end);
  const skeletonText = head + placeholder + tail;
  const skeleton = parseBlock(skeletonText, base, cache);
  const parts: string[] = [];
  const keep = (t: string) => {
    const k = cache.keyOf(t);
    if (k !== undefined) parts.push(k);
  };
  keep(skeletonText);
  const phStart = base + head.length + list.indent + 1;
  const phEnd = base + head.length + placeholder.length;
  const delta = list.end - list.start - placeholder.length;

  const items: YNode[] = [];
  const problems: YamlProblem[] = [];
  for (let k = 0; k < list.items.length; k++) {
    const s = list.items[k]!;
    const e = k + 1 < list.items.length ? list.items[k + 1]! : list.end;
    const itemText = text.slice(s, e);
    const part = parseBlock(itemText, base + s, cache, list.moved ? EDIT_SPLIT_MIN_CHARS : SPLIT_MIN_CHARS);
    keep(itemText);
    pushAll(problems, part.problems);
    const root = part.root;
    if (root?.kind === 'seq' && root.items.length === 1 && !root.flow) items.push(root.items[0]!);
    else return null;
  }
  const firstDash = base + list.items[0]! + list.indent;
  const lastItem = items[items.length - 1]!;
  const seq: YNode = { kind: 'seq', span: { start: firstDash, end: lastItem.span.end }, items, flow: false };

  let grafted = false;
  const moveOffset = (o: number) => (o >= phEnd ? o + delta : o);
  // Nodes around the placeholder grow to hold the list; nodes after it move by the size difference.
  const moveSpan = (sp: Span): Span => {
    let end = moveOffset(sp.end);
    if (sp.start <= phStart && sp.end >= phStart + 2) end = Math.max(end, seq.span.end);
    return { start: moveOffset(sp.start), end };
  };
  const rebuild = (n: YNode | null): YNode | null => {
    if (!n) return n;
    if (n.kind === 'seq' && n.flow && n.items.length === 0 && n.span.start === phStart) {
      grafted = true;
      return seq;
    }
    if (n.span.end <= phStart) return n;
    switch (n.kind) {
      case 'scalar':
      case 'alias':
        return { ...n, span: moveSpan(n.span) };
      case 'seq':
        return { ...n, span: moveSpan(n.span), items: n.items.map((i) => rebuild(i)!) };
      case 'map':
        return {
          ...n,
          span: moveSpan(n.span),
          pairs: n.pairs.map((p) => ({
            key: p.key,
            keySpan: moveSpan(p.keySpan),
            value: rebuild(p.value),
            span: moveSpan(p.span),
          })),
        };
    }
  };
  const root = rebuild(skeleton.root);
  if (!grafted) return null;
  for (const p of skeleton.problems)
    problems.push({ ...p, span: { start: moveOffset(p.span.start), end: moveOffset(p.span.end) } });
  problems.sort((a, b) => a.span.start - b.span.start);
  return { root, problems, skeletonChars: head.length + tail.length, parts };
}
