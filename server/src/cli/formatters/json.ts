// `--format json`: the object documented in the README ("Command line"), for other tools to consume. Written file by
// file (types.ts, splitJson): byte for byte `JSON.stringify({ version, results, summary }, null, 2)`, without holding
// every result.
import { VERSION } from '../../engine/meta.js';
import type { FileReport } from '../../engine/report.js';
import { jsonItem, MARK, splitJson, writeAll, type Formatter, type RunSummary, type StreamFormatter } from './types.js';

const doc = (summary: RunSummary | null) => ({
  version: VERSION,
  results: MARK,
  summary: summary && { files: summary.files, errors: summary.errors, warnings: summary.warnings },
});
const frame = splitJson(doc(null));

export const jsonStream: StreamFormatter = {
  head: () => frame.head,
  file: (report: FileReport) => [jsonItem(report, frame.indent)],
  array: { close: frame.close },
  tail: (summary) => `${splitJson(doc(summary)).tail}\n`,
};

export const json: Formatter = ({ reports, summary, color, root }) =>
  writeAll(jsonStream, { root, color }, reports, summary, () => () => '');
