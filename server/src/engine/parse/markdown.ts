// Markdown structure of a card body: headings (ATX, setext, bold-wrapped, HTML <hN>), the section tree,
// bold lead-in labels, HTML comments and code spans. Uses markdown-it's block parser only (inline parsing is not needed).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Span } from '../types.js';
import type { LineIndex } from './text.js';
import { ChunkReuse, type ChunkResult, type MarkdownCache } from './markdown-chunks.js';
import { pushAll } from '../push-all.js';
import type { ParseWork } from './work.js';

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

const LABEL = /^([ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)(\*\*|__)(?=\S)([^\n]*?\S)\2/;

/** Lines of body parsed by one markdown-it call: enough to amortise the call, few enough that its tokens stay small
 * (a 16 MB card of `- x` lines would otherwise make millions of tokens at once). */
const CHUNK_CHARS = 32 * 1024;
/** A chunk is cut here even without a safe place (only in pathological input); the cut is then checked. */
const MAX_CHUNK_CHARS = 512 * 1024;

/** End markers of the HTML blocks that may span blank lines (CommonMark types 1–5). */
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

/**
 * Where the body may be cut into independently parsed chunks without changing what markdown-it finds: before a line
 * at column 0 that follows a blank line, or that starts a list item or an ATX heading (both interrupt a paragraph) —
 * never inside a fenced code block or an HTML block. Returns the first line of each chunk.
 */
function chunkStarts(
  lines: LineIndex,
  first: number,
  last: number,
  work: ParseWork | undefined,
): { starts: number[]; hardStops: Set<number>; unclosed: { open: number; resume: number | null }[] } {
  const starts = [first];
  const hardStops = new Set<number>();
  const unclosed: { open: number; resume: number | null }[] = [];
  const closes = closingFences(lines, first, last, work);
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
    if (ln > first && !fence && !html && size >= CHUNK_CHARS && !blank && !/^[ \t]/.test(line)) {
      const safe = prevBlank || /^(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/.test(line);
      if (safe || size >= MAX_CHUNK_CHARS) {
        starts.push(ln);
        size = 0;
      }
    } else if (ln > first && size >= MAX_CHUNK_CHARS && !blank) {
      starts.push(ln);
      size = 0;
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
      if (starts[starts.length - 1] !== resume) starts.push(resume);
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
  return { starts, hardStops, unclosed };
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
function closingFences(
  lines: LineIndex,
  first: number,
  last: number,
  work: ParseWork | undefined,
): { closedAfter(ln: number, fence: string): boolean } {
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
  // Longest closing fence from index i to the end, per character.
  const longest: Record<string, number[]> = {};
  for (const c of ['`', '~']) {
    const list = found[c]!;
    const suffix = new Array<number>(list.length + 1).fill(0);
    for (let i = list.length - 1; i >= 0; i--) suffix[i] = Math.max(suffix[i + 1]!, list[i]!.length);
    longest[c] = suffix;
  }
  return {
    closedAfter(ln, fence) {
      const list = found[fence[0]!]!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.line <= ln) lo = mid + 1;
        else hi = mid;
      }
      return longest[fence[0]!]![lo]! >= fence.length;
    },
  };
}

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

  const { starts, hardStops, unclosed } = chunkStarts(lines, firstLine, lastLine, work);
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
  if (versions) versions.cache.end(versions.key, text, chunks);
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
