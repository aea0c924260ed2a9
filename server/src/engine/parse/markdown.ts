// Markdown structure of a card body: headings (ATX, setext, bold-wrapped, HTML <hN>), the section tree,
// bold lead-in labels, HTML comments and code spans. Uses markdown-it's block parser only (inline parsing is not needed).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Span } from '../types.js';
import type { LineIndex } from './text.js';
import { ChunkReuse, type ChunkResult, type MarkdownCache } from './markdown-chunks.js';
import { pushAll } from '../push-all.js';
import type { ParseWork } from './work.js';
import { chunkStarts, htmlBlockEnd } from './chunk-starts.js';

export interface Heading {
  level: number;
  /** Plain title: emphasis, links, HTML tags and `[optional]` removed, whitespace collapsed. */
  title: string;
  /** Whole heading line(s). */
  span: Span;
  /** The title text as written (after the `#` marks). */
  titleSpan: Span;
  kind: 'atx' | 'setext' | 'html';
}

export interface Section {
  heading: Heading;
  level: number;
  /** Heading start to the next heading of the same or a higher level. */
  span: Span;
  /** After the heading line(s) to the section end (includes subsections). */
  contentSpan: Span;
  children: Section[];
  parent: Section | null;
}

/** A bold lead-in such as `**License** …` or `- **Developed by:** …`. */
export interface Label {
  text: string;
  span: Span;
  /** The rest of the line after the label. */
  restSpan: Span;
}

export interface MarkdownModel {
  headings: Heading[];
  /** Every section in document order. */
  sections: Section[];
  /** Top-level sections (those without a parent). */
  roots: Section[];
  /** Text before the first heading. */
  preamble: Span;
  comments: Span[];
  code: Span[];
  labels: Label[];
  /** Fenced code blocks never closed: CommonMark (and the Hub) render the rest of the card as code. The structure is
   * read as the author meant it: the fence ends before the next `##`–`######` heading (`resume`), when there is one. */
  unclosedFences: UnclosedFence[];
  span: Span;
}

export interface UnclosedFence {
  /** The opening fence line. */
  open: Span;
  /** Where the structure is read again (the next level 2–6 ATX heading); null when the fence runs to the end. */
  resume: number | null;
}

/** markdown-it with inline parsing off (emphasis and links cost most of its time and structure needs neither). A
 * parser holds configuration only; `parse` keeps no state between calls. */
function makeParser(): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: true });
  md.core.ruler.disable(['inline', 'text_join'], true);
  lazyLinesStayLazy(md);
  return md;
}

/**
 * A line that lazily continues a paragraph in nested blockquotes stays paragraph text, as in CommonMark (and on the
 * Hub and GitHub). markdown-it (14 and 15) asks each inner blockquote again whether such a line starts a block, after
 * the outer one has replaced its indentation by the lazy mark (sCount -1): `> > text` followed by `    <!-- … -->`
 * (or `    # …`) then ends every quote and becomes an indented code block, so a directive written there, or inserted
 * by the "disable for this line" fix, was never read. The outermost blockquote decides with the real indentation;
 * inner ones keep its verdict. Checked against commonmark.js on 200,000 random nested-container documents: 2,414
 * that differed now match it, and none that matched differs.
 */
function lazyLinesStayLazy(md: MarkdownIt): void {
  const ruler = md.block.ruler;
  const getRules = ruler.getRules.bind(ruler);
  const terminators = getRules('blockquote').map(
    (rule): typeof rule =>
      (state, line, end, silent) =>
        state.sCount[line]! >= 0 && rule(state, line, end, silent),
  );
  ruler.getRules = (chain) => (chain === 'blockquote' ? terminators : getRules(chain));
}
const PARSER = makeParser();

/** Characters of a heading looked at for its title: titles are for matching, and a 40,000-character heading of `![`
 * must not cost more than a short one. */
const MAX_TITLE_SOURCE = 1000;

/** Remove `<!-- … -->` comments (an unclosed one runs to the end), linearly. */
function stripComments(s: string): string {
  let out = '';
  let pos = 0;
  for (let i = s.indexOf('<!--'); i !== -1; i = s.indexOf('<!--', pos)) {
    out += s.slice(pos, i) + ' ';
    const end = s.indexOf('-->', i + 4);
    pos = end === -1 ? s.length : end + 3;
  }
  return out + s.slice(pos);
}

/** Reduce heading source to a plain title. Each pattern's repeated part excludes its own opening character, so a run
 * of openers without closers (`![![![…`, `<<<…`) is scanned once, not once per opener. */
export function plainTitle(raw: string): string {
  return stripComments(raw.length > MAX_TITLE_SOURCE ? raw.slice(0, MAX_TITLE_SOURCE) : raw)
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>]+>/g, ' ')
    .replace(/\[optional\]/gi, ' ')
    .replace(/(\*\*|__|[*_`~])/g, '')
    .replace(/&nbsp;|&amp;/g, (m) => (m === '&amp;' ? '&' : ' '))
    .replace(/\s+/g, ' ')
    .replace(/[\s:：]+$/, '')
    .trim();
}

// An emoji may come first ("❌ **Not Recommended:**", "📄 **License**"): part of the prefix, not of the label.
const LABEL =
  /^([ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]{1,6}[ \t]*)?)(\*\*|__)(?=\S)([^\n]*?\S)\2/u;

/** Whether a chunk's tokens end inside a fenced code block or a long HTML block that the cut left unclosed. */
function endsOpen(tokens: Token[], chunkLines: number, lines: LineIndex, base: number): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.map || t.level !== 0) continue;
    if (t.map[1] < chunkLines) return false;
    if (t.type === 'fence') {
      const lastLine = lines.lineText(base + t.map[1] - 1);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lastLine);
      return !(t.map[1] - t.map[0] > 1 && close && close[1]![0] === t.markup[0] && close[1]!.length >= t.markup.length);
    }
    if (t.type === 'html_block') {
      const end = htmlBlockEnd(t.content);
      return end !== null && end !== 'blank' && !end.test(t.content.replace(/^ {0,3}<[^ ]{0,12}/, ''));
    }
    return false;
  }
  return false;
}

/** Parse the Markdown body that starts at `bodyStart` in the full `text`. With `versions` (the lint session's cache,
 * the document's path and this version's comparison with the last one), chunks whose text the last version of the
 * same document had are not parsed again (markdown-chunks.ts). */
export function parseMarkdown(
  text: string,
  bodyStart: number,
  lines: LineIndex,
  versions?: { cache: MarkdownCache; key: string; reuse: ChunkReuse },
  work?: ParseWork,
): MarkdownModel {
  const firstLine = lines.positionAt(bodyStart).line;
  const lastLine = lines.lineCount - 1;
  const headings: Heading[] = [];
  const code: Span[] = [];
  const labels: Label[] = [];
  const chunks = versions?.reuse ?? new ChunkReuse(0, Infinity, 0, null, null);

  const scan = chunkStarts(lines, bodyStart, firstLine, lastLine, work, chunks.previousScan(lines.text));
  const { starts, hardStops, unclosed } = scan;
  for (let c = 0; c < starts.length; c++) {
    const base = starts[c]!;
    let next = c + 1 < starts.length ? starts[c + 1]! : lastLine + 1;
    const from = c === 0 ? bodyStart : lines.lineStart(base);
    const chunk = (): ChunkResult => {
      const to = next > lastLine ? text.length : lines.lineStart(next);
      return chunks.lookup(from, to) ?? parseChunk(text, from, to, base, next - base, lines, chunks, work);
    };
    let r = chunk();
    // A cut that left a fence or a comment open is undone by joining the next chunk (rare: only forced cuts), except
    // where an unclosed fence is taken to end.
    while (next <= lastLine && !hardStops.has(next) && r.open) {
      c++;
      next = c + 1 < starts.length ? starts[c + 1]! : lastLine + 1;
      r = chunk();
    }
    chunks.keep(r);
    pushAll(headings, r.headings);
    pushAll(code, r.code);
    pushAll(labels, r.labels);
  }
  if (versions) versions.cache.end(versions.key, lines, chunks, scan);
  headings.sort((a, b) => a.span.start - b.span.start);

  const comments: Span[] = [];
  // Code spans are sorted and comments come in order: one moving index, not a scan per comment. A `<!--` inside code
  // is no comment, and its end is not looked for: a code block of `<!--` lines without `-->` once cost a search to the
  // end of the text for each (quadratic).
  let k = 0;
  for (let pos = bodyStart, start = text.indexOf('<!--', pos); start !== -1; start = text.indexOf('<!--', pos)) {
    while (k < code.length && code[k]!.end <= start) k++;
    if (k < code.length && code[k]!.start <= start) {
      if (work) work.commentChars += code[k]!.end - pos;
      pos = code[k]!.end;
      continue;
    }
    // An unclosed comment runs to the end of the text.
    const close = text.indexOf('-->', start + 4);
    const end = close === -1 ? text.length : close + 3;
    if (work) work.commentChars += end - pos;
    comments.push({ start, end });
    pos = end;
  }

  // The section tree in one pass: a heading closes every open section of its level or deeper.
  const end = text.length;
  const sections: Section[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const heading of headings) {
    while (stack.length && stack[stack.length - 1]!.level >= heading.level) {
      const closed = stack.pop()!;
      closed.span.end = heading.span.start;
      closed.contentSpan.end = Math.max(closed.contentSpan.start, heading.span.start);
    }
    const parent = stack[stack.length - 1] ?? null;
    const contentStart =
      heading.kind === 'html' ? heading.span.end : lines.nextLineStart(lines.positionAt(heading.span.end).line);
    const section: Section = {
      heading,
      level: heading.level,
      span: { start: heading.span.start, end },
      contentSpan: { start: contentStart, end },
      children: [],
      parent,
    };
    if (parent) parent.children.push(section);
    else roots.push(section);
    sections.push(section);
    stack.push(section);
  }
  // Content never starts after the section ends (a heading on the last line).
  for (const s of sections) if (s.contentSpan.start > s.span.end) s.contentSpan.start = s.span.end;
  const preamble = { start: bodyStart, end: headings[0]?.span.start ?? end };
  const unclosedFences = unclosed.map((u) => ({
    open: { start: lines.lineStart(u.open), end: lines.lineEnd(u.open) },
    resume: u.resume === null ? null : lines.lineStart(u.resume),
  }));
  return {
    headings,
    sections,
    roots,
    preamble,
    comments,
    code,
    labels,
    unclosedFences,
    span: { start: bodyStart, end },
  };
}

/** Parse the lines [base, base + lineCount) — the text [from, to) — on their own. */
function parseChunk(
  text: string,
  from: number,
  to: number,
  base: number,
  lineCount: number,
  lines: LineIndex,
  chunks: ChunkReuse,
  work: ParseWork | undefined,
): ChunkResult {
  const source = text.slice(from, to);
  chunks.parsed(source.length);
  const tokens = PARSER.parse(source, {});
  if (work) {
    work.markdownChars += source.length;
    work.markdownTokens += tokens.length;
  }
  const headings: Heading[] = [];
  const code: Span[] = [];
  const labels: Label[] = [];
  const htmlBlocks: { span: Span; line: number; content: string }[] = [];
  collect(tokens, base, lines, headings, code, labels, htmlBlocks, work);
  htmlHeadings(htmlBlocks, lines, headings, work);
  headings.sort((a, b) => a.span.start - b.span.start);
  return { from, to, headings, code, labels, open: endsOpen(tokens, lineCount, lines, base) };
}

/** `<hN …>` and `</hN>` tags: a heading runs from an opening tag to the first closing tag of its level after it. */
const HTML_HEADING_OPEN = /<h([1-6])\b[^<>]*>/gi;
const HTML_HEADING_CLOSE = /<\/h([1-6])\s*>/gi;

/** HTML headings inside HTML blocks (`<h2>Uses</h2>`, `<h1 align="center">…</h1>`), lines counted as the scan goes.
 * The closing tags are found once per block, not searched for from each opening tag: a block of unclosed `<h2>` lines
 * once cost a search to the block's end per tag (quadratic). */
function htmlHeadings(
  htmlBlocks: { span: Span; line: number; content: string }[],
  lines: LineIndex,
  headings: Heading[],
  work: ParseWork | undefined,
): void {
  for (const block of htmlBlocks) {
    const content = block.content;
    if (!/<h[1-6]\b/i.test(content)) continue;
    if (work) work.titleChars += content.length;
    // Closing tags by level, in order, with a moving index per level.
    const closes: number[][] = [[], [], [], [], [], [], []];
    const closeEnds: number[][] = [[], [], [], [], [], [], []];
    HTML_HEADING_CLOSE.lastIndex = 0;
    for (let c = HTML_HEADING_CLOSE.exec(content); c; c = HTML_HEADING_CLOSE.exec(content)) {
      closes[Number(c[1])]!.push(c.index);
      closeEnds[Number(c[1])]!.push(c.index + c[0].length);
    }
    const next = [0, 0, 0, 0, 0, 0, 0];
    HTML_HEADING_OPEN.lastIndex = 0;
    let counted = 0;
    let lineOffset = 0;
    let lastBreak = -1;
    for (let o = HTML_HEADING_OPEN.exec(content); o; o = HTML_HEADING_OPEN.exec(content)) {
      const level = Number(o[1]);
      const openEnd = o.index + o[0].length;
      const at = closes[level]!;
      while (next[level]! < at.length && at[next[level]!]! < openEnd) next[level]!++;
      // Never closed: not a heading (the next opening tag is looked at, from the end of this one).
      if (next[level]! === at.length) continue;
      const matchEnd = closeEnds[level]![next[level]!]!;
      const inner = content.slice(openEnd, at[next[level]!]!);
      HTML_HEADING_OPEN.lastIndex = matchEnd;
      for (let i = content.indexOf('\n', counted); i !== -1 && i < o.index; i = content.indexOf('\n', i + 1)) {
        lineOffset++;
        lastBreak = i;
      }
      counted = o.index;
      if (work) work.titleChars += Math.min(inner.length, MAX_TITLE_SOURCE);
      const title = plainTitle(inner);
      if (!title) continue;
      const col = o.index - (lastBreak + 1);
      const start = lines.lineStart(block.line + lineOffset) + col;
      let breaks = 0;
      let lastInMatch = -1;
      for (let i = content.indexOf('\n', o.index); i !== -1 && i < matchEnd; i = content.indexOf('\n', i + 1)) {
        breaks++;
        lastInMatch = i - o.index;
      }
      const end =
        breaks === 0
          ? start + (matchEnd - o.index)
          : lines.lineStart(block.line + lineOffset + breaks) + (matchEnd - o.index - lastInMatch - 1);
      headings.push({ level, title, span: { start, end }, titleSpan: { start, end }, kind: 'html' });
    }
  }
}

/** Headings, code blocks, labels and HTML blocks of one chunk's tokens (`base` = the chunk's first line). */
function collect(
  tokens: Token[],
  base: number,
  lines: LineIndex,
  headings: Heading[],
  code: Span[],
  labels: Label[],
  htmlBlocks: { span: Span; line: number; content: string }[],
  work: ParseWork | undefined,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    const startLine = base + t.map[0];
    const endLine = base + t.map[1] - 1;
    if (t.type === 'heading_open') {
      const inline = tokens[i + 1];
      const level = Number(t.tag.slice(1));
      const setext = t.markup === '=' || t.markup === '-';
      const lineStart = lines.lineStart(startLine);
      const titleLine = lines.lineText(startLine);
      let titleStart: number;
      let titleEnd = lines.lineEnd(startLine);
      if (!setext) {
        const m = /^[ \t]*#{1,6}[ \t]*/.exec(titleLine);
        titleStart = lineStart + (m ? m[0].length : 0);
        const closing = /[ \t]+#+[ \t]*$|[ \t]+$/.exec(titleLine.slice(titleStart - lineStart));
        if (closing) titleEnd = titleStart + closing.index;
      } else {
        titleStart = lineStart + (titleLine.length - titleLine.trimStart().length);
        titleEnd = lines.lineEnd(Math.max(startLine, endLine - 1));
      }
      if (titleEnd < titleStart) titleEnd = titleStart;
      if (work) work.titleChars += Math.min(inline?.content.length ?? 0, MAX_TITLE_SOURCE);
      headings.push({
        level,
        title: plainTitle(inline?.content ?? ''),
        span: { start: lineStart, end: lines.lineEnd(endLine) },
        titleSpan: { start: titleStart, end: titleEnd },
        kind: setext ? 'setext' : 'atx',
      });
    } else if (t.type === 'fence' || t.type === 'code_block') {
      code.push({ start: lines.lineStart(startLine), end: lines.nextLineStart(endLine) });
    } else if (t.type === 'html_block') {
      htmlBlocks.push({
        span: { start: lines.lineStart(startLine), end: lines.lineEnd(endLine) },
        line: startLine,
        content: t.content,
      });
    } else if (t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
      for (let ln = startLine; ln <= endLine; ln++) {
        const lineStart = lines.lineStart(ln);
        // Labels sit at the start of a line; a 10 MB line is not scanned to its end for one.
        const lt = lines.text.slice(lineStart, Math.min(lines.lineEnd(ln), lineStart + 2000));
        if (work) work.titleChars += lt.length;
        const m = LABEL.exec(lt);
        if (!m) continue;
        const s = lineStart + m[1]!.length;
        const e = s + m[2]!.length * 2 + m[3]!.length;
        labels.push({
          text: plainTitle(m[3]!),
          span: { start: s, end: e },
          restSpan: { start: e, end: lines.lineEnd(ln) },
        });
      }
    }
  }
}
