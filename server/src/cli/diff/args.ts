// Arguments of `modelcard-lint diff` (docs/diff.md): two files, or `--baseline <git-ref>` and the paths to compare
// with their versions at that ref. Unknown flags are usage errors (exit 2), as for the lint command.
import { refProblem } from '../../node/git-baseline.js';
import {
  SHARED_OPTIONS,
  UsageError,
  optionHelp,
  parseOptions,
  sharedValues,
  type OptionTable,
  type SharedValues,
} from '../options.js';

export const DIFF_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The shared options (format, profile, config, cards, colour) and the diff command's own. */
export interface DiffOptions extends SharedValues<DiffFormat> {
  /** Two-file mode: [OLD, NEW]; baseline mode: the paths and globs to compare (default `.`). */
  paths: string[];
  baseline: string | null;
  help: boolean;
}

/** The diff command's options (the shared ones from options.ts), in help order. */
const OPTIONS = {
  baseline: {
    type: 'string',
    arg: '<ref>',
    help: [
      'compare each file with its version at this git ref (git show <ref>:<path>); a file absent',
      'there is new. Without paths: every card and manifest under the working directory',
    ],
  },
  format: { ...SHARED_OPTIONS.format, help: 'stylish (default) | json | sarif | github' },
  profile: SHARED_OPTIONS.profile,
  config: SHARED_OPTIONS.config,
  card: SHARED_OPTIONS.card,
  color: SHARED_OPTIONS.color,
  'no-color': SHARED_OPTIONS['no-color'],
  help: SHARED_OPTIONS.help,
} as const satisfies OptionTable;

export const DIFF_HELP = `Usage: modelcard-lint diff OLD NEW [options]
       modelcard-lint diff --baseline <git-ref> [paths|globs…] [options]

Reports what changed between two versions of a model card or release manifest: component grades and statuses,
openness level and weakest component, MOF class and progress, disclosures, risk areas, licences. Regressions are
findings (openness-regression, mof-class-lost, license-changed, disclosure-removed, risk-assessment-regressed);
improvements are listed too.

Options:
${optionHelp(OPTIONS, 26)}

Exit codes: 0 no regression at error severity, 1 a regression at error severity, 2 usage or I/O error.`;

export function parseDiffCli(argv: string[]): DiffOptions {
  const { values: v, positionals } = parseOptions(argv, OPTIONS, true);
  const help = v.help ?? false;
  const shared = sharedValues(v, DIFF_FORMATS);
  const baseline = v.baseline ?? null;
  if (baseline !== null) {
    const problem = refProblem(baseline);
    if (problem) throw new UsageError(problem);
  } else if (!help && positionals.length !== 2)
    throw new UsageError(
      `diff needs two files (OLD NEW) or --baseline <git-ref>; got ${positionals.length} path${positionals.length === 1 ? '' : 's'}`,
    );
  return {
    paths: baseline !== null && !positionals.length ? ['.'] : positionals,
    baseline,
    ...shared,
    help,
  };
}
