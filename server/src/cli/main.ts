// `modelcard-lint`: lint cards and manifests from the command line with the same engine as the editor. Arguments go
// to a lint session (node/session.ts), results to a formatter; nothing here decides what a file is or how it is judged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERSION } from '../engine/meta.js';
import { HELP, parseCli, UsageError } from './args.js';
import { parseOrExit } from './options.js';
import { runDiff } from './diff/run.js';
import { runExport } from './export/run.js';
import { MAX_WALK_ENTRIES } from '../node/walk.js';
import { displayPath, expandTargets } from './files.js';
import { openSession } from './session-setup.js';
import { FORMATTERS, type RunStart, type RunSummary, type StreamFormatter } from './formatters/index.js';
import {
  emptyOutcome,
  internalError,
  lintTarget,
  recordOutcome,
  type TargetContext,
  type TargetOutcome,
} from './lint-target.js';
import { lintInPool, threadCount } from './pool.js';
import { forTerminal } from './terminal.js';
import { isWorkerThread, startWorker } from './worker.js';
import { WriteRefused } from './write.js';

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
  const opts = parseOrExit(argv, parseCli, HELP, 'modelcard-lint', io);
  if (typeof opts === 'number') return opts;
  if (opts.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (!opts.patterns.length && !opts.stdin) {
    io.stderr(`modelcard-lint: no files given\n\n${HELP}\n`);
    return 2;
  }

  // The paths first: a path named on the command line that does not exist (or a glob matching nothing) stops the run
  // before anything is linted or written to stdout, so no summary claims "no problems" about a run that failed.
  const { targets, missing, skipped, incomplete } = await expandTargets(opts.patterns, io.cwd);
  if (missing.length) {
    for (const m of missing) io.stderr(`modelcard-lint: ${m}: no such file or no files match\n`);
    return 2;
  }
  let ioError = false;
  const opened = openSession(opts, opts.patterns, io.cwd, io.stderr, 'modelcard-lint');
  if (!opened) return 2;
  const { session, settings, root } = opened;
  const ctx: TargetContext = {
    session,
    settings,
    root,
    format: opts.format,
    quiet: opts.quiet,
    color: opts.color,
    fix: opts.fix,
  };
  const runStart: RunStart = { root, color: opts.color };
  const out = new OutputWriter(FORMATTERS[opts.format], io.stdout);
  const summary: RunSummary = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  const reportedProblems = new Set<string>();
  out.write(out.format.head(runStart));

  /** A file's outcome, in input order: its stderr lines, config problems once per run, its counts and output. */
  const emit = (o: TargetOutcome): void => {
    for (const m of o.messages) io.stderr(m);
    for (const key of o.configProblems) {
      if (reportedProblems.has(key)) continue;
      reportedProblems.add(key);
      io.stderr(`modelcard-lint: config ${key}\n`);
    }
    if (o.failed) ioError = true;
    if (o.counts) {
      summary.files++;
      summary.errors += o.counts.errors;
      summary.warnings += o.counts.warnings;
      summary.infos += o.counts.infos;
      summary.fixable += o.counts.fixable;
    }
    out.pieces(o.pieces);
  };

  if (opts.stdin) {
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      io.stderr(`modelcard-lint: cannot read standard input: ${(e as Error).message}\n`);
      return 2;
    }
    const path = resolve(io.cwd, opts.stdinFilename);
    const o = emptyOutcome();
    recordOutcome(ctx, path, session.lintText({ path, text, settings }), o);
    emit(o);
  }

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
  if (opts.fix)
    for (const s of skipped) io.stderr(`modelcard-lint: ${displayPath(s.path, root)}: skipped (${s.reason})\n`);

  // --fix stays on one thread, in order (pool.ts says why); otherwise worker threads when there are many files.
  const threads = opts.fix ? 1 : threadCount(opts.concurrency, targets.length);
  if (threads > 1) {
    await lintInPool(
      targets,
      threads,
      ctx,
      {
        session: { config: opts.config, profile: opts.profile, cards: opts.cards },
        patterns: opts.patterns,
        cwd: io.cwd,
        format: opts.format,
        quiet: opts.quiet,
        color: opts.color,
      },
      emit,
    );
  } else {
    for (const t of targets) {
      let o: TargetOutcome;
      try {
        o = lintTarget(ctx, t);
      } catch (e) {
        // A failed write under --fix stops the run, as it always did; a lint that throws costs only its file.
        if (opts.fix) throw e;
        o = internalError(ctx, t, e);
      }
      emit(o);
    }
  }

  out.end({ ...summary, failed: ioError }, runStart);
  if (ioError) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings !== null && summary.warnings > opts.maxWarnings) {
    io.stderr(`modelcard-lint: ${summary.warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Writes a streaming format's output in pieces of about 64 KB: between `head` and `tail`, each file's pieces (as JSON
 * array items when the format is an array), so memory does not grow with the number of files. */
class OutputWriter {
  private buf = '';
  private any = false;
  constructor(
    readonly format: StreamFormatter,
    private readonly sink: (s: string) => void,
  ) {}

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= 65536) this.flush();
  }

  pieces(pieces: readonly string[]): void {
    for (const p of pieces) {
      this.write(this.format.array ? (this.any ? ',\n' : '\n') + p : p);
      this.any = true;
    }
  }

  end(summary: RunSummary, run: RunStart): void {
    if (this.format.array) this.write(this.any ? this.format.array.close : ']');
    this.write(this.format.tail(summary, run));
    this.flush();
  }

  private flush(): void {
    if (this.buf) this.sink(this.buf);
    this.buf = '';
  }
}

if (isWorkerThread()) {
  // A lint worker of the thread pool (pool.ts): the bundle is its own worker script.
  startWorker();
} else if (require.main === module) {
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
