// Where a card body is cut into chunks that markdown-it parses on their own (parse/markdown.ts), found incrementally:
// an edit rescans from the last clean cut above it until a cut lands where the previous version had one on the same
// text, and the previous version's cuts are used for the rest (issue 11: the scan read every line of a 5 MB body on
// every keystroke). A clean cut (outside any fence or HTML block) leaves no state behind, so the scan from it depends
// only on the lines below it and on which fences are ever closed below them — unchanged by an edit that touches no
// fence line; an edit that does (or a large one) is scanned in full.
import type { LineIndex } from './text.js';
import type { ParseWork } from './work.js';
import { partitionPoint } from '../partition.js';

/** Lines of body parsed by one markdown-it call: enough to amortise the call, few enough that its tokens stay small
 * (a 16 MB card of `- x` lines would otherwise make millions of tokens at once). */
const CHUNK_CHARS = 32 * 1024;
/** A chunk is cut here even without a safe place (only in pathological input); the cut is then checked. */
const MAX_CHUNK_CHARS = 512 * 1024;

/** Edited characters past which the body is scanned in full. */
const MAX_EDIT_CHARS = 64 * 1024;

export /** End markers of the HTML blocks that may span blank lines (CommonMark types 1–5). */
function htmlBlockEnd(line: string): RegExp | 'blank' | null {
  const m = /^ {0,3}<(\/?)([A-Za-z][A-Za-z0-9-]*|!--|\?|![A-Z]|!\[CDATA\[)/.exec(line);
  if (!m) return line.startsWith('<') || /^ {1,3}</.test(line) ? 'blank' : null;
  const tag = m[2]!.toLowerCase();
  if (tag === '!--') return /-->/;
  if (tag === '?') return /\?>/;
  if (tag === '![cdata[') return /\]\]>/;
  if (tag.startsWith('!')) return />/;
  if (!m[1] && /^(?:script|pre|style|textarea)$/.test(tag)) return new RegExp(`</${tag}>`, 'i');
  return 'blank';
}

const FENCE_START = /^ {0,3}(?:`{3}|~{3})/;

/** A line opening or closing a code fence: its run of fence characters, what follows, and whether nothing but spaces
 * follows (a closing fence). Linear in the line's length; each line is read once. */
function fenceLine(full: string): { run: string; info: string; bare: boolean } | null {
  const m = /^ {0,3}(`+|~+)/.exec(full);
  if (!m || m[1]!.length < 3) return null;
  const info = full.slice(m[0].length);
  return { run: m[1]!, info, bare: /^[ \t]*$/.test(info) };
}

/** Closing-fence lines (only fence characters on the line) per character, with the longest at or after each: whether
 * a fence opened on a line is ever closed, in one pass over the lines whatever the number of fences. */
class ClosingFences {
  private longest: Record<string, number[]> | null = null;
  constructor(private readonly found: Record<string, { line: number; length: number }[]>) {}

  static find(lines: LineIndex, first: number, last: number, work: ParseWork | undefined): ClosingFences {
    const found: Record<string, { line: number; length: number }[]> = { '`': [], '~': [] };
    let scanned = 0;
    for (let ln = first; ln <= last; ln++) {
      const lineStart = lines.lineStart(ln);
      scanned += 6;
      if (!FENCE_START.test(lines.text.slice(lineStart, lineStart + 6))) continue;
      const fl = fenceLine(lines.lineText(ln));
      scanned += lines.lineEnd(ln) - lineStart;
      if (fl?.bare) found[fl.run[0]!]!.push({ line: ln, length: fl.run.length });
    }
    if (work) work.chunkScanChars += scanned;
    return new ClosingFences(found);
  }

  closedAfter(ln: number, fence: string): boolean {
    // Longest closing fence from index i to the end, per character.
    if (!this.longest) {
      this.longest = {};
      for (const c of ['`', '~']) {
        const list = this.found[c]!;
        const suffix = new Array<number>(list.length + 1).fill(0);
        for (let i = list.length - 1; i >= 0; i--) suffix[i] = Math.max(suffix[i + 1]!, list[i]!.length);
        this.longest[c] = suffix;
      }
    }
    const list = this.found[fence[0]!]!;
    const after = partitionPoint(list.length, (i) => list[i]!.line <= ln);
    return this.longest[fence[0]!]![after]! >= fence.length;
  }

  /** The same fence lines after an edit that changed none of them: those below line `after` moved by `dl` lines. */
  moved(after: number, dl: number): ClosingFences {
    if (dl === 0) return this;
    const move = (list: { line: number; length: number }[]) =>
      list.map((e) => (e.line > after ? { line: e.line + dl, length: e.length } : e));
    return new ClosingFences({ '`': move(this.found['`']!), '~': move(this.found['~']!) });
  }
}

/** Where one version's body is cut: the first line of each chunk (whether the cut is clean: outside any fence or
 * HTML block), the cuts where an unclosed fence is taken to end (`hardStops`) and those fences. Kept for the next
 * version (markdown-chunks.ts). */
export interface ChunkScan {
  bodyStart: number;
  first: number;
  starts: number[];
  clean: boolean[];
  hardStops: Set<number>;
  unclosed: { open: number; resume: number | null }[];
  closes: ClosingFences;
}

/** The previous version's scan and index, and what the two versions have in common (markdown-chunks.ts). */
export interface PreviousScan {
  scan: ChunkScan;
  lines: LineIndex;
  prefix: number;
  /** Where the common suffix starts in the new text, and how far it moved. */
  suffixFrom: number;
  delta: number;
}

/**
 * Where the body may be cut into independently parsed chunks without changing what markdown-it finds: before a line
 * at column 0 that follows a blank line, or that starts a list item or an ATX heading (both interrupt a paragraph) —
 * never inside a fenced code block or an HTML block. From the previous version's cuts when they tell (above).
 */
export function chunkStarts(
  lines: LineIndex,
  bodyStart: number,
  first: number,
  last: number,
  work: ParseWork | undefined,
  previous: PreviousScan | null,
): ChunkScan {
  const again = previous && rescan(lines, bodyStart, first, last, work, previous);
  if (again) return again;
  const closes = ClosingFences.find(lines, first, last, work);
  const { starts, clean, hardStops, unclosed } = scan(lines, first, last, closes, work);
  return { bodyStart, first, starts, clean, hardStops, unclosed, closes };
}

/** Whether a line in [from, to] opens or closes a code fence (their first characters read). */
function hasFenceLine(lines: LineIndex, from: number, to: number, work: ParseWork | undefined): boolean {
  if (work) work.chunkScanChars += 6 * (to - from + 1);
  for (let ln = from; ln <= to; ln++) {
    const start = lines.lineStart(ln);
    if (FENCE_START.test(lines.text.slice(start, start + 6))) return true;
  }
  return false;
}

/** The last index of the sorted `a` whose value is at most `x` (-1 when none is). */
function lastAtMost(a: readonly number[], x: number): number {
  return partitionPoint(a.length, (i) => a[i]! <= x) - 1;
}

/** This version's scan from the previous one, or null when the edit does not allow it. */
function rescan(
  lines: LineIndex,
  bodyStart: number,
  first: number,
  last: number,
  work: ParseWork | undefined,
  { scan: old, lines: oldLines, prefix, suffixFrom, delta }: PreviousScan,
): ChunkScan | null {
  const oldSuffixFrom = suffixFrom - delta;
  if (suffixFrom - prefix > MAX_EDIT_CHARS || oldSuffixFrom - prefix > MAX_EDIT_CHARS) return null;
  // The whole body is the previous version's, moved (an edit in the front matter).
  if (bodyStart >= suffixFrom && bodyStart - delta === old.bodyStart) {
    const dl = first - old.first;
    const line = (l: number) => l + dl;
    return {
      bodyStart,
      first,
      starts: old.starts.map(line),
      clean: old.clean,
      hardStops: new Set([...old.hardStops].map(line)),
      unclosed: old.unclosed.map((u) => ({ open: u.open + dl, resume: u.resume === null ? null : u.resume + dl })),
      closes: old.closes.moved(-1, dl),
    };
  }
  if (bodyStart !== old.bodyStart || prefix < bodyStart) return null;
  // The edited lines: [changed, lastChanged] here, [changed, lastChangedOld] in the previous version.
  const changed = lines.positionAt(prefix).line;
  const lastChanged = lines.positionAt(suffixFrom).line;
  const lastChangedOld = oldLines.positionAt(oldSuffixFrom).line;
  if (hasFenceLine(lines, changed, lastChanged, work) || hasFenceLine(oldLines, changed, lastChangedOld, work))
    return null;
  const dl = lastChanged - lastChangedOld;
  // The last clean cut whose line, and the line before the edited one, are untouched (the cut was decided on both).
  let r = lastAtMost(old.starts, changed - 2);
  while (r > 0 && !old.clean[r]) r--;
  r = Math.max(r, 0);
  const from = old.starts[r]!;
  const closes = old.closes.moved(lastChangedOld, dl);
  const part = scan(lines, from, last, closes, work, (ln) => {
    if (ln <= lastChanged) return -1;
    const i = lastAtMost(old.starts, ln - dl);
    return i >= 0 && old.starts[i] === ln - dl && old.clean[i] ? i : -1;
  });
  const starts = old.starts.slice(0, r).concat(part.starts);
  const clean = old.clean.slice(0, r).concat(part.clean);
  const hardStops = new Set([...old.hardStops].filter((h) => h < from));
  for (const h of part.hardStops) hardStops.add(h);
  const unclosed = old.unclosed.filter((u) => u.open < from).concat(part.unclosed);
  if (part.stop) {
    const stopOld = old.starts[part.stop.old]!;
    for (let i = part.stop.old; i < old.starts.length; i++) {
      starts.push(old.starts[i]! + dl);
      clean.push(old.clean[i]!);
    }
    for (const h of old.hardStops) if (h >= stopOld) hardStops.add(h + dl);
    for (const u of old.unclosed)
      if (u.open >= stopOld) unclosed.push({ open: u.open + dl, resume: u.resume === null ? null : u.resume + dl });
  }
  return { bodyStart, first, starts, clean, hardStops, unclosed, closes };
}

/** The cuts from line `first` (the body's first line, or a clean cut) on. `resync(ln)`: at a clean cut, the index of
 * the previous version's same cut when the rest is known to be the same (the scan stops there), else -1. */
function scan(
  lines: LineIndex,
  first: number,
  last: number,
  closes: ClosingFences,
  work: ParseWork | undefined,
  resync?: (ln: number) => number,
): {
  starts: number[];
  clean: boolean[];
  hardStops: Set<number>;
  unclosed: { open: number; resume: number | null }[];
  stop: { line: number; old: number } | null;
} {
  const starts = [first];
  const clean = [true];
  const hardStops = new Set<number>();
  const unclosed: { open: number; resume: number | null }[] = [];
  // Inside a fence that nothing closes: the next level 2–6 ATX heading ends it (a `# comment` in code is no heading).
  let orphan = false;
  let fence: string | null = null;
  let html: RegExp | 'blank' | null = null;
  let prevBlank = true;
  let size = 0;
  let scanned = 0;
  for (let ln = first; ln <= last; ln++) {
    const lineStart = lines.lineStart(ln);
    const lineEnd = lines.lineEnd(ln);
    // Only the first characters of a line decide anything here.
    const line = lines.text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    scanned += line.length + 1;
    const blank = !/\S/.test(line) && lineEnd - lineStart <= 200;
    let cut: boolean;
    if (ln > first && !fence && !html && size >= CHUNK_CHARS && !blank && !/^[ \t]/.test(line)) {
      const safe = prevBlank || /^(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/.test(line);
      cut = safe || size >= MAX_CHUNK_CHARS;
    } else cut = ln > first && size >= MAX_CHUNK_CHARS && !blank;
    if (cut) {
      starts.push(ln);
      clean.push(!fence && !html);
      size = 0;
      // From a clean cut on, the scan depends on the lines from here only: where the previous version's scan had the
      // same cut at the same text, the rest is that scan's.
      const old = !fence && !html ? (resync?.(ln) ?? -1) : -1;
      if (old >= 0) {
        starts.pop();
        clean.pop();
        if (work) work.chunkScanChars += scanned;
        return { starts, clean, hardStops, unclosed, stop: { line: ln, old } };
      }
    }
    if (orphan && /^#{2,6}[ \t]+\S/.test(line)) {
      // Comment lines right above the heading go with it (a directive inserted before the heading must stay a comment).
      let resume = ln;
      const open = unclosed[unclosed.length - 1]!;
      while (
        resume - 1 > open.open &&
        resume - 1 > starts[starts.length - 1]! &&
        /^[ \t]{0,3}<!--.*-->[ \t]*$/.test(lines.lineText(resume - 1).slice(0, 2000))
      )
        resume--;
      if (starts[starts.length - 1] !== resume) {
        starts.push(resume);
        clean.push(false);
      } else clean[clean.length - 1] = false;
      hardStops.add(resume);
      open.resume = resume;
      size = lines.lineStart(ln) - lines.lineStart(resume);
      orphan = false;
      fence = null;
    }
    size += lineEnd - lineStart + 1;
    // A fence line is read whole: its run of backticks may be longer than the characters read above.
    const fl = FENCE_START.test(line) ? fenceLine(lines.lineText(ln)) : null;
    if (fl) scanned += lineEnd - lineStart;
    if (fence) {
      if (fl && fl.bare && fl.run[0] === fence[0] && fl.run.length >= fence.length) fence = null;
    } else if (html) {
      if (html === 'blank' ? blank : html.test(line)) html = null;
    } else {
      if (fl && !(fl.run[0] === '`' && fl.info.includes('`'))) {
        fence = fl.run;
        if (!closes.closedAfter(ln, fence)) {
          orphan = true;
          unclosed.push({ open: ln, resume: null });
        }
      } else {
        const end = htmlBlockEnd(line);
        // An end marker on the opening line closes the block at once.
        if (end && !(end !== 'blank' && end.test(line.replace(/^ {0,3}<[^ ]{0,12}/, '')))) html = end;
      }
    }
    prevBlank = blank;
  }
  if (work) work.chunkScanChars += scanned;
  return { starts, clean, hardStops, unclosed, stop: null };
}
