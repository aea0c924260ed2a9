// `modelcard-lint`: lint cards and manifests from the command line with the same engine as the editor. Arguments go
// to a lint session (node/session.ts), results to a formatter; nothing here decides what a file is or how it is judged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LineIndex } from '../engine/parse/text.js';
import { VERSION } from '../engine/meta.js';
import { toFileReport, unknownFileReport, type FileReport } from '../engine/report.js';
import type { Outcome } from '../node/session.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';
import { runDiff } from './diff/run.js';
import { runExport } from './export/run.js';
import { MAX_WALK_ENTRIES } from '../node/walk.js';
import { displayPath, expandTargets } from './files.js';
import { openSession } from './session-setup.js';
import { FORMATTERS, type RunSummary } from './formatters/index.js';
import { forTerminal } from './terminal.js';
import { writeFixed, WriteRefused } from './write.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  cwd: string;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
};

export async function run(argv: string[], rawIo: Partial<Io> = {}): Promise<number> {
  const base = { ...defaultIo, ...rawIo };
  // Messages name files and config keys that strangers wrote: escape control characters before they reach a terminal.
  const io: Io = { ...base, stderr: (s) => base.stderr(s.split('\n').map(forTerminal).join('\n')) };
  // `modelcard-lint diff …` compares two versions (docs/diff.md); `./diff` lints a file named diff.
  if (argv[0] === 'diff') return runDiff(argv.slice(1), io);
  // `modelcard-lint export …` writes a MOF manifest, an openness block or EU documentation (docs/export.md).
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (e) {
    io.stderr(`modelcard-lint: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (!opts.patterns.length && !opts.stdin) {
    io.stderr(`modelcard-lint: no files given\n\n${HELP}\n`);
    return 2;
  }

  let ioError = false;
  const opened = openSession(opts, opts.patterns, io.cwd, io.stderr, 'modelcard-lint');
  if (!opened) return 2;
  const { session, settings, root } = opened;
  const reports: FileReport[] = [];
  const lines = new Map<FileReport, LineIndex>();
  const reportedProblems = new Set<string>();

  const record = (path: string, outcome: Outcome): void => {
    const file = displayPath(path, root);
    if (outcome.status === 'config-error') {
      for (const p of outcome.problems) {
        const key = `${p.path}: ${p.message}`;
        if (!reportedProblems.has(key)) {
          reportedProblems.add(key);
          io.stderr(`modelcard-lint: config ${key}\n`);
        }
      }
      ioError = true;
      return;
    }
    if (outcome.status === 'unknown') {
      reports.push(unknownFileReport(file));
      return;
    }
    for (const e of outcome.result.ruleErrors)
      io.stderr(`modelcard-lint: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
    const report = toFileReport(outcome.result, file);
    if (opts.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    reports.push(report);
    // Only SARIF reads the text (for fingerprints); other formats need not keep every file in memory.
    if (opts.format === 'sarif') lines.set(report, outcome.result.doc.lines);
  };

  if (opts.stdin) {
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      io.stderr(`modelcard-lint: cannot read standard input: ${(e as Error).message}\n`);
      return 2;
    }
    record(
      resolve(io.cwd, opts.stdinFilename),
      session.lintText({ path: resolve(io.cwd, opts.stdinFilename), text, settings }),
    );
  }

  const { targets, missing, skipped, incomplete } = await expandTargets(opts.patterns, io.cwd);
  // A walk cut short (over MAX_WALK_ENTRIES entries) would otherwise report a pass on what it never saw: exit 2.
  for (const dir of incomplete) {
    io.stderr(
      `modelcard-lint: ${displayPath(dir, root)}: stopped after ${MAX_WALK_ENTRIES.toLocaleString('en')} entries; files beyond were not linted (name a narrower path)\n`,
    );
    ioError = true;
  }
  if (!opts.fix)
    for (const s of skipped.filter((x) => x.reason.startsWith('deeper than')))
      io.stderr(`modelcard-lint: ${displayPath(s.path, root)}: skipped (${s.reason})\n`);
  for (const m of missing) {
    io.stderr(`modelcard-lint: ${m}: no such file or no files match\n`);
    ioError = true;
  }
  if (opts.fix)
    for (const s of skipped) io.stderr(`modelcard-lint: ${displayPath(s.path, root)}: skipped (${s.reason})\n`);
  for (const t of targets) {
    const read = session.lintFile(t.path, settings);
    if (read.ioError) {
      io.stderr(`modelcard-lint: ${displayPath(t.path, root)}: ${read.ioError}\n`);
      ioError = true;
      if (t.explicit) reports.push(unknownFileReport(displayPath(t.path, root)));
      continue;
    }
    // Files found by a walk or a glob are reported only when they are cards or manifests.
    if (!t.explicit && read.outcome.status === 'unknown') continue;
    let outcome = read.outcome;
    if (opts.fix && outcome.status === 'linted' && read.text !== null && read.identity) {
      if (read.invalidUtf8) {
        io.stderr(`modelcard-lint: ${displayPath(t.path, root)}: not valid UTF-8; not fixed\n`);
      } else {
        const { outcome: fixedOutcome, fixed } = session.fixText({ path: t.path, text: read.text, settings });
        if (fixed?.changed) {
          try {
            writeFixed(t.path, fixed.output, read.identity, t.root);
            outcome = fixedOutcome;
          } catch (e) {
            if (!(e instanceof WriteRefused)) throw e;
            io.stderr(`modelcard-lint: ${e.message.replace(t.path, displayPath(t.path, root))}\n`);
            ioError = true;
          }
        }
      }
    }
    record(t.path, outcome);
  }

  const summary: RunSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of reports) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (d.fixable) summary.fixable++;
    }
  }
  io.stdout(FORMATTERS[opts.format]({ reports, summary, color: opts.color, root, lines }));
  if (ioError) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings !== null && summary.warnings > opts.maxWarnings) {
    io.stderr(`modelcard-lint: ${summary.warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  // `modelcard-lint . | head -2`: a closed pipe ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(
        `modelcard-lint: ${e instanceof UsageError || e instanceof WriteRefused ? '' : 'unexpected failure: '}${forTerminal((e as Error).message)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
