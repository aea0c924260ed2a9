// What every formatter receives: the per-file reports plus the run's totals. Each lint format is written file by file
// (`StreamFormatter`), so a run over 80,000 files never holds every report: the part of one file is made where the
// file was linted (the main thread or a worker thread, cli/pool.ts) and the main thread writes the parts in input
// order between the format's head and tail. `Formatter` is the same output for a list of reports held in memory.
import type { LineIndex } from '../../engine/parse/text.js';
import type { FileReport } from '../../engine/report.js';

export interface RunSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** The run failed (an I/O or config error, exit 2): the human summary must not read as a pass. */
  failed?: boolean;
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

/** The 1-based line's text ('' when unknown): SARIF fingerprints hash the flagged line. */
export type LineText = (line: number) => string;

export interface RunStart {
  root: string;
  color: boolean;
}

/** A format written file by file: `head`, then every file's pieces in input order, then `tail`. */
export interface StreamFormatter {
  head(run: RunStart): string;
  /** One file's pieces: plain data, so a worker thread can make them and post them to the main thread. */
  file(report: FileReport, lineText: LineText, color: boolean): string[];
  /** Pieces are items of a JSON array that `head` opened: the writer puts `,\n` between them and closes the array
   * (`]` alone when there were none) with `close` before the tail. */
  array?: { close: string };
  tail(summary: RunSummary, run: RunStart): string;
}

/** Lines of a line-oriented format: `out.join('\n') + '\n'` is the same text as each line followed by `\n`. */
export const asLines = (lines: readonly string[]): string => lines.map((l) => `${l}\n`).join('');

/** The whole output of a streaming format for reports held in memory. */
export function writeAll(
  f: StreamFormatter,
  run: RunStart,
  reports: readonly FileReport[],
  summary: RunSummary,
  lineText: (r: FileReport) => LineText,
): string {
  const pieces: string[] = [];
  for (const r of reports) pieces.push(...f.file(r, lineText(r), run.color));
  const body = f.array ? (pieces.length ? `\n${pieces.join(',\n')}${f.array.close}` : ']') : pieces.join('');
  return f.head(run) + body + f.tail(summary, run);
}

/** A line index's text of a 1-based line, as SARIF fingerprints read it. */
export function lineTextOf(index: LineIndex | undefined): LineText {
  return (line) =>
    index && line >= 1 && line <= index.lineCount
      ? index.text.slice(index.lineStart(line - 1), index.lineEnd(line - 1))
      : '';
}

/**
 * `JSON.stringify(doc, null, 2)` cut where the array at `MARK` goes, so its items can be written one by one. `doc` holds
 * the string `MARK` in place of the array. Items at depth d of an indented stringify are their own indented stringify
 * with every line prefixed by the depth's indentation (JSON strings never hold a raw newline), so
 * `head + '\n' + items.join(',\n') + close + tail` is byte for byte the stringify of the whole document.
 */
export const MARK = '\u0000modelcard-lint:items\u0000';

export function splitJson(doc: unknown): { head: string; tail: string; indent: string; close: string } {
  const text = JSON.stringify(doc, null, 2);
  const mark = JSON.stringify(MARK);
  const at = text.indexOf(mark);
  if (at < 0) throw new Error('splitJson: no item marker');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const outer = /^ */.exec(text.slice(lineStart))![0];
  return {
    head: `${text.slice(0, at)}[`,
    tail: text.slice(at + mark.length),
    indent: `${outer}  `,
    close: `\n${outer}]`,
  };
}

/** One array item as it appears at `indent` in an indented stringify. */
export const jsonItem = (item: unknown, indent: string): string =>
  indent + JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`);
