// Text primitives: BOM handling and a line index mapping offsets to 0-based line/character and back.
import type { Span } from '../types.js';
import { partitionPoint } from '../partition.js';

export const BOM = '\uFEFF';

export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

export type LineEnding = '\n' | '\r\n' | '\r';

/** The line ending used by most lines; new text inserted by fixes uses it. */
export function detectLineEnding(text: string): LineEnding {
  if (!text.includes('\r')) return '\n';
  // Only lone CRs (classic Mac files): new lines get a CR too.
  if (!text.includes('\n')) return '\r';
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

export interface LineCol {
  line: number;
  character: number;
}

/** New line starts an edited index holds in its own array before it copies everything into one (a jump to a far
 * place in the document, where the lines between the two edits join that array). */
const MAX_PATCH = 4096;

/**
 * Offsets of line starts. Line breaks are `\n`, `\r\n` and a lone `\r`, as in LSP and markdown-it.
 *
 * An index made from the previous version's (LineIndex.edited, issue 11: a keystroke on a 5 MB card searched all of
 * it and then copied 100,000 starts) shares that version's array: line i is `base[i]` below `a`, then the starts of
 * the edited lines (`patch`), then `base[b…] + d`. The next edit near the last one patches the same array again.
 */
export class LineIndex {
  private readonly base: number[];
  private readonly a: number;
  private readonly patch: number[];
  private readonly b: number;
  private readonly d: number;
  readonly lineCount: number;

  constructor(
    readonly text: string,
    /** The parts of an edited index (LineIndex.edited); none: the line breaks of `text` are searched for. */
    parts?: { base: number[]; a: number; patch: number[]; b: number; d: number },
  ) {
    if (parts) {
      ({ base: this.base, a: this.a, patch: this.patch, b: this.b, d: this.d } = parts);
      this.lineCount = this.a + this.patch.length + this.base.length - this.b;
      return;
    }
    const starts = [0];
    const hasCr = text.includes('\r');
    if (!hasCr) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      // Native searches for both, not a loop over every character (CRLF cards are common; this runs per keystroke).
      let cr = text.indexOf('\r');
      let lf = text.indexOf('\n');
      while (cr !== -1 || lf !== -1) {
        if (cr !== -1 && (lf === -1 || cr < lf)) {
          if (lf === cr + 1) {
            starts.push(lf + 1);
            lf = text.indexOf('\n', lf + 1);
          } else starts.push(cr + 1);
          cr = text.indexOf('\r', cr + 1);
        } else {
          starts.push(lf + 1);
          lf = text.indexOf('\n', lf + 1);
        }
      }
    }
    this.base = starts;
    this.a = starts.length;
    this.patch = [];
    this.b = starts.length;
    this.d = 0;
    this.lineCount = starts.length;
  }

  /** Offset where line `i` starts (0 <= i < lineCount). */
  private start(i: number): number {
    if (i < this.a) return this.base[i]!;
    const j = i - this.a;
    return j < this.patch.length ? this.patch[j]! : this.base[this.b + j - this.patch.length]! + this.d;
  }

  /** Every line start, in one new array (for tests). */
  get starts(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.lineCount; i++) out.push(this.start(i));
    return out;
  }

  /** The first line whose start is at least `offset` (lineCount when none is). */
  private firstAtOrAfter(offset: number): number {
    return partitionPoint(this.lineCount, (i) => this.start(i) < offset);
  }

  /**
   * The index of `text`, an edit of `prev.text` that kept its first `prefix` and last `suffix` characters: line starts
   * before the edit are the previous version's, those after it moved by the length difference, and only the edited
   * characters are searched for line breaks. A start depends on the two characters around it (a `\r` followed by `\n`
   * starts no line), so starts below `prefix` and above the suffix's first character are the previous version's.
   * `scanned`: the characters searched.
   */
  static edited(prev: LineIndex, text: string, prefix: number, suffix: number): { lines: LineIndex; scanned: number } {
    const delta = text.length - prev.text.length;
    // Lines [0, k) and [j, lineCount) of the previous version are kept; the edited ones between are searched again.
    const k = Math.max(1, prev.firstAtOrAfter(prefix));
    const j = prev.firstAtOrAfter(prev.text.length - suffix + 1);
    const from = Math.max(0, prefix - 1);
    const to = text.length - suffix;
    const found: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) found.push(i + 1);
    }
    const scanned = to - from;
    // Kept lines of the previous version that are not in its base array as they are (its patch, and base lines it
    // moved or that now move) go into the new patch, with the found ones.
    // An index that is one array as it is (new, or copied into one) is read as cut at the edit: [0, k) and [k, …).
    const whole = prev.patch.length === 0 && prev.b === prev.a && prev.d === 0;
    const pa = whole ? k : prev.a;
    const pb = whole ? k : prev.b;
    const a = Math.min(k, pa);
    const patch: number[] = [];
    for (let i = a; i < k; i++) patch.push(prev.start(i));
    for (const f of found) patch.push(f);
    const keepFrom = Math.max(j, pa + prev.patch.length);
    for (let i = j; i < keepFrom; i++) patch.push(prev.start(i) + delta);
    const b = pb + keepFrom - pa - prev.patch.length;
    if (patch.length > MAX_PATCH) {
      const all = prev.base.slice(0, a);
      for (const p of patch) all.push(p);
      for (let i = b; i < prev.base.length; i++) all.push(prev.base[i]! + prev.d + delta);
      return { lines: new LineIndex(text, { base: all, a: all.length, patch: [], b: all.length, d: 0 }), scanned };
    }
    return { lines: new LineIndex(text, { base: prev.base, a, patch, b, d: prev.d + delta }), scanned };
  }

  /** 0-based line and UTF-16 character of an offset (clamped into the text). */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.start(lo) };
  }

  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineCount) return this.text.length;
    const start = this.start(pos.line);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  lineStart(line: number): number {
    return this.start(Math.max(0, Math.min(line, this.lineCount - 1)));
  }

  /** Offset just past the last character of the line, excluding its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineCount) return this.text.length;
    const next = this.start(line + 1);
    const start = this.lineStart(line);
    if (next - 2 >= start && this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10)
      return next - 2;
    return next - 1;
  }

  /** Offset of the start of the next line (or text end). */
  nextLineStart(line: number): number {
    return line + 1 < this.lineCount ? this.start(line + 1) : this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Span of one whole line's text. */
  lineSpan(line: number): Span {
    return { start: this.lineStart(line), end: this.lineEnd(line) };
  }
}

/** Block size when comparing two versions (native comparison of equal-length slices). */
const BLOCK = 4096;

/** Length of the common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + BLOCK <= max &&
    a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)
  )
    i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
