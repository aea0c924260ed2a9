// Markdown structure of a card body: headings (ATX, setext, bold-wrapped, HTML <hN>), the section tree,
// bold lead-in labels, HTML comments and code spans. Uses markdown-it's block parser only (inline parsing is not needed).
import MarkdownIt from 'markdown-it';
import type { Span } from '../types.js';
import type { LineIndex } from './text.js';

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
  span: Span;
}

let md: MarkdownIt | null = null;
function parser(): MarkdownIt {
  if (!md) {
    md = new MarkdownIt('commonmark', { html: true });
    // Inline parsing (emphasis, links) costs most of markdown-it's time and is not needed for structure.
    md.core.ruler.disable(['inline', 'text_join'], true);
  }
  return md;
}

/** Reduce heading source to a plain title. */
export function plainTitle(raw: string): string {
  return raw
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[optional\]/gi, ' ')
    .replace(/(\*\*|__|[*_`~])/g, '')
    .replace(/&nbsp;|&amp;/g, (m) => (m === '&amp;' ? '&' : ' '))
    .replace(/\s+/g, ' ')
    .replace(/[\s:：]+$/, '')
    .trim();
}

const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const LABEL = /^([ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)(\*\*|__)(?=\S)([^\n]*?\S)\2/;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

function inSpans(offset: number, spans: Span[]): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

/** Parse the Markdown body that starts at `bodyStart` in the full `text`. */
export function parseMarkdown(text: string, bodyStart: number, lines: LineIndex): MarkdownModel {
  const body = text.slice(bodyStart);
  const firstLine = lines.positionAt(bodyStart).line;
  const tokens = parser().parse(body, {});
  const headings: Heading[] = [];
  const code: Span[] = [];
  const labels: Label[] = [];
  const htmlBlocks: { span: Span; line: number; content: string }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.map) continue;
    const startLine = firstLine + t.map[0];
    const endLine = firstLine + t.map[1] - 1;
    if (t.type === 'heading_open') {
      const inline = tokens[i + 1];
      const level = Number(t.tag.slice(1));
      const setext = t.markup === '=' || t.markup === '-';
      const lineStart = lines.lineStart(startLine);
      const titleLine = lines.lineText(startLine);
      let titleStart = lineStart;
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
      htmlBlocks.push({ span: { start: lines.lineStart(startLine), end: lines.lineEnd(endLine) }, line: startLine, content: t.content });
    } else if (t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
      for (let ln = startLine; ln <= endLine; ln++) {
        const lt = lines.lineText(ln);
        const m = LABEL.exec(lt);
        if (!m) continue;
        const s = lines.lineStart(ln) + m[1]!.length;
        const e = s + m[2]!.length * 2 + m[3]!.length;
        labels.push({ text: plainTitle(m[3]!), span: { start: s, end: e }, restSpan: { start: e, end: lines.lineEnd(ln) } });
      }
    }
  }

  // HTML headings inside HTML blocks (`<h2>Uses</h2>`, `<h1 align="center">…</h1>`).
  for (const block of htmlBlocks) {
    if (!/<h[1-6]\b/i.test(block.content)) continue;
    HTML_HEADING.lastIndex = 0;
    for (let m = HTML_HEADING.exec(block.content); m; m = HTML_HEADING.exec(block.content)) {
      const title = plainTitle(m[2]!);
      if (!title) continue;
      const before = block.content.slice(0, m.index);
      const lineOffset = before.split('\n').length - 1;
      const col = m.index - (before.lastIndexOf('\n') + 1);
      const start = lines.lineStart(block.line + lineOffset) + col;
      const matchLines = m[0].split('\n');
      const endLine = block.line + lineOffset + matchLines.length - 1;
      const end = matchLines.length === 1 ? start + m[0].length : lines.lineStart(endLine) + matchLines[matchLines.length - 1]!.length;
      headings.push({ level: Number(m[1]), title, span: { start, end }, titleSpan: { start, end }, kind: 'html' });
    }
  }
  headings.sort((a, b) => a.span.start - b.span.start);

  const comments: Span[] = [];
  if (body.includes('<!--')) {
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(body); m; m = COMMENT.exec(body)) {
      const start = bodyStart + m.index;
      if (!inSpans(start, code)) comments.push({ start, end: start + m[0].length });
      // A `<!--` inside code is no comment: look for real ones right after it, not after where it would have ended.
      else COMMENT.lastIndex = m.index + 4;
      if (m[0].length === 0) COMMENT.lastIndex++;
    }
  }

  const end = text.length;
  const sections: Section[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h]!;
    let sectionEnd = end;
    for (let k = h + 1; k < headings.length; k++) {
      if (headings[k]!.level <= heading.level) {
        sectionEnd = headings[k]!.span.start;
        break;
      }
    }
    const contentStart = Math.min(sectionEnd, heading.kind === 'html' ? heading.span.end : lines.nextLineStart(lines.positionAt(heading.span.end).line));
    while (stack.length && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const section: Section = { heading, level: heading.level, span: { start: heading.span.start, end: sectionEnd }, contentSpan: { start: contentStart, end: sectionEnd }, children: [], parent };
    if (parent) parent.children.push(section);
    else roots.push(section);
    sections.push(section);
    stack.push(section);
  }
  const preamble = { start: bodyStart, end: headings[0]?.span.start ?? end };
  return { headings, sections, roots, preamble, comments, code, labels, span: { start: bodyStart, end } };
}
