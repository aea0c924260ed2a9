// What every formatter receives: the per-file reports plus the run's totals.
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
}

export type Formatter = (input: FormatterInput) => string;
