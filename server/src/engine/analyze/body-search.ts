// The card body searched section by section, with each section's results kept for the next version of the document
// (issue 11): a keystroke re-runs the disclosure and risk-area patterns over the section it touched, not the body.
// The body is cut before ATX heading lines (`## …`; short sections are kept together): such a line is never a table
// row, a label or the middle of a sentence, so a pattern finds in the pieces what it found in the whole body — the
// first match of a pattern is its first match in the first piece that has one — except one that would run on from a
// section's text into the next heading's line, which no signal is meant to do. A piece of the next version is the
// previous version's piece when its text lies in their common prefix or suffix (the same characters) and the comments,
// code and how-to text masked in it are the same (`sig`); its results are then read, not recomputed. Kept in the lint
// session's EngineCache.
import type { ParsedDocument } from '../parse/document.js';
import { commonPrefix, commonSuffix } from '../parse/text.js';
import type { Span } from '../types.js';
import { joinWrappedLines, maskedBody, unjoinedOffset, type Joined } from './prose.js';
import { partitionPoint } from '../partition.js';

/** A pattern's first match in the body, in document offsets. */
export interface BodyHit {
  start: number;
  end: number;
  /** The first 80 characters of the match. */
  text: string;
  /** The first capture group, if any. */
  group1?: string;
}

/** Where patterns look: `prose` is the body with comments and code blanked (prose.ts); `signal` also blanks how-to
 * text (disclosures.ts); `raw` is the text as written. */
export type Variant = 'prose' | 'signal' | 'raw';

interface Hit {
  index: number;
  length: number;
  text: string;
  group1?: string;
  /** The line of the match is rejected by the pattern's disclosure (`Disclosure.rejects`). */
  rejected: boolean;
}

/** The end of a sentence: its punctuation and the space after it (a CJK full stop needs none). `matchAll` copies the
 * global one, so neither keeps state between uses. */
const SENTENCE_ENDS = /[.!?][ \t]+|[。！？]/g;
const SENTENCE_END = new RegExp(SENTENCE_ENDS.source);

const UNKNOWN = 0;
const NONE = 1;
const FOUND = 2;

/** What is known about one piece of text with its masks, whatever its place in the document. */
class PieceEntry {
  /** Per pattern id (BodyCache.id): UNKNOWN, NONE or FOUND (then in `hits`). */
  state = new Uint8Array(0);
  /** The FOUND patterns' matches, and scans' results by kind (made on first use: most pieces have neither). */
  hits: Map<number, Hit> | null = null;
  lists: Map<string, unknown[]> | null = null;
  /** The same piece with its how-to text blanked too, while the how-to spans in it are `signal.sig`. */
  signal: PieceEntry | null = null;
  constructor(
    readonly length: number,
    /** The masked spans in the piece, as offsets from its start: start, end, start, end … */
    readonly sig: readonly number[],
  ) {}
}

/** One piece of this version: [from, to) with its comments and code, clipped. */
interface Piece {
  from: number;
  to: number;
  masks: Span[];
  entry: PieceEntry;
  prose?: string;
  signalEntry?: PieceEntry;
  /** How-to spans in the piece (clipped), when there are any. */
  howTo?: Span[];
  signalText?: string;
  /** The prose and signal texts with the line breaks inside paragraphs made spaces (joinWrappedLines). */
  joined?: { prose?: Joined; signal?: Joined };
}

interface DocumentState {
  text: string;
  /** Pieces by their start. */
  pieces: Map<number, PieceEntry>;
  /** Results over spans of the body (region()), by kind, spans and masks. */
  regions: Map<string, unknown>;
}

/** A copy of `s` that keeps no larger string alive: a title, label or quote cut from a card may be a view into the
 * card's text, and what the cache keeps across lints must not hold on to the versions it came from. */
export const detached = (s: string): string => (' ' + s).slice(1);

/** Documents remembered (one version each), as parse/markdown-chunks.ts keeps them. */
const MAX_DOCUMENTS = 32;
/** Results over spans kept per document (region()); a real card has a few hundred. */
const MAX_REGIONS = 5_000;
/** Chains of heading titles numbered (headingChain()); the 5 MB bench card has about 1,000. */
const MAX_CHAINS = 5_000;
/** Characters under which sections are searched together with their neighbours. */
const MIN_PIECE = 1024;
/** Entries of a title memo before it is emptied (titles repeat; a hostile card must not grow it without bound). */
const MAX_TITLES = 20_000;

/** Kept in an EngineCache: the last version of each card's pieces, and counters of the work done (tests bound the
 * work of an edit with them, never with a clock). */
export class BodyCache {
  private readonly docs = new Map<string, DocumentState>();
  private readonly numbers = new Map<RegExp, Map<RegExp | null, number>>();
  /** Patterns numbered so far. */
  ids = 0;
  private readonly titles = new Map<string, Map<string, unknown>>();
  private readonly chains = new Map<number, Map<string, number>>();
  private readonly chainValues: unknown[] = [];
  /** Pieces analysed afresh (not read from the previous version) and their characters. */
  newPieces = 0;
  newChars = 0;
  /** Characters given to a pattern or a scan of a piece, summed over patterns. */
  scannedChars = 0;
  /** Spans of body judged afresh by region(). */
  newRegions = 0;

  /** A number for a pattern (with the rejects that apply to its line) in this cache. */
  id(re: RegExp, rejects: RegExp | null): number {
    let m = this.numbers.get(re);
    if (!m) this.numbers.set(re, (m = new Map()));
    let id = m.get(rejects);
    if (id === undefined) m.set(rejects, (id = this.ids++));
    return id;
  }

  /** A result that depends on a heading title (and nothing else but the engine's tables), kept across lints. */
  title<T>(kind: string, title: string, compute: () => T): T {
    let m = this.titles.get(kind);
    if (!m) this.titles.set(kind, (m = new Map()));
    if (m.has(title)) return m.get(title) as T;
    const v = compute();
    if (m.size >= MAX_TITLES) m.clear();
    m.set(detached(title), v);
    return v;
  }

  /** A chain of heading titles (a title under the chain `parent`, -1 for none) as a number, and a value computed once
   * for it; `compute` may read only the titles of the chain. */
  headingChain<T>(parent: number, title: string, compute: () => T): { id: number; value: T } {
    // A full table (a card of many distinct titles) stops numbering: such chains and those under them are read anew.
    if (parent < -1 || this.chainValues.length >= MAX_CHAINS) return { id: -2, value: compute() };
    let under = this.chains.get(parent);
    if (!under) this.chains.set(parent, (under = new Map()));
    let id = under.get(title);
    if (id === undefined) {
      under.set(detached(title), (id = this.chainValues.length));
      this.chainValues.push(compute());
    }
    return { id, value: this.chainValues[id] as T };
  }

  /** Forget the heading chains once there are many (at the start of a lint: ids are held only during one). */
  trim(): void {
    if (this.chainValues.length >= MAX_CHAINS) {
      this.chains.clear();
      this.chainValues.length = 0;
    }
  }

  /** The previous version of `path`, replaced by `next`. */
  swap(path: string, next: DocumentState): DocumentState | undefined {
    const last = this.docs.get(path);
    this.docs.delete(path);
    this.docs.set(path, next);
    if (this.docs.size > MAX_DOCUMENTS) this.docs.delete(this.docs.keys().next().value!);
    return last;
  }
}

/** The members of a sorted list of disjoint spans that meet [from, to), clipped to it, appended to `out`. */
export function clipped(list: readonly Span[], from: number, to: number, out: Span[]): void {
  for (let i = partitionPoint(list.length, (k) => list[k]!.end <= from); i < list.length && list[i]!.start < to; i++) {
    const s = list[i]!;
    if (s.end > from) out.push({ start: Math.max(s.start, from), end: Math.min(s.end, to) });
  }
}

/** Spans as sorted disjoint spans covering the same characters (how-to sections may nest in one another). */
function union(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function sigOf(spans: readonly Span[], base: number): number[] {
  const out: number[] = [];
  for (const s of spans) out.push(s.start - base, s.end - base);
  return out;
}

function sameSig(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One lint's view of a card body: its pieces, with what the previous version knew about them. */
export class BodySearch {
  private readonly pieces: Piece[] = [];
  private readonly state: DocumentState;
  private readonly previous: DocumentState | undefined;
  private readonly prefix: number;
  private readonly suffixFrom: number;
  private readonly delta: number;
  private howTo: (() => Span[]) | null = null;
  private carve: ((text: string, spans: Span[]) => Span[]) | null = null;
  /** The how-to spans as sorted disjoint spans. */
  private howToSorted: Span[] | null = null;
  private readonly masks: readonly Span[][];

  constructor(
    private readonly doc: ParsedDocument,
    readonly cache: BodyCache,
  ) {
    const md = doc.card!.markdown;
    const text = doc.text;
    this.masks = [md.comments, md.code];
    this.state = { text, pieces: new Map(), regions: new Map() };
    this.previous = cache.swap(doc.path, this.state);
    cache.trim();
    const last = this.previous?.text;
    if (last === undefined) {
      this.prefix = 0;
      this.suffixFrom = Infinity;
      this.delta = 0;
    } else if (last === text) {
      this.prefix = text.length;
      this.suffixFrom = 0;
      this.delta = 0;
    } else {
      this.prefix = commonPrefix(last, text);
      const suffix = commonSuffix(last, text, Math.min(last.length, text.length) - this.prefix);
      this.suffixFrom = text.length - suffix;
      this.delta = text.length - last.length;
    }
    // ATX heading lines; a heading in a quote or a list (`> ## x`) does not count.
    const heads: number[] = [];
    for (const h of md.headings) {
      const at = h.span.start;
      if (h.kind !== 'atx' || at <= (heads[heads.length - 1] ?? md.span.start) || at >= md.span.end) continue;
      if (/^ {0,3}#/.test(text.slice(at, at + 4))) heads.push(at);
    }
    // A piece starts at a heading once the piece before it has MIN_PIECE characters, or where a section of that size
    // starts: short sections go together (a card of a million `#` lines must not make a million pieces), a long one
    // is a piece of its own.
    const cuts = [md.span.start];
    for (let i = 0; i < heads.length; i++) {
      const at = heads[i]!;
      if (at - cuts[cuts.length - 1]! >= MIN_PIECE || (heads[i + 1] ?? md.span.end) - at >= MIN_PIECE) cuts.push(at);
    }
    cuts.push(md.span.end);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (to <= from && i > 0) continue;
      const masks = this.clip(from, to);
      const sig = sigOf(masks, from);
      const was = this.previous?.pieces.get(this.previousOffset(from, to) ?? -1);
      let entry: PieceEntry;
      if (was && was.length === to - from && sameSig(was.sig, sig)) entry = was;
      else {
        entry = new PieceEntry(to - from, sig);
        cache.newPieces++;
        cache.newChars += to - from;
      }
      this.state.pieces.set(from, entry);
      this.pieces.push({ from, to, masks, entry });
    }
  }

  /** Comments and code in [from, to), clipped and sorted. */
  private clip(from: number, to: number): Span[] {
    const out: Span[] = [];
    for (const list of this.masks) clipped(list, from, to, out);
    return out.sort((a, b) => a.start - b.start);
  }

  /** Where [from, to) was in the previous version, if it holds the same characters there. */
  private previousOffset(from: number, to: number): number | null {
    if (to <= this.prefix) return from;
    if (from >= this.suffixFrom) return from - this.delta;
    return null;
  }

  /** The how-to spans (absolute, disjoint, in order) blanked in the `signal` variant, less what `carve` keeps. Set once,
   * before the first search of that variant; computed on first use. */
  signalMasks(howTo: () => Span[], carve: (text: string, spans: Span[]) => Span[]): void {
    this.howTo = howTo;
    this.carve = carve;
  }

  /** The entry that holds `variant`'s results for `p`: the piece's own when no how-to text lies in it. */
  private entryOf(p: Piece, variant: Variant): PieceEntry {
    if (variant !== 'signal') return p.entry;
    if (p.signalEntry) return p.signalEntry;
    if (!this.howTo || !this.carve) throw new Error('signalMasks() was not called');
    this.howToSorted ??= union(this.howTo());
    const own: Span[] = [];
    clipped(this.howToSorted, p.from, p.to, own);
    if (!own.length) return (p.signalEntry = p.entry);
    const sig = sigOf(own, p.from);
    if (!p.entry.signal || !sameSig(p.entry.signal.sig, sig)) p.entry.signal = new PieceEntry(p.to - p.from, sig);
    p.howTo = own;
    return (p.signalEntry = p.entry.signal);
  }

  /** The text of `p` in `variant` (built once per lint, only for pieces something is computed on). */
  private textOf(p: Piece, variant: Variant): string {
    if (variant === 'raw') return this.doc.text.slice(p.from, p.to);
    if (variant === 'signal' && this.entryOf(p, variant) !== p.entry)
      return (p.signalText ??= maskedBody(this.doc.text, { start: p.from, end: p.to }, [
        ...p.masks,
        ...this.carve!(this.doc.text, p.howTo!),
      ]));
    return (p.prose ??= maskedBody(this.doc.text, { start: p.from, end: p.to }, p.masks));
  }

  /** textOf() with the line breaks inside paragraphs made spaces and bold markers left out (unjoinedOffset maps its
   * offsets back). */
  private joinedOf(p: Piece, variant: Variant): Joined {
    if (variant === 'raw') return { text: this.textOf(p, variant), dropped: null };
    const key = variant === 'signal' && this.entryOf(p, variant) !== p.entry ? 'signal' : 'prose';
    const joined = (p.joined ??= {});
    return (joined[key] ??= joinWrappedLines(this.textOf(p, variant)));
  }

  /** The first match of `re` in the body (the first piece that has one), or null; null too when `rejects` matches the
   * sentence of that first match (the pattern says nothing then, even if a later match would). */
  first(re: RegExp, variant: Variant, rejects?: RegExp): BodyHit | null {
    const id = this.cache.id(re, rejects ?? null);
    for (const p of this.pieces) {
      const e = this.entryOf(p, variant);
      if (e.state.length <= id) {
        const grown = new Uint8Array(this.cache.ids + 16);
        grown.set(e.state);
        e.state = grown;
      }
      let st = e.state[id]!;
      if (st === UNKNOWN) st = this.search(e, this.joinedOf(p, variant), re, rejects, id);
      if (st === NONE) continue;
      const h = e.hits!.get(id)!;
      if (h.rejected) return null;
      const start = p.from + h.index;
      return { start, end: start + h.length, text: h.text, ...(h.group1 !== undefined ? { group1: h.group1 } : {}) };
    }
    return null;
  }

  /** `search` runs over the joined text (patterns read wrapped prose as one line), and so does `rejects`, on the match's
   * sentence: a hard-wrapped sentence is rejected by what its next line says ("…通过以下联系邮箱\ntele_ai@…，提交…申请材料。"
   * offers the address for licence applications only). */
  private search(entry: PieceEntry, joined: Joined, re: RegExp, rejects: RegExp | undefined, id: number): number {
    const text = joined.text;
    this.cache.scannedChars += text.length;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) return (entry.state[id] = NONE);
    const index = unjoinedOffset(joined, m.index);
    // The character after the match's last (markers dropped just after it stay outside).
    const end = m[0].length ? unjoinedOffset(joined, m.index + m[0].length - 1) + 1 : index;
    let rejected = false;
    if (rejects) {
      // The sentence of the match, within its joined line: "To apply for a commercial licence, fill in the form. For
      // other questions, contact …" rejects the first sentence, not the contact.
      const jEnd = m.index + m[0].length;
      const lineFrom = text.lastIndexOf('\n', m.index) + 1;
      const lineTo = text.indexOf('\n', jEnd);
      const line = text.slice(lineFrom, lineTo < 0 ? text.length : lineTo);
      const at = m.index - lineFrom;
      let from = 0;
      for (const m of line.slice(0, at).matchAll(SENTENCE_ENDS)) from = (m.index ?? 0) + m[0].length;
      const after = SENTENCE_END.exec(line.slice(Math.max(at, jEnd - lineFrom)));
      const to = after ? Math.max(at, jEnd - lineFrom) + after.index + 1 : line.length;
      rejected = rejects.test(line.slice(from, to));
    }
    (entry.hits ??= new Map()).set(id, {
      index,
      length: end - index,
      text: detached(m[0].slice(0, 80)),
      ...(m[1] !== undefined ? { group1: detached(m[1]) } : {}),
      rejected,
    });
    return (entry.state[id] = FOUND);
  }

  /** `scan` run over each piece — its text in `variant`, its span and its comments and code — giving results in
   * offsets from the piece's start, kept per piece and moved to document offsets by `move`; all pieces' results in
   * order. `kind` names the scan (each `variant` of a kind keeps its own results). A scan reads nothing but the piece. */
  collect<T>(
    kind: string,
    variant: Variant,
    scan: (text: string, piece: Span, masks: readonly Span[]) => T[],
    move: (t: T, by: number) => T,
  ): T[] {
    const out: T[] = [];
    const key = `${variant}:${kind}`;
    for (const p of this.pieces) {
      const entry = this.entryOf(p, variant);
      let list = entry.lists?.get(key) as T[] | undefined;
      if (!list) {
        const text = this.textOf(p, variant);
        this.cache.scannedChars += text.length;
        (entry.lists ??= new Map()).set(key, (list = scan(text, { start: p.from, end: p.to }, p.masks)));
      }
      for (const t of list) out.push(move(t, p.from));
    }
    return out;
  }

  /** The pieces' spans, in order. */
  get spans(): Span[] {
    return this.pieces.map((p) => ({ start: p.from, end: p.to }));
  }

  /** [span] of the text with the comments and code in it blanked, as the `prose` variant has it. */
  masked(span: Span): string {
    return maskedBody(this.doc.text, span, this.clip(span.start, span.end));
  }

  /** A result computed from the text of `spans` and the comments and code in them (nothing else), kept while those
   * characters do not change. `kind` names the computation and whatever else it depends on. */
  region<T>(kind: string, spans: readonly Span[], compute: () => T): T {
    const masks: Span[] = [];
    let key = kind;
    let previousKey: string | null = this.previous ? kind : null;
    for (const s of spans) {
      masks.length = 0;
      for (const list of this.masks) clipped(list, s.start, s.end, masks);
      masks.sort((a, b) => a.start - b.start);
      const sig = `${s.end - s.start}:${sigOf(masks, s.start).join(',')}`;
      key += `|${s.start}:${sig}`;
      if (previousKey !== null) {
        const at = this.previousOffset(s.start, s.end);
        previousKey = at === null ? null : `${previousKey}|${at}:${sig}`;
      }
    }
    if (this.state.regions.has(key)) return this.state.regions.get(key) as T;
    let value: T;
    if (previousKey !== null && this.previous!.regions.has(previousKey))
      value = this.previous!.regions.get(previousKey) as T;
    else {
      this.cache.newRegions++;
      value = compute();
    }
    // A card of very many sections keeps the first MAX_REGIONS results only.
    if (this.state.regions.size < MAX_REGIONS) this.state.regions.set(key, value);
    return value;
  }
}
