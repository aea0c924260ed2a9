// `modelcard-lint diff`: read the two versions of each file (two paths, or the working tree and `git show <ref>:<path>`),
// compare them through the lint session (node/diff.ts) and hand the reports to a diff formatter. Exit 1 on a finding
// at error severity, 2 on usage or I/O errors, as the lint command does.
import { resolve } from 'node:path';
import { newFileReport, toDiffReport, type DiffReport } from '../../engine/diff/report.js';
import type { LineIndex } from '../../engine/parse/text.js';
import { compareVersions, type Comparison, type OldVersion } from '../../node/diff.js';
import { GitBaseline } from '../../node/git-baseline.js';
import { readTextFile } from '../../node/read-file.js';
import { MAX_WALK_ENTRIES } from '../../node/walk.js';
import { displayPath, expandTargets } from '../files.js';
import { openSession } from '../session-setup.js';
import type { Io } from '../main.js';
import { DIFF_HELP, parseDiffCli, type DiffOptions } from './args.js';
import { DIFF_FORMATTERS } from './index.js';
import { summarize } from './types.js';

export async function runDiff(argv: string[], io: Io): Promise<number> {
  let opts: DiffOptions;
  try {
    opts = parseDiffCli(argv);
  } catch (e) {
    io.stderr(`modelcard-lint diff: ${(e as Error).message}\n\n${DIFF_HELP}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(DIFF_HELP + '\n');
    return 0;
  }
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
    for (const e of cmp.next.ruleErrors)
      io.stderr(`modelcard-lint diff: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
    const report =
      cmp.status === 'new' ? newFileReport(file, cmp.next) : toDiffReport(file, cmp.old, cmp.next, cmp.diff);
    reports.push(report);
    if (opts.format === 'sarif') lines.set(report, cmp.next.doc.lines);
  };

  if (opts.baseline === null) {
    const [oldPath, newPath] = opts.paths.map((p) => resolve(io.cwd, p)) as [string, string];
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
    const { targets, missing, incomplete } = await expandTargets(opts.paths, io.cwd);
    for (const dir of incomplete)
      fail(
        `${displayPath(dir, root)}: stopped after ${MAX_WALK_ENTRIES.toLocaleString('en')} entries; files beyond were not compared (name a narrower path)`,
      );
    for (const m of missing) fail(`${m}: no such file or no files match`);
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
      const before = git.read(t.path);
      if (before.status === 'error') {
        fail(
          before.scope === 'ref'
            ? `--baseline ${opts.baseline}: ${before.message}`
            : `${displayPath(t.path, root)}: ${before.message}`,
        );
        continue;
      }
      const version: OldVersion | null =
        before.status === 'found'
          ? { text: before.text, invalidUtf8: before.invalidUtf8 }
          : before.status === 'limit'
            ? { text: '', refused: before.reason }
            : null;
      record(t.path, compareVersions(session, t.path, version, next.outcome, settings), t.explicit);
    }
  }

  const summary = summarize(reports);
  io.stdout(
    DIFF_FORMATTERS[opts.format]({ reports, summary, baseline: opts.baseline, color: opts.color, root, lines }),
  );
  if (ioError) return 2;
  return summary.errors > 0 ? 1 : 0;
}
