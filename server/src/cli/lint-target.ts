// One file of a lint run, from its path to the part of the output it contributes: read and lint through the session
// (node/session.ts), `--fix` through write.ts, the report (engine/report.ts) and its formatted pieces. The same
// function runs on the main thread and in the worker threads of cli/pool.ts, so a file's output cannot depend on
// which thread linted it; what it returns is plain data (it crosses threads by structured clone).
import type { LintSession, DoorSettings, Outcome } from '../node/session.js';
import { toFileReport, unknownFileReport, type FileReport } from '../engine/report.js';
import type { Format } from './args.js';
import { displayPath, type Target } from './files.js';
import { FORMATTERS } from './formatters/index.js';
import { lineTextOf, type LineText } from './formatters/types.js';
import { writeFixed, WriteRefused } from './write.js';

export interface TargetContext {
  session: LintSession;
  settings: DoorSettings;
  /** The repository root output paths are relative to. */
  root: string;
  format: Format;
  quiet: boolean;
  color: boolean;
  fix: boolean;
}

export interface FileCounts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export interface TargetOutcome {
  /** stderr lines in order (the main thread escapes them for the terminal when it writes them). */
  messages: string[];
  /** Config problems as `path: message`, written once per run by the main thread. */
  configProblems: string[];
  /** An I/O, config or write problem: the run exits 2. */
  failed: boolean;
  /** The file has a result (counted in `summary.files`) and these are its counts; null when it has none. */
  counts: FileCounts | null;
  /** Its part of the output (formatters/types.ts, StreamFormatter.file). */
  pieces: string[];
}

/** Outcome → the file's result: stderr lines, counts, pieces. */
export function recordOutcome(ctx: TargetContext, path: string, outcome: Outcome, out: TargetOutcome): void {
  const file = displayPath(path, ctx.root);
  if (outcome.status === 'config-error') {
    for (const p of outcome.problems) out.configProblems.push(`${p.path}: ${p.message}`);
    out.failed = true;
    return;
  }
  if (outcome.status === 'unknown') {
    addReport(ctx, unknownFileReport(file), () => '', out);
    return;
  }
  for (const e of outcome.result.ruleErrors)
    out.messages.push(`modelcard-lint: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
  const report = toFileReport(outcome.result, file);
  if (ctx.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
  // Only SARIF reads the text (fingerprints hash the flagged lines).
  addReport(ctx, report, ctx.format === 'sarif' ? lineTextOf(outcome.result.doc.lines) : () => '', out);
}

function addReport(ctx: TargetContext, report: FileReport, lineText: LineText, out: TargetOutcome): void {
  const counts: FileCounts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const d of report.diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (d.fixable) counts.fixable++;
  }
  out.counts = counts;
  out.pieces = FORMATTERS[ctx.format].file(report, lineText, ctx.color);
}

export const emptyOutcome = (): TargetOutcome => ({
  messages: [],
  configProblems: [],
  failed: false,
  counts: null,
  pieces: [],
});

/** Lint one file found on the command line (and fix it with `--fix`). */
export function lintTarget(ctx: TargetContext, t: Target): TargetOutcome {
  const out = emptyOutcome();
  const { session, settings, root } = ctx;
  const read = session.lintFile(t.path, settings);
  if (read.ioError) {
    out.messages.push(`modelcard-lint: ${displayPath(t.path, root)}: ${read.ioError}\n`);
    out.failed = true;
    if (t.explicit) addReport(ctx, unknownFileReport(displayPath(t.path, root)), () => '', out);
    return out;
  }
  // Files found by a walk or a glob are reported only when they are cards or manifests.
  if (!t.explicit && read.outcome.status === 'unknown') return out;
  let outcome = read.outcome;
  if (ctx.fix && outcome.status === 'linted' && read.text !== null && read.identity) {
    if (read.invalidUtf8) {
      out.messages.push(`modelcard-lint: ${displayPath(t.path, root)}: not valid UTF-8; not fixed\n`);
    } else {
      const { outcome: fixedOutcome, fixed } = session.fixText({ path: t.path, text: read.text, settings });
      if (fixed?.changed) {
        try {
          writeFixed(t.path, fixed.output, read.identity, t.root);
          outcome = fixedOutcome;
        } catch (e) {
          if (!(e instanceof WriteRefused)) throw e;
          out.messages.push(`modelcard-lint: ${e.message.replace(t.path, displayPath(t.path, root))}\n`);
          out.failed = true;
        }
      }
    }
  }
  recordOutcome(ctx, t.path, outcome, out);
  return out;
}

/** A file whose lint threw: reported, and the run goes on (it exits 2). */
export function internalError(ctx: Pick<TargetContext, 'root'>, t: Target, e: unknown): TargetOutcome {
  const o = emptyOutcome();
  o.failed = true;
  o.messages.push(
    `modelcard-lint: ${displayPath(t.path, ctx.root)}: internal error: ${e instanceof Error ? e.message : String(e)}; not linted\n`,
  );
  return o;
}
