// The stable JSON shape of one file's comparison, shared by the diff formatters: the two versions' headlines, every
// change with its position in the new version, and the findings as report diagnostics (line and column, 1-based).
import type { LintResult } from '../lint.js';
import { toLineColumn, toReportDiagnostic, type ReportDiagnostic } from '../report.js';
import type { DocumentKind, OpennessLevel, Severity } from '../types.js';
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
  /** `compared`: both versions read; `new`: no baseline version (absent at the git ref). */
  status: 'compared' | 'new';
  kind: DocumentKind;
  before: DiffHeadline | null;
  after: DiffHeadline;
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

export function toDiffReport(file: string, old: LintResult, next: LintResult, diff: DocumentDiff): DiffReport {
  return {
    file,
    status: 'compared',
    kind: diff.kind,
    before: headline(old),
    after: headline(next),
    changes: diff.changes.map(({ span, ruleId, severity, ...c }) => {
      const { line, column } = toLineColumn(next.doc.lines, span);
      return { ...c, rule: ruleId ?? null, severity: severity ?? null, line, column };
    }),
    diagnostics: diff.findings.map((f) => toReportDiagnostic(next.doc.lines, f)),
  };
}

/** A file with no baseline version: nothing to compare, listed so the output says it was looked at. */
export function newFileReport(file: string, next: LintResult): DiffReport {
  return { file, status: 'new', kind: next.kind, before: null, after: headline(next), changes: [], diagnostics: [] };
}
