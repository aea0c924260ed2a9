// A card's body with comments, code blocks and table-of-contents entries blanked out, same length as the body so
// offsets stay exact: where the disclosure and risk-area signals look (body-search.ts builds it per section).
import type { Span } from '../types.js';
import { partitionPoint } from '../partition.js';

/** Spaces for every character of `s` but its line breaks. */
function blank(s: string): string {
  const parts: string[] = [];
  let i = 0;
  for (let j = s.indexOf('\n'); j !== -1; j = s.indexOf('\n', i)) {
    parts.push(' '.repeat(j - i));
    i = j + 1;
  }
  parts.push(' '.repeat(s.length - i));
  return parts.join('\n');
}

/** The body with comments and code blocks blanked out (same length, so signal offsets stay exact). */
export function maskedBody(text: string, body: Span, masks: Span[]): string {
  const out: string[] = [];
  let pos = body.start;
  for (const m of [...masks].sort((a, b) => a.start - b.start)) {
    if (m.end <= pos || m.start >= body.end) continue;
    out.push(text.slice(pos, Math.max(pos, m.start)));
    const from = Math.max(pos, m.start);
    const to = Math.min(m.end, body.end);
    out.push(blank(text.slice(from, to)));
    pos = to;
  }
  out.push(text.slice(pos, body.end));
  return out.join('').replace(TOC_ENTRY, blank).replace(QUOTE_MARKER, blank);
}

// A blockquote's markers ("> **Not for clinical diagnosis.**"): blanked, so a quoted line starts where its text does.
const QUOTE_MARKER = /^[ \t]{0,3}>(?:[ \t]{0,3}>){0,8}/gm;

// A table of contents' entry ("- [🤝Contact Us and Citation](#contact-us-and-citation)") names a section, it says
// nothing itself: blanked like code.
const TOC_ENTRY = /^[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]{1,160}\]\(#[^)\s]{0,200}\)[ \t]*$/gm;

/** A line that starts a block of its own (list item, heading, table row, quote, HTML, fence, rule, footnote), so the
 * line break before it is not inside a paragraph. */
const BLOCK_START =
  /^[ \t]{0,3}(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#|\||>|<|`{3}|~{3}|[-=_*][ \t]*[-=_*][ \t]*[-=_*]|\[\^)/;
/** A line after which a break is not inside a paragraph: a heading or a table row (its start, or its end). */
const BLOCK_LINE_START = /^[ \t]{0,3}(?:#|\|)/;
const BLOCK_LINE_END = /\|[ \t]*\r?$/;

/** Text with the line breaks inside paragraphs made spaces and bold markers left out; `dropped`: the offsets in `text`
 * of the characters after each character left out (a `\r` joined with its `\n`, a `**` or `__` is two), ascending: an
 * offset j of `text` is j + the number of entries <= j in the text before. */
export interface Joined {
  text: string;
  dropped: number[] | null;
}

/**
 * `s` with the line breaks inside paragraphs made one space and bold markers left out: hard-wrapped prose ("This model
 * is not expected\nto perform well …", as GitHub and TF Hub cards wrap at 80 columns) and emphasis inside a sentence
 * ("O modelo **não** deve ser utilizado") read as plain sentences to the signals, while list items, headings, table
 * rows and blank lines keep their breaks. Linear in `s`.
 */
export function joinWrappedLines(s: string): Joined {
  if (!s.includes('\n') && !s.includes('**') && !s.includes('__')) return { text: s, dropped: null };
  const lines = s.split('\n');
  const out: string[] = [];
  let length = 0;
  let dropped: number[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.includes('**') || line.includes('__')) {
      const parts = line.split(BOLD);
      let kept = parts[0]!;
      for (let k = 1; k < parts.length; k++) {
        (dropped ??= []).push(length + kept.length, length + kept.length);
        kept += parts[k]!;
      }
      line = kept;
    }
    const next = lines[i + 1];
    if (next === undefined) {
      out.push(line);
      break;
    }
    const join =
      line.trim() !== '' &&
      next.trim() !== '' &&
      !BLOCK_START.test(next) &&
      !BLOCK_LINE_START.test(line) &&
      !BLOCK_LINE_END.test(line.slice(-64));
    if (join && line.endsWith('\r')) {
      line = line.slice(0, -1);
      (dropped ??= []).push(length + line.length + 1);
    }
    out.push(line, join ? ' ' : '\n');
    length += line.length + 1;
  }
  return { text: out.join(''), dropped };
}

const BOLD = /\*\*|__/;

/** The offset in the text before joining of offset `j` of a Joined text. */
export function unjoinedOffset(joined: Joined, j: number): number {
  const d = joined.dropped;
  if (!d) return j;
  return j + partitionPoint(d.length, (i) => d[i]! <= j);
}
