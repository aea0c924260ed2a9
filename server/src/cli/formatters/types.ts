// What every formatter receives: the per-file reports plus the run's totals.
import type { LineIndex } from '../../engine/parse/text.js';
import type { FileReport } from '../../engine/report.js';

export interface RunSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export interface FormatterInput {
  reports: FileReport[];
  summary: RunSummary;
  color: boolean;
  /** Absolute repository root that the reports' relative `file` paths start from (files outside it are absolute). */
  root: string;
  /** The text of each linted report, by line: SARIF fingerprints hash the flagged line. */
  lines?: Map<FileReport, LineIndex>;
}

export type Formatter = (input: FormatterInput) => string;
