// Command-line arguments of `modelcard-lint` (README, "Command line"). Unknown flags are usage errors (exit 2).
import { parseArgs } from 'node:util';
import { PROFILE_IDS } from '../engine/knowledge/profiles.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** `--concurrency`: `off` lints on the main thread only; a number n lints on n threads (the main thread and n − 1
 * worker threads); `auto` uses every core when there are enough files to pay for starting the workers (cli/pool.ts). */
export type Concurrency = 'off' | 'auto' | number;

/** The most threads `--concurrency n` may ask for. */
export const MAX_CONCURRENCY = 64;

export interface CliOptions {
  patterns: string[];
  format: Format;
  profile?: string;
  config?: string;
  /** Globs of Markdown files always linted as model cards. */
  cards: string[];
  fix: boolean;
  maxWarnings: number | null;
  concurrency: Concurrency;
  stdin: boolean;
  stdinFilename: string;
  quiet: boolean;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: modelcard-lint [paths|globs…] [options]
       modelcard-lint diff OLD NEW | --baseline <git-ref> [paths…]   (see modelcard-lint diff --help)
       modelcard-lint export --mof-manifest CARD | --eu-documentation CARD | --card-openness MANIFEST   (see modelcard-lint export --help)

Lints AI model cards (Markdown + YAML front matter) and Model Openness Framework release manifests.

Options:
  -f, --format <name>     stylish (default) | json | sarif | github | ndjson (one JSON result per line, streamed)
  -p, --profile <name>    ${PROFILE_IDS.join(' | ')}
  -c, --config <file>     use this config file instead of looking for .modelcard-lint.{yaml,yml,json}
      --card <glob>       lint matching Markdown files as model cards whatever their content (repeatable)
      --fix               apply safe fixes in place (atomic writes; line endings and BOM kept)
      --max-warnings <n>  exit 1 when there are more than n warnings
      --concurrency <n|auto|off>
                          lint on n threads (worker threads beside the main one); auto (default): every core
                          when there are many files; off: one thread. --fix always runs on one thread
      --stdin             read one document from standard input
      --stdin-filename    name used for --stdin input (classification, config lookup)
  -q, --quiet             report errors only
      --no-color          plain output
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or I/O error.`;

/** Colour when the terminal can show it: FORCE_COLOR (not 0/false) forces it, NO_COLOR and TERM=dumb turn it off. */
export function colorFromEnvironment(env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return !!process.stdout.isTTY;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        profile: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        card: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        concurrency: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${v.format}" (use ${FORMATS.join(', ')})`);
  if (v.profile !== undefined && !PROFILE_IDS.includes(v.profile as never))
    throw new UsageError(`unknown --profile "${v.profile}" (use ${PROFILE_IDS.join(', ')})`);
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
    patterns: parsed.positionals,
    format,
    profile: v.profile,
    config: v.config,
    cards: (v.card as string[] | undefined) ?? [],
    fix: v.fix ?? false,
    maxWarnings,
    concurrency,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'] ?? '<stdin>.md',
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : (v.color ?? colorFromEnvironment()),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
