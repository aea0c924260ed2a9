// Arguments of `modelcard-lint diff` (docs/diff.md): two files, or `--baseline <git-ref>` and the paths to compare
// with their versions at that ref. Unknown flags are usage errors (exit 2), as for the lint command.
import { parseArgs } from 'node:util';
import { PROFILE_IDS } from '../../engine/knowledge/profiles.js';
import { refProblem } from '../../node/git-baseline.js';
import { UsageError, colorFromEnvironment } from '../args.js';

export const DIFF_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  /** Two-file mode: [OLD, NEW]; baseline mode: the paths and globs to compare (default `.`). */
  paths: string[];
  baseline: string | null;
  format: DiffFormat;
  profile?: string;
  config?: string;
  cards: string[];
  color: boolean;
  help: boolean;
}

export const DIFF_HELP = `Usage: modelcard-lint diff OLD NEW [options]
       modelcard-lint diff --baseline <git-ref> [paths|globs…] [options]

Reports what changed between two versions of a model card or release manifest: component grades and statuses,
openness level and weakest component, MOF class and progress, disclosures, risk areas, licences. Regressions are
findings (openness-regression, mof-class-lost, license-changed, disclosure-removed, risk-assessment-regressed);
improvements are listed too.

Options:
      --baseline <ref>    compare each file with its version at this git ref (git show <ref>:<path>); a file absent
                          there is new. Without paths: every card and manifest under the working directory
  -f, --format <name>     stylish (default) | json | sarif | github
  -p, --profile <name>    ${PROFILE_IDS.join(' | ')}
  -c, --config <file>     use this config file instead of looking for .modelcard-lint.{yaml,yml,json}
      --card <glob>       treat matching Markdown files as model cards whatever their content (repeatable)
      --no-color          plain output
  -h, --help              show this help

Exit codes: 0 no regression at error severity, 1 a regression at error severity, 2 usage or I/O error.`;

export function parseDiffCli(argv: string[]): DiffOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        baseline: { type: 'string' },
        format: { type: 'string', short: 'f' },
        profile: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        card: { type: 'string', multiple: true },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const help = v.help ?? false;
  const format = (v.format ?? 'stylish') as DiffFormat;
  if (!DIFF_FORMATS.includes(format))
    throw new UsageError(`unknown --format "${v.format}" (use ${DIFF_FORMATS.join(', ')})`);
  if (v.profile !== undefined && !PROFILE_IDS.includes(v.profile as never))
    throw new UsageError(`unknown --profile "${v.profile}" (use ${PROFILE_IDS.join(', ')})`);
  const baseline = v.baseline ?? null;
  if (baseline !== null) {
    const problem = refProblem(baseline);
    if (problem) throw new UsageError(problem);
  } else if (!help && parsed.positionals.length !== 2)
    throw new UsageError(
      `diff needs two files (OLD NEW) or --baseline <git-ref>; got ${parsed.positionals.length} path${parsed.positionals.length === 1 ? '' : 's'}`,
    );
  return {
    paths: baseline !== null && !parsed.positionals.length ? ['.'] : parsed.positionals,
    baseline,
    format,
    profile: v.profile,
    config: v.config,
    cards: (v.card as string[] | undefined) ?? [],
    color: v['no-color'] ? false : (v.color ?? colorFromEnvironment()),
    help,
  };
}
