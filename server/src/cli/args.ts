// Command-line arguments of `modelcard-lint` (README, "Command line"). Unknown flags are usage errors (exit 2).
import {
  SHARED_OPTIONS,
  UsageError,
  optionHelp,
  parseOptions,
  sharedValues,
  type OptionTable,
  type SharedValues,
} from './options.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** `--concurrency`: `off` lints on the main thread only; a number n lints on n threads (the main thread and n − 1
 * worker threads); `auto` uses every core when there are enough files to pay for starting the workers (cli/pool.ts). */
export type Concurrency = 'off' | 'auto' | number;

/** The most threads `--concurrency n` may ask for. */
export const MAX_CONCURRENCY = 64;

/** The shared options (format, profile, config, cards, colour) and the lint command's own. */
export interface CliOptions extends SharedValues<Format> {
  patterns: string[];
  fix: boolean;
  maxWarnings: number | null;
  concurrency: Concurrency;
  stdin: boolean;
  stdinFilename: string;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export { UsageError, colorFromEnvironment } from './options.js';

/** The lint command's options (the shared ones from options.ts), in help order. */
const OPTIONS = {
  format: {
    ...SHARED_OPTIONS.format,
    help: 'stylish (default) | json | sarif | github | ndjson (one JSON result per line, streamed)',
  },
  profile: SHARED_OPTIONS.profile,
  config: SHARED_OPTIONS.config,
  card: {
    ...SHARED_OPTIONS.card,
    help: 'lint matching Markdown files as model cards whatever their content (repeatable)',
  },
  fix: { type: 'boolean', help: 'apply safe fixes in place (atomic writes; line endings and BOM kept)' },
  'max-warnings': { type: 'string', arg: '<n>', help: 'exit 1 when there are more than n warnings' },
  concurrency: {
    type: 'string',
    arg: '<n|auto|off>',
    help: [
      'lint on n threads (worker threads beside the main one); auto (default): every core',
      'when there are many files; off: one thread. --fix always runs on one thread',
    ],
  },
  stdin: { type: 'boolean', help: 'read one document from standard input' },
  'stdin-filename': { type: 'string', help: 'name used for --stdin input (classification, config lookup)' },
  quiet: { type: 'boolean', short: 'q', help: 'report errors only' },
  color: SHARED_OPTIONS.color,
  'no-color': SHARED_OPTIONS['no-color'],
  help: SHARED_OPTIONS.help,
  version: { type: 'boolean', short: 'v', help: 'print the version' },
} as const satisfies OptionTable;

export const HELP = `Usage: modelcard-lint [paths|globs…] [options]
       modelcard-lint diff OLD NEW | --baseline <git-ref> [paths…]   (see modelcard-lint diff --help)
       modelcard-lint export --mof-manifest CARD | --eu-documentation CARD | --card-openness MANIFEST   (see modelcard-lint export --help)

Lints AI model cards (Markdown + YAML front matter) and Model Openness Framework release manifests.

Options:
${optionHelp(OPTIONS, 26)}

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O error.`;

export function parseCli(argv: string[]): CliOptions {
  const { values: v, positionals } = parseOptions(argv, OPTIONS, true);
  const shared = sharedValues(v, FORMATS);
  let maxWarnings: number | null = null;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings needs a whole number ≥ 0, got "${v['max-warnings']}"`);
  }
  let concurrency: Concurrency = 'auto';
  if (v.concurrency !== undefined) {
    const c = v.concurrency.trim().toLowerCase();
    if (c === 'auto' || c === 'off') concurrency = c;
    else if (/^\d+$/.test(c) && Number(c) >= 1 && Number(c) <= MAX_CONCURRENCY) concurrency = Number(c);
    else
      throw new UsageError(
        `--concurrency needs auto, off or a whole number from 1 to ${MAX_CONCURRENCY}, got "${v.concurrency}"`,
      );
  }
  if (v.stdin && v.fix) throw new UsageError('--fix cannot be combined with --stdin');
  return {
    patterns: positionals,
    ...shared,
    fix: v.fix ?? false,
    maxWarnings,
    concurrency,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'] ?? '<stdin>.md',
    quiet: v.quiet ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
