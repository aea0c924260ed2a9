// Inline directives: `<!-- modelcard-lint-disable-next-line RULE -- reason -->` in Markdown and
// `# modelcard-lint-…` in YAML (front matter and manifests). Grammar follows markdownlint/stylelint.
import { CST, Lexer } from 'yaml';
import type { ParsedDocument } from '../parse/document.js';
import type { Finding, Span } from '../types.js';
import { partitionPoint } from '../partition.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface DirectiveRule {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** Empty = every rule. */
  rules: DirectiveRule[];
  reason: string | null;
  /** The whole comment. */
  span: Span;
  /** Where the directive's own text (after the comment opener) sits, for extending it. */
  rulesInsertAt: number;
  line: number;
  endLine: number;
  syntax: 'html' | 'yaml';
}

export interface DirectiveSet {
  list: Directive[];
  /** Rule ids (or '*') each directive actually suppressed, filled in by lint(). */
  used: Map<Directive, Set<string>>;
}

const HTML_DIRECTIVE =
  /^<!--\s*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->$/;
const YAML_DIRECTIVE =
  /^(#[ \t]*)modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/;

function parseArgs(args: string, argsStart: number): { rules: DirectiveRule[]; reason: string | null } {
  const sep = args.search(/(^|\s)--(\s|$)/);
  const ruleText = sep === -1 ? args : args.slice(0, sep);
  const reasonText =
    sep === -1
      ? null
      : args
          .slice(sep)
          .replace(/^\s*--\s*/, '')
          .trim();
  const rules: DirectiveRule[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(ruleText); m; m = re.exec(ruleText)) {
    rules.push({ id: m[0], span: { start: argsStart + m.index, end: argsStart + m.index + m[0].length } });
  }
  return { rules, reason: reasonText ? reasonText : null };
}

export function yamlRegion(doc: ParsedDocument): Span | null {
  if (doc.manifest) return { start: 0, end: doc.text.length };
  const fm = doc.card?.frontMatter;
  return fm?.closed ? fm.contentSpan : null;
}

/**
 * Whether an HTML comment in the body is a real comment, where a directive may live: on a line of its own (an HTML
 * block) or in running text — not inside an inline code span, a tag's attribute or a link destination, where
 * `<!-- … -->` is just text (a card must not be able to silence every rule from an `alt` attribute).
 */
function isRealComment(text: string, c: Span, lineStart: number): boolean {
  const before = text.slice(lineStart, c.start);
  if (!before.trim()) return true;
  if (before.includes('`')) return false;
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) return false;
  if (before.lastIndexOf('[') > before.lastIndexOf(']') || before.lastIndexOf('](') > before.lastIndexOf(')'))
    return false;
  return true;
}

/** Spans of the real `#` comments of YAML text (the `yaml` lexer's comment tokens): a `#` inside a block scalar or a
 * quoted string is content, never a directive. Control tokens the lexer inserts take no room in the source. */
export function yamlComments(text: string, region: Span): Span[] {
  const out: Span[] = [];
  let pos = region.start;
  for (const token of new Lexer().lex(text.slice(region.start, region.end))) {
    if (token.length === 1 && (token === '\u0002' || token === '\u001f' || token === '\u0018')) continue;
    if (token.charCodeAt(0) === 35 /* # */ && CST.tokenType(token) === 'comment') {
      // The lexer knows only \n and \r\n; a lone \r ends a line for everyone else (LineIndex, editors).
      const cr = token.indexOf('\r');
      out.push({ start: pos, end: pos + (cr === -1 ? token.length : cr) });
    }
    pos += token.length;
  }
  return out;
}

export function parseDirectives(doc: ParsedDocument): DirectiveSet {
  const list: Directive[] = [];
  const { text, lines } = doc;
  // Each comment is searched for `modelcard-lint-` within itself (a slice is a view, not a copy): the work follows
  // the comments' length, not the text's (a search from every comment to the end was quadratic, and one scan to the
  // end read the whole body on every keystroke).
  for (const c of doc.card?.markdown.comments ?? []) {
    if (!text.startsWith('<!--', c.start)) continue;
    const raw = text.slice(c.start, c.end);
    if (!raw.includes('modelcard-lint-')) continue;
    const m = HTML_DIRECTIVE.exec(raw);
    if (!m) continue;
    const line = lines.positionAt(c.start).line;
    if (!isRealComment(text, c, lines.lineStart(line))) continue;
    const argsStart = c.start + raw.indexOf(m[1]!) + m[1]!.length;
    const { rules, reason } = parseArgs(m[2]!, argsStart);
    list.push({
      kind: m[1] as DirectiveKind,
      rules,
      reason,
      span: c,
      rulesInsertAt: argsStart,
      line,
      endLine: lines.positionAt(c.end).line,
      syntax: 'html',
    });
  }
  const region = yamlRegion(doc);
  if (region && text.slice(region.start, region.end).includes('modelcard-lint-')) {
    for (const c of yamlComments(text, region)) {
      const raw = text.slice(c.start, c.end);
      const m = YAML_DIRECTIVE.exec(raw);
      if (!m || m.index !== 0) continue;
      const ln = lines.positionAt(c.start).line;
      const argsStart = c.start + raw.indexOf(m[2]!) + m[2]!.length;
      const { rules, reason } = parseArgs(m[3]!, argsStart);
      list.push({
        kind: m[2] as DirectiveKind,
        rules,
        reason,
        span: c,
        rulesInsertAt: argsStart,
        line: ln,
        endLine: ln,
        syntax: 'yaml',
      });
    }
  }
  list.sort((a, b) => a.span.start - b.span.start);
  return { list, used: new Map() };
}

function matches(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);
}

/** Directives arranged for lookup, so suppression costs O(log n) per finding instead of a scan of every directive
 * (20,000 directives × 40,000 findings took 24 s). */
export interface SuppressionIndex {
  set: DirectiveSet;
  /** `disable-file` directives in document order. */
  file: Directive[];
  /** Line → `disable-line` / `disable-next-line` directives that cover it, in document order. */
  lines: Map<number, Directive[]>;
  /** Rule id (or '*' for directives without ids) → `disable` / `enable` directives in document order. */
  ranges: Map<string, Directive[]>;
}

export function suppressionIndex(set: DirectiveSet): SuppressionIndex {
  const index: SuppressionIndex = { set, file: [], lines: new Map(), ranges: new Map() };
  const at = (line: number, d: Directive) => {
    const l = index.lines.get(line);
    if (l) l.push(d);
    else index.lines.set(line, [d]);
  };
  for (const d of set.list) {
    if (d.kind === 'disable-file') index.file.push(d);
    else if (d.kind === 'disable-line') for (let l = d.line; l <= d.endLine; l++) at(l, d);
    else if (d.kind === 'disable-next-line') at(d.endLine + 1, d);
    else {
      const ids = d.rules.length ? new Set(d.rules.map((r) => r.id)) : new Set(['*']);
      for (const id of ids) {
        const l = index.ranges.get(id);
        if (l) l.push(d);
        else index.ranges.set(id, [d]);
      }
    }
  }
  return index;
}

const inside = (f: Finding, d: Directive) => f.span.start >= d.span.start && f.span.end <= d.span.end;

/** The last directive of a list starting at or before `offset` that `ok` accepts. */
function lastBefore(list: Directive[] | undefined, offset: number, ok: (d: Directive) => boolean): Directive | null {
  if (!list) return null;
  for (let i = partitionPoint(list.length, (k) => list[k]!.span.start <= offset) - 1; i >= 0; i--)
    if (ok(list[i]!)) return list[i]!;
  return null;
}

/**
 * The directive that suppresses a finding, if any: the first (in document order) `disable-file`, `disable-line` or
 * `disable-next-line` directive that covers it, else the last `disable`/`enable` before it, when that is a `disable`.
 * `aboutDirectives`: the finding comes from a directive rule (unused or unknown ids…); a directive never silences
 * those about itself.
 */
export function suppressor(
  index: SuppressionIndex,
  finding: Finding,
  line: number,
  aboutDirectives = true,
): Directive | null {
  // Findings about directives are silenced only by a directive that names their rule: a blanket `disable` before an
  // unused directive would otherwise hide it (and mark itself used), one directive per fix pass.
  const ok = (d: Directive) =>
    matches(d, finding.ruleId) && !(aboutDirectives && (inside(finding, d) || d.rules.length === 0));
  let best: Directive | null = null;
  for (const d of index.file) {
    if (ok(d)) {
      best = d;
      break;
    }
  }
  for (const d of index.lines.get(line) ?? []) {
    if (ok(d)) {
      if (!best || d.span.start < best.span.start) best = d;
      break;
    }
  }
  if (best) return best;
  const own = lastBefore(index.ranges.get(finding.ruleId), finding.span.start, ok);
  const all = lastBefore(index.ranges.get('*'), finding.span.start, ok);
  const range = own && all ? (own.span.start > all.span.start ? own : all) : (own ?? all);
  return range?.kind === 'disable' ? range : null;
}
export function markUsed(set: DirectiveSet, d: Directive, ruleId: string): void {
  let s = set.used.get(d);
  if (!s) set.used.set(d, (s = new Set()));
  s.add(d.rules.length === 0 ? '*' : ruleId);
}
