// Template text left in a card body (the placeholder-text rule reports it): `[More Information Needed]`, the
// template's default Recommendations sentence, empty label bullets (`- **Developed by:**`), Jinja slots
// (`{{ model_id }}`, `{% … %}`), single-brace slots (`{MODEL_NAME}`) and TODO/TBD markers; code blocks, inline code
// and HTML comments skipped. Found section by section and kept per section in the lint session's cache
// (body-search.ts): a keystroke rescans one section.
// No pattern here reaches over a line break into an ATX heading line, so the sections find what the whole body has.
import { TEMPLATE_DEFAULT_RECOMMENDATION, TEMPLATE_PLACEHOLDER } from '../knowledge/hf-metadata.js';
import type { ParsedDocument } from '../parse/document.js';
import type { LineIndex } from '../parse/text.js';
import type { Span } from '../types.js';
import { clipped, detached, type BodySearch } from './body-search.js';
import { textWithoutComments } from './content.js';
import { partitionPoint } from '../partition.js';

export interface PlaceholderHit {
  span: Span;
  message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The default Recommendations text, allowing any line wrapping between words. */
const DEFAULT_RECOMMENDATION = new RegExp(TEMPLATE_DEFAULT_RECOMMENDATION.split(/\s+/).map(escape).join('\\s+'), 'g');
const MORE_INFO_SENTENCE = /More information needed for further recommendations\.?/gi;
const TODO = /\b(?:TODO|TBD)\b/g;
const BULLET_LABEL_LINE = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+$/;

/** Excluded regions (code blocks, comments, inline code), merged into sorted disjoint spans. */
class Exclusions {
  private spans: Span[] = [];
  constructor(spans: Span[]) {
    for (const s of spans.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
      const last = this.spans[this.spans.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else this.spans.push({ start: s.start, end: s.end });
    }
  }
  overlaps(span: Span): boolean {
    // The last exclusion starting before span.end is the only one that can overlap (they are disjoint).
    const limit = Math.max(span.end, span.start + 1);
    const found = partitionPoint(this.spans.length, (i) => this.spans[i]!.start < limit) - 1;
    return found !== -1 && this.spans[found]!.end > span.start;
  }
}

/** Inline code spans (`` `x` ``, ``` ``x`` ```) of one line, as absolute spans. Linear: once no closer of a run
 * length exists after a position, later openers of that length are not searched again. */
function inlineCode(line: string, offset: number, out: Span[]): void {
  const noCloserFrom = new Map<number, number>();
  let i = line.indexOf('`');
  while (i !== -1) {
    let run = 1;
    while (line[i + run] === '`') run++;
    const after = i + run;
    const known = noCloserFrom.get(run);
    const close = known !== undefined && after >= known ? -1 : findCloser(line, after, run);
    if (close === -1) {
      if (known === undefined || after < known) noCloserFrom.set(run, after);
      i = line.indexOf('`', after);
      continue;
    }
    out.push({ start: offset + i, end: offset + close + run });
    i = line.indexOf('`', close + run);
  }
}

/** Start of the next backtick run of exactly `run` characters at or after `from`, or -1. */
function findCloser(line: string, from: number, run: number): number {
  let j = line.indexOf('`', from);
  while (j !== -1) {
    let len = 1;
    while (line[j + len] === '`') len++;
    if (len === run) return j;
    j = line.indexOf('`', j + len);
  }
  return -1;
}

/** `{{ name … }}` and `{% … %}` slots of one line, scanned left to right (linear). */
function jinjaSlots(line: string, offset: number, hits: PlaceholderHit[]): void {
  for (const [open, close] of [
    ['{{', '}}'],
    ['{%', '%}'],
  ] as const) {
    let i = line.indexOf(open);
    while (i !== -1) {
      const end = line.indexOf(close, i + 2);
      if (end === -1) break; // no later opener on this line can close either
      const inner = line.slice(i + 2, end);
      if (open === '{%' || /^[ \t-]*[A-Za-z_]/.test(inner)) {
        const slot = line.slice(i, end + 2);
        const shown = slot.length > 60 ? `${slot.slice(0, 50)}…${slot.slice(-4)}` : slot;
        hits.push({
          span: { start: offset + i, end: offset + end + 2 },
          message: `Template slot \`${shown}\` was never filled in.`,
        });
      }
      i = line.indexOf(open, end + 2);
    }
  }
}

// A template's single-brace slot ("- **Datos:** {DESCRIPCION_DATOS}"), not a shell `${VAR}` or part of `{{ }}`.
const BRACE_SLOT = /(?<![{$])\{[A-Z][A-Z0-9_]{2,40}\}(?!\})/g;

/** `{UPPER_CASE}` slots of one line. */
function braceSlots(line: string, offset: number, hits: PlaceholderHit[]): void {
  BRACE_SLOT.lastIndex = 0;
  for (let m = BRACE_SLOT.exec(line); m; m = BRACE_SLOT.exec(line)) {
    hits.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
      message: `Template slot \`${m[0]}\` was never filled in.`,
    });
  }
}

/** The placeholders of the lines of [span] (a piece of the body), outside `masks` (its code and comments). */
function scan(doc: ParsedDocument, span: Span, masks: readonly Span[], bodyEnd: number): PlaceholderHit[] {
  const { text, lines } = doc;
  const firstLine = lines.positionAt(span.start).line;
  // A piece ends where the next one's heading line starts; the last one with the body's last line.
  const lastLine = lines.positionAt(span.end).line - (span.end < bodyEnd ? 1 : 0);
  const lineText = (ln: number) => {
    const ls = Math.max(lines.lineStart(ln), span.start);
    return { ls, lt: text.slice(ls, Math.max(ls, lines.lineEnd(ln))) };
  };
  const inline: Span[] = [];
  const slots: PlaceholderHit[] = [];
  for (let ln = firstLine; ln <= lastLine; ln++) {
    const { ls, lt } = lineText(ln);
    if (lt.includes('`')) inlineCode(lt, ls, inline);
    if (lt.includes('{')) {
      jinjaSlots(lt, ls, slots);
      braceSlots(lt, ls, slots);
    }
  }
  const excluded = new Exclusions([...masks, ...inline]);
  const kept: PlaceholderHit[] = slots.filter((h) => !excluded.overlaps(h.span));
  // A placeholder inside a slot (`{{ x | default("[More Information Needed]") }}`) is part of that one finding.
  const inSlot = new Exclusions(kept.map((h) => h.span));
  const add = (h: PlaceholderHit) => {
    if (!excluded.overlaps(h.span) && !inSlot.overlaps(h.span)) kept.push(h);
  };

  // Patterns over the whole piece (the recommendation sentence may be wrapped over lines).
  const bodyText = text.slice(span.start, span.end);
  const defaults: Span[] = [];
  DEFAULT_RECOMMENDATION.lastIndex = 0;
  for (let m = DEFAULT_RECOMMENDATION.exec(bodyText); m; m = DEFAULT_RECOMMENDATION.exec(bodyText)) {
    const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    defaults.push(at);
    add({
      span: at,
      message:
        "The template's default Recommendations text is still here; replace it with recommendations for this model's risks and limitations.",
    });
  }
  MORE_INFO_SENTENCE.lastIndex = 0;
  for (let m = MORE_INFO_SENTENCE.exec(bodyText); m; m = MORE_INFO_SENTENCE.exec(bodyText)) {
    const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    if (defaults.some((d) => d.start <= at.start && at.end <= d.end)) continue;
    add({ span: at, message: `Placeholder \`${m[0]}\` left from the template.` });
  }

  const needle = TEMPLATE_PLACEHOLDER.toLowerCase();
  for (let ln = firstLine; ln <= lastLine; ln++) {
    const { ls, lt } = lineText(ln);
    if (!lt) continue;
    const lower = lt.toLowerCase();
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) {
      add({
        span: { start: ls + i, end: ls + i + needle.length },
        message: `Placeholder \`${lt.slice(i, i + needle.length)}\` left from the template: fill in the information or remove the line.`,
      });
    }
    TODO.lastIndex = 0;
    for (let m = TODO.exec(lt); m; m = TODO.exec(lt)) {
      add({
        span: { start: ls + m.index, end: ls + m.index + m[0].length },
        message: `\`${m[0]}\` marker: finish this part of the card or remove it.`,
      });
    }
  }
  // Kept in the cache: messages quoting the card are copied off its text.
  return kept.map((h) => ({ ...moveHit(h, -span.start), message: detached(h.message) }));
}

const moveHit = (h: PlaceholderHit, by: number): PlaceholderHit => ({
  ...h,
  span: { start: h.span.start + by, end: h.span.end + by },
});

/** Every placeholder of the card body, in order of position. */
export function placeholders(doc: ParsedDocument, search: BodySearch | null): PlaceholderHit[] {
  const card = doc.card;
  if (!card || !search) return [];
  const md = card.markdown;
  const { text, lines } = doc;
  const body = md.span;
  if (body.end <= body.start) return [];
  const kept = search.collect('placeholders', 'raw', (_, piece, masks) => scan(doc, piece, masks, body.end), moveHit);

  // Empty label bullets: `- **Developed by:**` with nothing after it and no nested content below.
  let excluded: Exclusions | null = null;
  for (const label of md.labels) {
    const ln = lines.positionAt(label.span.start).line;
    const prefix = text.slice(lines.lineStart(ln), label.span.start);
    const bullet = BULLET_LABEL_LINE.exec(prefix);
    if (!bullet) continue;
    const comments: Span[] = [];
    clipped(md.comments, label.restSpan.start, label.restSpan.end, comments);
    const rest = textWithoutComments(text, label.restSpan, comments);
    if (!/^[ \t]*:?[ \t]*$/.test(rest)) continue;
    // A label names a field (`**Developed by:**`); a bold sentence without a colon is emphasis, not a label.
    if (!/[:：][ \t]*(?:\*\*|__)$/.test(text.slice(label.span.start, label.span.end)) && !rest.includes(':')) continue;
    if (hasNestedContent(lines, ln, prefix.length)) continue;
    const colon = /^[ \t]*:/.exec(text.slice(label.restSpan.start, label.restSpan.end));
    const end = label.span.end + (colon ? colon[0].length : 0);
    const span = { start: label.span.start, end };
    // Inline code on the label's line counts as well as code blocks and comments.
    const inline: Span[] = [];
    const lt = lines.lineText(ln);
    if (lt.includes('`')) inlineCode(lt, lines.lineStart(ln), inline);
    excluded ??= new Exclusions([...md.code, ...md.comments]);
    if (excluded.overlaps(span) || new Exclusions(inline).overlaps(span)) continue;
    kept.push({
      span,
      message: `Empty bullet \`${text.slice(label.span.start, end)}\`: fill in the value or remove the line.`,
    });
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Whether the lines after a bullet hold content indented under it (a nested list or continuation). */
function hasNestedContent(lines: LineIndex, line: number, contentColumn: number): boolean {
  for (let ln = line + 1; ln < lines.lineCount; ln++) {
    const t = lines.lineText(ln);
    if (!t.trim()) continue;
    const indent = t.length - t.trimStart().length;
    return indent >= Math.max(1, Math.min(contentColumn, 2));
  }
  return false;
}
