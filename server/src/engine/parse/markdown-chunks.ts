// Incremental cards: what each chunk of a card body yielded (headings, code, labels) is kept with the text it came
// from, and the next version of the same document reuses every chunk the edit did not touch — moved by the length
// the edit added — so a keystroke re-parses one ~32 KB chunk of a 5 MB body instead of all of it (issue 11).
// A chunk is reused only when its whole range lies in the common prefix or the common suffix of the two versions:
// the same characters, hence the same markdown-it tokens (a chunk is parsed on its own, markdown.ts). The front
// matter is reused whole when it lies in the common prefix (an edit in the body does not look at it again), and the
// line index is the previous one with the edited lines searched again (text.ts LineIndex.edited), and the chunk cuts
// are rescanned from the last one above the edit (chunk-starts.ts).
import type { Span } from '../types.js';
import type { FrontMatter } from './front-matter.js';
import type { Heading, Label } from './markdown.js';
import type { ChunkScan, PreviousScan } from './chunk-starts.js';
import { commonPrefix, commonSuffix, LineIndex } from './text.js';

/** What one chunk yields, in the document's coordinates at `from`. Never mutated once made (handed out as is while
 * the chunk does not move, copied and moved otherwise). */
export interface ChunkResult {
  from: number;
  to: number;
  headings: Heading[];
  code: Span[];
  labels: Label[];
  /** The chunk ends inside a fence or an HTML block its cut left open (markdown.ts joins the next chunk). */
  open: boolean;
}

/** Documents remembered (one version each): the lint session's open editors plus a few. */
const MAX_DOCUMENTS = 32;
/** Edited characters past which the line index is built again from scratch: the size limits are checked on the
 * previous version's index plus at most this many new lines (a paste of millions of line breaks is counted by the
 * capped scan of limits.ts before anything is built). */
const MAX_EDIT_FOR_LINES = 64 * 1024;
function moved(r: ChunkResult, d: number): ChunkResult {
  if (d === 0) return r;
  const span = (s: Span): Span => ({ start: s.start + d, end: s.end + d });
  return {
    from: r.from + d,
    to: r.to + d,
    headings: r.headings.map((h) => ({ ...h, span: span(h.span), titleSpan: span(h.titleSpan) })),
    code: r.code.map(span),
    labels: r.labels.map((l) => ({ ...l, span: span(l.span), restSpan: span(l.restSpan) })),
    open: r.open,
  };
}

/** One parse of one version: finds the chunks it can reuse from the previous version of the same document. */
export class ChunkReuse {
  private readonly kept: ChunkResult[] = [];
  constructor(
    private readonly prefix: number,
    /** Where the common suffix starts in the new text, and how far it moved. */
    private readonly suffixFrom: number,
    private readonly delta: number,
    private readonly previous: Map<number, ChunkResult> | null,
    private readonly owner: MarkdownCache | null,
    private readonly previousFrontMatter: FrontMatter | null = null,
    private readonly previousLines: LineIndex | null = null,
    private readonly previousCuts: ChunkScan | null = null,
  ) {}

  /** The previous version's chunk cuts with what the two versions share (null: none kept). */
  previousScan(text: string): PreviousScan | null {
    if (!this.previousCuts || !this.previousLines) return null;
    const suffixFrom = Math.min(this.suffixFrom, text.length);
    return { scan: this.previousCuts, lines: this.previousLines, prefix: this.prefix, suffixFrom, delta: this.delta };
  }

  /** This version's line index from the previous version's, when the edit is small (else null: build it). */
  lines(text: string): { lines: LineIndex; scanned: number } | null {
    const prev = this.previousLines;
    if (!prev || this.suffixFrom - this.prefix > MAX_EDIT_FOR_LINES) return null;
    return LineIndex.edited(prev, text, this.prefix, text.length - this.suffixFrom);
  }

  /** The front matter of this version, set by the card parser (kept for the next version). */
  frontMatter: FrontMatter | null = null;

  /** The previous version's front matter when this version has the same one at the same place: a closed block
   * whose every character, through the line break after its closing line, is in the common prefix. */
  unchangedFrontMatter(): FrontMatter | null {
    const fm = this.previousFrontMatter;
    return fm?.closed && fm.bodyStart <= this.prefix ? fm : null;
  }

  /** The previous version's result for the chunk [from, to) of this version, if it holds the same text. */
  lookup(from: number, to: number): ChunkResult | undefined {
    const prev = this.previous;
    if (!prev) return undefined;
    let r: ChunkResult | undefined;
    if (to <= this.prefix) r = prev.get(from);
    else if (from >= this.suffixFrom) r = prev.get(from - this.delta);
    if (!r || r.to - r.from !== to - from) return undefined;
    if (this.owner) this.owner.reusedChars += to - from;
    return moved(r, from - r.from);
  }

  /** A chunk's result as this version has it (parsed or reused). */
  keep(r: ChunkResult): void {
    this.kept.push(r);
  }

  parsed(chars: number): void {
    if (this.owner) this.owner.parsedChars += chars;
  }

  get results(): readonly ChunkResult[] {
    return this.kept;
  }
}

/** The last version of each recently parsed document (by path) with its chunks. Owned by an EngineCache (the lint
 * session's); the engine holds none of its own. */
export class MarkdownCache {
  private readonly docs = new Map<
    string,
    {
      text: string;
      chunks: Map<number, ChunkResult>;
      frontMatter: FrontMatter | null;
      lines: LineIndex;
      scan: ChunkScan;
    }
  >();
  /** Characters given to markdown-it, and characters of chunks reused instead, since this cache was made: tests bound
   * the re-parse work of an edit with them (no clocks). */
  parsedChars = 0;
  reusedChars = 0;

  /** Start a parse of `text`, the new version of the document `key`. */
  begin(key: string, text: string): ChunkReuse {
    const last = this.docs.get(key);
    if (!last) return new ChunkReuse(0, Infinity, 0, null, this);
    const prefix = commonPrefix(last.text, text);
    const max = Math.min(last.text.length, text.length) - prefix;
    const suffix = commonSuffix(last.text, text, max);
    return new ChunkReuse(
      prefix,
      text.length - suffix,
      text.length - last.text.length,
      last.chunks,
      this,
      last.frontMatter,
      last.lines,
      last.scan,
    );
  }

  /** Forget the last version of `key` (the document was closed). */
  forget(key: string): void {
    this.docs.delete(key);
  }

  /** The chunk cuts kept for the last version of `key` (tests compare them with a scan from scratch). */
  lastScan(key: string): ChunkScan | undefined {
    return this.docs.get(key)?.scan;
  }

  /** Remember this version's chunks, line index and chunk cuts for the next one. */
  end(key: string, lines: LineIndex, reuse: ChunkReuse, scan: ChunkScan): void {
    this.docs.delete(key);
    this.docs.set(key, {
      text: lines.text,
      chunks: new Map(reuse.results.map((r) => [r.from, r])),
      frontMatter: reuse.frontMatter,
      lines,
      scan,
    });
    if (this.docs.size > MAX_DOCUMENTS) this.docs.delete(this.docs.keys().next().value!);
  }
}
