// `--format ndjson`: one result per line (the `results` entries of `--format json`, compact), written as each file
// finishes and in input order, so a run over any number of files holds one file's result at a time. No header and no
// summary line: every line is a result (README, "Command line"); the exit code carries the verdict.
import type { FileReport } from '../../engine/report.js';
import { writeAll, type Formatter, type StreamFormatter } from './types.js';

export const ndjsonStream: StreamFormatter = {
  head: () => '',
  file: (report: FileReport) => [`${JSON.stringify(report)}\n`],
  tail: () => '',
};

export const ndjson: Formatter = ({ reports, summary, color, root }) =>
  writeAll(ndjsonStream, { root, color }, reports, summary, () => () => '');
