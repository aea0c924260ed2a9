// Inline directives: `<!-- modelcard-lint-disable-next-line RULE -- reason -->` in Markdown and
// `# modelcard-lint-…` in YAML (front matter and manifests). Grammar follows markdownlint/stylelint (peers.md §6.7).
import type { ParsedDocument } from '../parse/document.js';
import type { Finding, Span } from '../types.js';

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

const HTML_DIRECTIVE = /^<!--\s*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->$/;
const YAML_DIRECTIVE = /(^|[ \t])#[ \t]*modelcard-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/;

function parseArgs(args: string, argsStart: number): { rules: DirectiveRule[]; reason: string | null } {
  const sep = args.search(/(^|\s)--(\s|$)/);
  const ruleText = sep === -1 ? args : args.slice(0, sep);
  const reasonText = sep === -1 ? null : args.slice(sep).replace(/^\s*--\s*/, '').trim();
  const rules: DirectiveRule[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(ruleText); m; m = re.exec(ruleText)) {
    rules.push({ id: m[0], span: { start: argsStart + m.index, end: argsStart + m.index + m[0].length } });
  }
  return { rules, reason: reasonText ? reasonText : null };
}

function yamlRegion(doc: ParsedDocument): Span | null {
  if (doc.manifest) return { start: 0, end: doc.text.length };
  const fm = doc.card?.frontMatter;
  return fm?.closed ? fm.contentSpan : null;
}

export function parseDirectives(doc: ParsedDocument): DirectiveSet {
  const list: Directive[] = [];
  const { text, lines } = doc;
  for (const c of doc.card?.markdown.comments ?? []) {
    const raw = text.slice(c.start, c.end);
    const m = HTML_DIRECTIVE.exec(raw);
    if (!m) continue;
    const argsStart = c.start + raw.indexOf(m[1]!) + m[1]!.length;
    const { rules, reason } = parseArgs(m[2]!, argsStart);
    list.push({ kind: m[1] as DirectiveKind, rules, reason, span: c, rulesInsertAt: argsStart, line: lines.positionAt(c.start).line, endLine: lines.positionAt(c.end).line, syntax: 'html' });
  }
  const region = yamlRegion(doc);
  if (region && text.includes('modelcard-lint-', region.start)) {
    const first = lines.positionAt(region.start).line;
    const last = lines.positionAt(region.end).line;
    for (let ln = first; ln <= last && ln < lines.lineCount; ln++) {
      const lt = lines.lineText(ln);
      if (!lt.includes('modelcard-lint-')) continue;
      const m = YAML_DIRECTIVE.exec(lt);
      if (!m) continue;
      const hashAt = m.index + m[1]!.length;
      const start = lines.lineStart(ln) + hashAt;
      const kindAt = lt.indexOf(m[2]!, hashAt);
      const argsStart = lines.lineStart(ln) + kindAt + m[2]!.length;
      const { rules, reason } = parseArgs(m[3]!, argsStart);
      list.push({ kind: m[2] as DirectiveKind, rules, reason, span: { start, end: lines.lineEnd(ln) }, rulesInsertAt: argsStart, line: ln, endLine: ln, syntax: 'yaml' });
    }
  }
  list.sort((a, b) => a.span.start - b.span.start);
  return { list, used: new Map() };
}

function matches(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.some((r) => r.id === ruleId);
}

/**
 * The directive that suppresses a finding, if any. `aboutDirectives`: the finding comes from a directive rule (unused
 * or unknown ids…); a directive never silences those about itself. Other findings inside a directive's span (a
 * whole-document finding anchored on a comment-only file) are silenced as usual.
 */
export function suppressor(set: DirectiveSet, finding: Finding, line: number, aboutDirectives = true): Directive | null {
  let range: Directive | null = null;
  for (const d of set.list) {
    if (!matches(d, finding.ruleId)) continue;
    if (aboutDirectives && finding.span.start >= d.span.start && finding.span.end <= d.span.end) continue;
    switch (d.kind) {
      case 'disable-file':
        return d;
      case 'disable-line':
        if (line >= d.line && line <= d.endLine) return d;
        break;
      case 'disable-next-line':
        if (line === d.endLine + 1) return d;
        break;
      case 'disable':
      case 'enable':
        if (d.span.start <= finding.span.start) range = d;
        break;
    }
  }
  return range?.kind === 'disable' ? range : null;
}

export function markUsed(set: DirectiveSet, d: Directive, ruleId: string): void {
  let s = set.used.get(d);
  if (!s) set.used.set(d, (s = new Set()));
  s.add(d.rules.length === 0 ? '*' : ruleId);
}
