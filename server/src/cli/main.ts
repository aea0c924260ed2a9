// `modelcard-lint`: lint cards and manifests from the command line with the same engine as the editor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configForFile, type LintConfig, type LoadedConfigFile } from '../engine/config.js';
import { fixAll } from '../engine/fix.js';
import { lint, type LintResult } from '../engine/lint.js';
import type { ProfileId } from '../engine/knowledge/profiles.js';
import { VERSION } from '../engine/meta.js';
import { classify, isMarkdownPath } from '../engine/parse/classify.js';
import { stripBom } from '../engine/parse/text.js';
import { toFileReport, type FileReport } from '../engine/report.js';
import type { DocumentKind } from '../engine/types.js';
import { CompanionFinder } from '../node/companions.js';
import { ConfigResolver, readConfigFile } from '../node/config-files.js';
import { HELP, parseCli, UsageError, type CliOptions } from './args.js';
import { expandTargets } from './files.js';
import { forTerminal } from './terminal.js';
import { FORMATTERS, type RunSummary } from './formatters/index.js';
import { decodeUtf8, writeFixed, WriteRefused } from './write.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
};

class ConfigError extends Error {}

function kindFor(path: string, text: string, explicit: boolean): DocumentKind {
  const kind = classify(path, stripBom(text).text);
  // A Markdown file named on the command line is linted as a card even when nothing marks it as one.
  if (kind === 'unknown' && explicit && isMarkdownPath(path)) return 'model-card';
  return kind;
}

export function run(argv: string[], rawIo: Io = defaultIo): number {
  // Messages name files and config keys that strangers wrote: escape control characters before they reach a terminal.
  const io: Io = { ...rawIo, stderr: (s) => rawIo.stderr(s.split('\n').map(forTerminal).join('\n')) };
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
  const resolver = new ConfigResolver();
  let explicitConfig: LoadedConfigFile | null = null;
  if (opts.config) {
    const { file, problems } = readConfigFile(opts.config, true);
    if (!file) {
      for (const p of problems) io.stderr(`modelcard-lint: config ${p.path}: ${p.message}\n`);
      return 2;
    }
    explicitConfig = file;
  }
  const reportedConfigProblems = new Set<string>();
  const configFor = (path: string): LintConfig & { ignored: boolean } => {
    const abs = resolve(path).replace(/\\/g, '/');
    let chain: LoadedConfigFile[];
    if (explicitConfig) chain = [explicitConfig];
    else {
      const c = resolver.chainFor(abs);
      for (const p of c.problems) {
        const key = `${p.path}: ${p.message}`;
        if (!reportedConfigProblems.has(key)) {
          reportedConfigProblems.add(key);
          io.stderr(`modelcard-lint: config ${key}\n`);
        }
      }
      if (c.problems.length) throw new ConfigError('invalid configuration');
      chain = c.files;
    }
    const cfg = configForFile(chain, abs);
    if (opts.profile) cfg.profile = opts.profile as ProfileId;
    return cfg;
  };

  const companions = new CompanionFinder();
  const reports: FileReport[] = [];
  const lintOne = (path: string, text: string, explicit: boolean, encodingProblem?: string): void => {
    let cfg;
    try {
      cfg = configFor(path);
    } catch (e) {
      if (e instanceof ConfigError) {
        ioError = true;
        return;
      }
      throw e;
    }
    if (cfg.ignored && !explicit) return;
    const kind = kindFor(path, text, explicit);
    if (kind === 'unknown' && !explicit) return;
    let result: LintResult;
    if (opts.fix && kind !== 'unknown' && !encodingProblem) {
      const fixed = fixAll(text, path, { config: cfg, kind, companions: kind === 'model-card' ? companions.find(path) : undefined });
      result = fixed.result;
      if (fixed.changed) {
        try {
          writeFixed(path, fixed.output);
        } catch (e) {
          io.stderr(`modelcard-lint: ${(e as Error).message}\n`);
          ioError = true;
          result = lint(text, path, { config: cfg, kind });
        }
      }
    } else {
      result = lint(text, path, { config: cfg, kind, encodingProblem, companions: kind === 'model-card' && !opts.stdin ? companions.find(path) : undefined });
    }
    for (const e of result.ruleErrors) io.stderr(`modelcard-lint: internal error in rule ${e.ruleId} on ${path}: ${e.message}\n`);
    const report = toFileReport(result, path);
    if (opts.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === 'error');
    reports.push(report);
  };

  if (opts.stdin) {
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      io.stderr(`modelcard-lint: cannot read standard input: ${(e as Error).message}\n`);
      return 2;
    }
    lintOne(opts.stdinFilename, text, true);
  }

  const { targets, missing } = expandTargets(opts.patterns);
  for (const m of missing) {
    io.stderr(`modelcard-lint: ${m}: no such file or no files match\n`);
    ioError = true;
  }
  for (const t of targets) {
    let buf: Buffer;
    try {
      buf = readFileSync(t.path);
    } catch (e) {
      io.stderr(`modelcard-lint: ${t.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      ioError = true;
      continue;
    }
    const text = decodeUtf8(buf);
    if (text === null) {
      // Never re-encode a file we could not decode exactly: lint what we can read, do not fix it.
      if (opts.fix) io.stderr(`modelcard-lint: ${t.path}: not valid UTF-8; not fixed\n`);
      lintOne(t.path, buf.toString('utf8'), t.explicit, 'The file is not valid UTF-8; invalid bytes are read as U+FFFD and the file is never fixed automatically.');
      continue;
    }
    lintOne(t.path, text, t.explicit);
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
  io.stdout(FORMATTERS[opts.format]({ reports, summary, color: opts.color }));
  if (ioError) return 2;
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings !== null && summary.warnings > opts.maxWarnings) {
    io.stderr(`modelcard-lint: ${summary.warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError || e instanceof WriteRefused) {
      process.stderr.write(`modelcard-lint: ${e.message}\n`);
    } else {
      process.stderr.write(`modelcard-lint: unexpected failure: ${(e as Error).message}\n`);
    }
    process.exitCode = 2;
  }
}
