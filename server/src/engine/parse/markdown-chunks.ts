// Incremental cards: what each chunk of a card body yielded (headings, code, labels) is kept with the text it came
// from, and the next version of the same document reuses every chunk the edit did not touch — moved by the length
// the edit added — so a keystroke re-parses one ~32 KB chunk of a 5 MB body instead of all of it (issue 11).
// A chunk is reused only when its whole range lies in the common prefix or the common suffix of the two versions:
// the same characters, hence the same markdown-it tokens (a chunk is parsed on its own, markdown.ts). The front
// matter is reused whole when it lies in the common prefix (an edit in the body does not look at it again).
import type { Span } from '../types.js';
import type { FrontMatter } from './front-matter.js';
import type { Heading, Label } from './markdown.js';
import { commonPrefix, commonSuffix } from './text.js';

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
  ) {}

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
    { text: string; chunks: Map<number, ChunkResult>; frontMatter: FrontMatter | null }
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
    );
  }

  /** Remember this version's chunks for the next one. */
  end(key: string, text: string, reuse: ChunkReuse): void {
    this.docs.delete(key);
    this.docs.set(key, {
      text,
      chunks: new Map(reuse.results.map((r) => [r.from, r])),
      frontMatter: reuse.frontMatter,
    });
    if (this.docs.size > MAX_DOCUMENTS) this.docs.delete(this.docs.keys().next().value!);
  }
}
