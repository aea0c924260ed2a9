// The stable JSON shape of one file's results (README, "Command line"): used by the CLI's json/sarif/github formatters and by
// the editor's report view, so every door shows the same numbers.
import type { LintResult } from './lint.js';
import type { LineIndex } from './parse/text.js';
import { getRule } from './rules/index.js';
import type { DocumentKind, EuLink, Finding, OpennessLevel, Severity, Span } from './types.js';

export interface ReportDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based, UTF-16 columns; end is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  /** A `missing-disclosures` summary only: the `undisclosed-*` findings it lists (additive). */
  members?: { rule: string; severity: Severity; message: string; eu?: EuLink[] }[];
  /** Profile `eu-gpai`: the EU documentation items the finding serves (additive). */
  eu?: EuLink[];
}

export interface FileReport {
  file: string;
  kind: DocumentKind;
  openness: {
    level: OpennessLevel;
    weakest: string | null;
    components: Record<string, { status: string; license?: string; grade: number | null; label: string | null }>;
  };
  mof: { class: 1 | 2 | 3 | null; progress: { class1: number; class2: number; class3: number } } | null;
  stage: string | null;
  diagnostics: ReportDiagnostic[];
  /** Model cards only: the evidence behind each `undisclosed-*` verdict (additive, README, "Command line"). */
  disclosures?: Record<string, DisclosureEvidence>;
  /** Model cards only: how each of the four risk areas stands, and where (additive). */
  risks?: Record<string, { state: string; line: number | null; quote: string | null }>;
}

export interface DisclosureEvidence {
  state: 'present' | 'empty' | 'withheld' | 'missing' | 'by-reference';
  /** 1-based position of the evidence (or of the empty section's heading); null when there is none. */
  line: number | null;
  column: number | null;
  /** The text that counted (at most 160 characters), or null. */
  quote: string | null;
  /** Set when the evidence is in another file of the repository (the Hub's `.eval_results/*.yaml`), relative to the
   * card's directory: then `line` and `column` are in that file and `quote` says what it holds. */
  file?: string;
}

export function toLineColumn(
  lines: LineIndex,
  span: Span,
): Pick<ReportDiagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toReportDiagnostic(lines: LineIndex, f: Finding): ReportDiagnostic {
  const d: ReportDiagnostic = {
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...toLineColumn(lines, f.span),
    fixable: !!f.fix,
  };
  if (f.members)
    d.members = f.members.map((m) => ({
      rule: m.ruleId,
      severity: m.severity,
      message: m.message,
      ...(m.eu ? { eu: m.eu } : {}),
    }));
  if (f.eu) d.eu = f.eu;
  return d;
}

export function toFileReport(result: LintResult, file: string): FileReport {
  const components: FileReport['openness']['components'] = {};
  for (const [id, c] of Object.entries(result.openness.components)) {
    components[id] = { status: c.status, ...(c.license ? { license: c.license } : {}), grade: c.grade, label: c.label };
  }
  return {
    file,
    kind: result.kind,
    openness: { level: result.openness.level, weakest: result.openness.weakest, components },
    mof: result.mof ? { class: result.mof.class, progress: result.mof.progress } : null,
    stage: result.stage.stage,
    diagnostics: result.findings.map((f) => toReportDiagnostic(result.doc.lines, f)),
    ...(result.kind === 'model-card' ? { disclosures: disclosureEvidence(result), risks: riskEvidence(result) } : {}),
  };
}

/** A short single-line quote of the text at a span. */
function quoteAt(text: string, span: Span): string {
  const q = text
    .slice(span.start, Math.min(span.end, span.start + 400))
    .replace(/\s+/g, ' ')
    .trim();
  return q.length > 160 ? `${q.slice(0, 159)}…` : q;
}

export function disclosureEvidence(result: LintResult): Record<string, DisclosureEvidence> {
  const out: Record<string, DisclosureEvidence> = {};
  for (const [id, s] of result.analysis.disclosures) {
    const elsewhere = s.evidence?.file;
    if (elsewhere) {
      out[id] = { state: s.state, line: elsewhere.line, column: 1, quote: s.evidence!.detail, file: elsewhere.path };
      continue;
    }
    const span = s.evidence?.span ?? s.emptyHeading;
    const pos = span ? result.doc.lines.positionAt(span.start) : null;
    out[id] = {
      state: s.state,
      line: pos ? pos.line + 1 : null,
      column: pos ? pos.character + 1 : null,
      quote: span ? quoteAt(result.doc.text, span) : null,
    };
  }
  return out;
}

export function riskEvidence(result: LintResult): NonNullable<FileReport['risks']> {
  const out: NonNullable<FileReport['risks']> = {};
  for (const [id, s] of result.analysis.risks) {
    out[id] = {
      state: s.state,
      line: s.span ? result.doc.lines.positionAt(s.span.start).line + 1 : null,
      quote: s.span ? quoteAt(result.doc.text, s.span) : null,
    };
  }
  return out;
}

export function ruleDescription(id: string): string {
  return getRule(id)?.meta.description ?? id;
}

/** The result of a file that was looked at but is neither a card nor a manifest (or is ignored by a config file). */
export function unknownFileReport(file: string): FileReport {
  return {
    file,
    kind: 'unknown',
    openness: { level: 'unknown', weakest: null, components: {} },
    mof: null,
    stage: null,
    diagnostics: [],
  };
}
