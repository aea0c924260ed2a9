// Translates engine spans, findings and fixes into LSP ranges, diagnostics and workspace edits (no verdicts here).
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node.js';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Span } from '../engine/types.js';

export const SOURCE = 'modelcard-lint';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

export function toRange(doc: TextDocument, span: Span, shift: number): Range {
  return { start: doc.positionAt(span.start + shift), end: doc.positionAt(span.end + shift) };
}

export function toOffset(doc: TextDocument, pos: { line: number; character: number }, shift: number): number {
  return doc.offsetAt(pos) - shift;
}

export interface LspFix {
  title: string;
  edits: TextEdit[];
}

export function toLspFix(doc: TextDocument, fix: Fix, shift: number): LspFix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: toRange(doc, e, shift), newText: e.newText })) };
}

/** What a diagnostic carries for code actions: the fix and suggestions for this exact document version. */
export interface DiagnosticData {
  version: number;
  fix?: LspFix;
  suggestions?: LspFix[];
}

export function toDiagnostic(doc: TextDocument, f: Finding, shift: number, href: string, uri: string): Diagnostic {
  const data: DiagnosticData = { version: doc.version };
  if (f.fix) data.fix = toLspFix(doc, f.fix, shift);
  if (f.suggestions?.length) data.suggestions = f.suggestions.map((s) => toLspFix(doc, s, shift));
  const d: Diagnostic = {
    range: toRange(doc, f.span, shift),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href },
    source: SOURCE,
    message: f.message,
    data,
  };
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: r.file ? { uri: pathToFileURL(r.file).toString(), range: r.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : { uri, range: toRange(doc, r.span, shift) },
      message: r.message,
    }));
  }
  return d;
}

/** One minimal edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) };
}
