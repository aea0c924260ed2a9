// `diff --format json`: every file's comparison (DiffReport: headlines, changes, diagnostics) and the totals.
import { VERSION } from '../../engine/meta.js';
import type { DiffFormatter } from './types.js';

export const json: DiffFormatter = ({ reports, summary, baseline }) =>
  JSON.stringify({ version: VERSION, baseline, results: reports, summary }, null, 2) + '\n';
