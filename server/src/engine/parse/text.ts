// Text primitives: BOM handling and a line index mapping offsets to 0-based line/character and back.
import type { Span } from '../types.js';

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

/** Offsets of line starts. Line breaks are `\n`, `\r\n` and a lone `\r`, as in LSP and markdown-it. */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
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
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and UTF-16 character of an offset (clamped into the text). */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line]!;
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset just past the last character of the line, excluding its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1]!;
    const start = this.lineStart(line);
    if (next - 2 >= start && this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10)
      return next - 2;
    return next - 1;
  }

  /** Offset of the start of the next line (or text end). */
  nextLineStart(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
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
