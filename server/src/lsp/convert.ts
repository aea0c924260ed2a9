// Translates engine spans, findings and fixes into LSP ranges, diagnostics and workspace edits (no verdicts here).
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine/lint.js';
import type { Finding, Fix, Span } from '../engine/types.js';

export const SOURCE = 'modelcard-lint';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/**
 * Engine offsets ↔ positions in one editor document. The engine indexes the text without its BOM
 * (engine/parse/document.ts says whether there was one); this is the only place that accounts for it.
 */
export class Positions {
  private readonly shift: number;
  constructor(
    readonly doc: TextDocument,
    result: LintResult,
  ) {
    this.shift = result.doc.hadBom ? 1 : 0;
  }

  range(span: Span): Range {
    return { start: this.doc.positionAt(span.start + this.shift), end: this.doc.positionAt(span.end + this.shift) };
  }

  position(offset: number) {
    return this.doc.positionAt(offset + this.shift);
  }

  offset(pos: { line: number; character: number }): number {
    return this.doc.offsetAt(pos) - this.shift;
  }

  fix(fix: Fix): LspFix {
    return { title: fix.title, edits: fix.edits.map((e) => ({ range: this.range(e), newText: e.newText })) };
  }
}

export interface LspFix {
  title: string;
  edits: TextEdit[];
}

/** A finding as an LSP diagnostic. Code actions look the finding up again by rule and range, so no fix rides along. */
export function toDiagnostic(pos: Positions, f: Finding, href: string, uri: string): Diagnostic {
  const d: Diagnostic = {
    range: pos.range(f.span),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href },
    source: SOURCE,
    message: f.message,
  };
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: r.file
        ? {
            uri: pathToFileURL(r.file).toString(),
            range: r.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          }
        : { uri, range: pos.range(r.span) },
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
