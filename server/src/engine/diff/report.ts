// The stable JSON shape of one file's comparison, shared by the diff formatters: the two versions' headlines, every
// change with its position in the new version, and the findings as report diagnostics (line and column, 1-based).
import type { LintResult } from '../lint.js';
import { toLineColumn, toReportDiagnostic, type ReportDiagnostic } from '../report.js';
import type { DocumentKind, OpennessLevel, Severity } from '../types.js';
import { diffResults } from './compare.js';
import type { Change, DocumentDiff } from './types.js';

export interface DiffHeadline {
  level: OpennessLevel;
  weakest: string | null;
  mof: { class: 1 | 2 | 3 | null; progress: { class1: number; class2: number; class3: number } } | null;
}

export interface ReportChange extends Omit<Change, 'span' | 'ruleId' | 'severity'> {
  rule: string | null;
  /** The rule's severity in this run; null when no rule reports the change or the profile turns it off. */
  severity: Severity | null;
  line: number;
  column: number;
}

export interface DiffReport {
  file: string;
  /** `compared`: both versions read; `new`: no baseline version (absent at the git ref), its changes are what it
   * brings; `deleted`: in the baseline only, its changes are what it took away (positions in the baseline version). */
  status: 'compared' | 'new' | 'deleted';
  kind: DocumentKind;
  before: DiffHeadline | null;
  after: DiffHeadline | null;
  changes: ReportChange[];
  diagnostics: ReportDiagnostic[];
}

export function headline(r: LintResult): DiffHeadline {
  return {
    level: r.openness.level,
    weakest: r.openness.weakest,
    mof: r.mof ? { class: r.mof.class, progress: { ...r.mof.progress } } : null,
  };
}

export function toDiffReport(
  file: string,
  old: LintResult | null,
  next: LintResult | null,
  diff: DocumentDiff = diffResults(old, next),
): DiffReport {
  const lines = (next ?? old)!.doc.lines;
  return {
    file,
    status: !old ? 'new' : !next ? 'deleted' : 'compared',
    kind: diff.kind,
    before: old && headline(old),
    after: next && headline(next),
    changes: diff.changes.map(({ span, ruleId, severity, ...c }) => {
      const { line, column } = toLineColumn(lines, span);
      return { ...c, rule: ruleId ?? null, severity: severity ?? null, line, column };
    }),
    diagnostics: diff.findings.map((f) => toReportDiagnostic(lines, f)),
  };
}
