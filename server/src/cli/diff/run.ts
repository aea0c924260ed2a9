// `modelcard-lint diff`: read the two versions of each file (two paths, or the working tree and `git show <ref>:<path>`),
// compare them through the lint session (node/diff.ts) and hand the reports to a diff formatter. Exit 1 on a finding
// at error severity, 2 on usage or I/O errors, as the lint command does.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { toDiffReport, type DiffReport } from '../../engine/diff/report.js';
import type { LineIndex } from '../../engine/parse/text.js';
import { compareDeleted, compareVersions, type Comparison, type OldVersion } from '../../node/diff.js';
import { existingDir, GitBaseline } from '../../node/git-baseline.js';
import { readTextFile } from '../../node/read-file.js';
import { MAX_WALK_ENTRIES } from '../../node/walk.js';
import { displayPath, expandTargets, isGlob, lintable } from '../files.js';
import { openSession } from '../session-setup.js';
import type { Io } from '../main.js';
import { parseOrExit } from '../options.js';
import { DIFF_HELP, parseDiffCli } from './args.js';
import { DIFF_FORMATTERS } from './index.js';
import { summarize } from './types.js';

export async function runDiff(argv: string[], io: Io): Promise<number> {
  const opts = parseOrExit(argv, parseDiffCli, DIFF_HELP, 'modelcard-lint diff', io);
  if (typeof opts === 'number') return opts;
  // The same session as the lint command's (session-setup.ts).
  const opened = openSession(opts, opts.paths, io.cwd, io.stderr, 'modelcard-lint diff');
  if (!opened) return 2;
  const { session, settings, root } = opened;
  const reports: DiffReport[] = [];
  const lines = new Map<DiffReport, LineIndex>();
  const said = new Set<string>();
  let ioError = false;
  /** Each message once: a bad ref or config file would otherwise be reported for every file. */
  const fail = (message: string) => {
    ioError = true;
    if (said.has(message)) return;
    said.add(message);
    io.stderr(`modelcard-lint diff: ${message}\n`);
  };

  const record = (path: string, cmp: Comparison, explicit: boolean) => {
    const file = displayPath(path, root);
    if (cmp.status === 'config-error') {
      for (const p of cmp.problems) fail(`config ${p.path}: ${p.message}`);
      return;
    }
    if (cmp.status === 'unknown') {
      if (explicit) fail(`${file}: not a model card or release manifest; not compared`);
      return;
    }
    for (const e of (cmp.status === 'deleted' ? cmp.old : cmp.next).ruleErrors)
      io.stderr(`modelcard-lint diff: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
    const report =
      cmp.status === 'new'
        ? toDiffReport(file, null, cmp.next)
        : cmp.status === 'deleted'
          ? toDiffReport(file, cmp.old, null)
          : toDiffReport(file, cmp.old, cmp.next, cmp.diff);
    reports.push(report);
    if (opts.format === 'sarif') lines.set(report, (cmp.status === 'deleted' ? cmp.old : cmp.next).doc.lines);
  };

  if (opts.baseline === null) {
    const [oldPath, newPath] = opts.paths.map((p) => resolve(io.cwd, p)) as [string, string];
    // A path that does not exist stops the run before anything is written, as in the lint command.
    const absent = opts.paths.filter((p) => !existsSync(resolve(io.cwd, p)));
    if (absent.length) {
      for (const p of absent) io.stderr(`modelcard-lint diff: ${p}: no such file\n`);
      return 2;
    }
    const old = readTextFile(oldPath);
    if (!old.ok && !old.limit) fail(`${displayPath(oldPath, root)}: ${old.reason}`);
    const next = session.lintFile(newPath, settings);
    if (next.ioError) fail(`${displayPath(newPath, root)}: ${next.ioError}`);
    if (old.ok || old.limit) {
      const version: OldVersion = old.ok
        ? { text: old.text, invalidUtf8: old.invalidUtf8 }
        : { text: '', refused: old.reason };
      const cmp = next.ioError ? null : compareVersions(session, newPath, version, next.outcome, settings);
      // Two files named on purpose: an old one that is no card or manifest is an error, not a new file.
      if (cmp?.status === 'new')
        fail(
          `${displayPath(oldPath, root)}: not a model card or release manifest; not compared (--card forces Markdown files to be cards)`,
        );
      else if (cmp) record(newPath, cmp, true);
    }
  } else {
    const git = new GitBaseline(opts.baseline);
    /** The file's version at the ref: null when the ref has none, undefined after a failure (reported). */
    const baselineVersion = (path: string): OldVersion | null | undefined => {
      const before = git.read(path);
      if (before.status === 'error') {
        fail(
          before.scope === 'ref'
            ? `--baseline ${opts.baseline}: ${before.message}`
            : `${displayPath(path, root)}: ${before.message}`,
        );
        return undefined;
      }
      if (before.status === 'absent') return null;
      return before.status === 'found'
        ? { text: before.text, invalidUtf8: before.invalidUtf8 }
        : { text: '', refused: before.reason };
    };
    const { targets, missing, incomplete } = await expandTargets(opts.paths, io.cwd);
    // Files deleted since the baseline, under the paths given; a path missing from the working tree is one of them
    // when the ref has it, else it is an error and nothing is compared (as the lint command stops on a missing path).
    const deleted = deletedSince(git, opts.paths, io.cwd, fail, (p) => displayPath(p, root));
    const stillMissing = missing.filter((m) => !deleted.explicit.has(m) && !deleted.matched.has(m));
    if (stillMissing.length) {
      for (const m of stillMissing) io.stderr(`modelcard-lint diff: ${m}: no such file or no files match\n`);
      return 2;
    }
    for (const dir of incomplete)
      fail(
        `${displayPath(dir, root)}: stopped after ${MAX_WALK_ENTRIES.toLocaleString('en')} entries; files beyond were not compared (name a narrower path)`,
      );
    for (const t of targets) {
      const next = session.lintFile(t.path, settings);
      if (next.ioError) {
        fail(`${displayPath(t.path, root)}: ${next.ioError}`);
        continue;
      }
      if (!t.explicit && next.outcome.status === 'unknown') continue;
      // Only cards and manifests are looked up in git: a walk over a large tree runs git once per document.
      if (next.outcome.status !== 'linted') {
        record(t.path, compareVersions(session, t.path, null, next.outcome, settings), t.explicit);
        continue;
      }
      const version = baselineVersion(t.path);
      if (version !== undefined)
        record(t.path, compareVersions(session, t.path, version, next.outcome, settings), t.explicit);
    }
    for (const d of deleted.files) {
      const version = baselineVersion(d.path);
      if (version) record(d.path, compareDeleted(session, d.path, version, settings), d.explicit);
    }
  }

  const summary = summarize(reports);
  io.stdout(
    DIFF_FORMATTERS[opts.format]({
      reports,
      summary,
      baseline: opts.baseline,
      color: opts.color,
      root,
      lines,
      failed: ioError,
    }),
  );
  if (ioError) return 2;
  return summary.errors > 0 ? 1 : 0;
}

interface DeletedFiles {
  files: { path: string; explicit: boolean }[];
  /** Paths named on the command line that are gone from the working tree but exist at the ref. */
  explicit: Set<string>;
  /** Globs that match a file deleted since the ref. */
  matched: Set<string>;
}

/** The files under `patterns` that the baseline has and the working tree does not: a directory's files at the ref
 * (`git ls-tree`), a named path absent from disk, a glob's matches among the files of its base directory at the ref. */
function deletedSince(
  git: GitBaseline,
  patterns: readonly string[],
  cwd: string,
  fail: (message: string) => void,
  show: (path: string) => string,
): DeletedFiles {
  const out: DeletedFiles = { files: [], explicit: new Set(), matched: new Set() };
  const seen = new Set<string>();
  const gone = (p: string) => {
    try {
      lstatSync(p);
      return false;
    } catch {
      return true;
    }
  };
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.files.push({ path, explicit });
  };
  const listed = (dir: string, include: (rel: string) => boolean) => {
    const r = git.list(dir, include);
    if (r.status === 'error') {
      fail(r.scope === 'ref' ? `--baseline ${git.ref}: ${r.message}` : `${show(dir)}: ${r.message}`);
      return [];
    }
    if (r.truncated)
      fail(
        `${show(dir)}: more than ${MAX_WALK_ENTRIES.toLocaleString('en')} files at the baseline; files beyond were not compared`,
      );
    return r.paths.filter(gone);
  };
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    if (isGlob(p) && !existsSync(abs)) {
      // The glob's base may be gone with the files: its nearest directory that still exists is listed.
      const base = existingDir(resolve(cwd, picomatch.scan(p).base || '.'));
      const match = picomatch(isAbsolute(p) ? abs.split(sep).join('/') : p.replace(/^\.\//, ''), { dot: false });
      const rel = (f: string) => (isAbsolute(p) ? f : relative(cwd, f)).split(sep).join('/');
      for (const f of listed(base, lintable).filter((f) => match(rel(f)))) {
        out.matched.add(p);
        add(f, false);
      }
    } else if (isDirectory(abs)) for (const f of listed(abs, lintable)) add(f, false);
    else if (gone(abs) && git.read(abs).status !== 'absent') {
      // Named on purpose: compared (or reported) whatever its name, as a file on disk would be.
      out.explicit.add(p);
      add(abs, true);
    }
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
