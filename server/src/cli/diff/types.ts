// What every diff formatter receives: one report per file compared (or new), and the run's totals.
import type { DiffReport } from '../../engine/diff/report.js';
import type { LineIndex } from '../../engine/parse/text.js';

export interface DiffSummary {
  /** Files compared or new. */
  files: number;
  regressions: number;
  improvements: number;
  changes: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DiffFormatterInput {
  reports: DiffReport[];
  summary: DiffSummary;
  /** The git ref of `--baseline`, or null for two files. */
  baseline: string | null;
  color: boolean;
  /** Absolute repository root that the reports' relative paths start from. */
  root: string;
  /** The run failed (exit 2): the human summary must not read as a pass. */
  failed?: boolean;
  /** The new version's text by report: SARIF fingerprints hash the flagged line. */
  lines?: Map<DiffReport, LineIndex>;
}

export type DiffFormatter = (input: DiffFormatterInput) => string;

export function summarize(reports: readonly DiffReport[]): DiffSummary {
  const s: DiffSummary = {
    files: reports.length,
    regressions: 0,
    improvements: 0,
    changes: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const r of reports) {
    for (const c of r.changes) {
      if (c.kind === 'regression') s.regressions++;
      else if (c.kind === 'improvement') s.improvements++;
      else s.changes++;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
