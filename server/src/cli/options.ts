// The options every subcommand shares (format, profile, config, card, colour, help), their help lines and the parse
// and usage-error steps, defined once: lint (args.ts), diff (diff/args.ts) and export (export/args.ts) each list their
// options as a table from these entries plus their own, and their help text is printed from that table.
import { parseArgs } from 'node:util';
import { PROFILE_IDS } from '../engine/knowledge/profiles.js';

export class UsageError extends Error {}

/** One option: how node:util parseArgs reads it, and its help line (none for hidden spellings such as `--color`). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** `<name>` after the flag in the help line. */
  arg?: string;
  /** The help text; continuation lines are written as further lines (indented to the text column). */
  help?: string | readonly string[];
}

export type OptionTable = Record<string, OptionSpec>;

/** The shared entries; a command spreads one and replaces `help` where its wording differs. */
export const SHARED_OPTIONS = {
  format: { type: 'string', short: 'f', arg: '<name>' },
  profile: { type: 'string', short: 'p', arg: '<name>', help: PROFILE_IDS.join(' | ') },
  config: {
    type: 'string',
    short: 'c',
    arg: '<file>',
    help: 'use this config file instead of looking for .modelcard-lint.{yaml,yml,json}',
  },
  card: {
    type: 'string',
    multiple: true,
    arg: '<glob>',
    help: 'treat matching Markdown files as model cards whatever their content (repeatable)',
  },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean', help: 'plain output' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies OptionTable;

/** The `Options:` lines of a help text, in table order, the descriptions starting at column `width`. */
export function optionHelp(table: OptionTable, width: number): string {
  const lines: string[] = [];
  for (const [name, o] of Object.entries(table)) {
    if (o.help === undefined) continue;
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`;
    const [first = '', ...rest] = typeof o.help === 'string' ? [o.help] : o.help;
    const head = `  ${flag}`;
    // A flag too long for the column gets its description on the next lines.
    if (head.length >= width) lines.push(head, ...[first, ...rest].map((l) => ' '.repeat(width) + l));
    else lines.push(head.padEnd(width) + first, ...rest.map((l) => ' '.repeat(width) + l));
  }
  return lines.join('\n');
}

/** The value parseArgs gives an option of the table: a boolean, a string, or every string of a repeatable one. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K] extends { multiple: true } ? string[] : string;
};

/** parseArgs over the table (strict: an unknown flag is a usage error). */
export function parseOptions<T extends OptionTable>(
  argv: string[],
  table: T,
  allowPositionals: boolean,
): { values: OptionValues<T>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(table))
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  try {
    const parsed = parseArgs({ args: argv, allowPositionals, strict: true, options });
    return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** `--format`: one of `formats`, the first by default. */
export function formatOption<F extends string>(value: unknown, formats: readonly F[]): F {
  const format = (value ?? formats[0]) as F;
  if (!formats.includes(format))
    throw new UsageError(`unknown --format "${String(value)}" (use ${formats.join(', ')})`);
  return format;
}

/** `--profile`: a profile id or undefined. */
function profileOption(value: unknown): string | undefined {
  if (value !== undefined && !PROFILE_IDS.includes(value as never))
    throw new UsageError(`unknown --profile "${String(value)}" (use ${PROFILE_IDS.join(', ')})`);
  return value as string | undefined;
}

/** `--card` globs (repeatable). */
export const cardsOption = (value: string[] | undefined): string[] => value ?? [];

/** Colour when the terminal can show it: FORCE_COLOR (not 0/false) forces it, NO_COLOR and TERM=dumb turn it off. */
export function colorFromEnvironment(env = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return !!process.stdout.isTTY;
}

/** `--no-color` / `--color`, else the environment. */
function colorOption(values: { color?: boolean; 'no-color'?: boolean }): boolean {
  return values['no-color'] ? false : (values.color ?? colorFromEnvironment());
}

/** The values of the options lint and diff share, as both commands return them. */
export interface SharedValues<F extends string> {
  format: F;
  profile?: string;
  config?: string;
  /** Globs of Markdown files always linted as model cards. */
  cards: string[];
  color: boolean;
}

/** `--format` (one of `formats`), `--profile`, `--config`, `--card` and the colour flags of a parsed command line;
 * a bad format is reported before a bad profile. */
export function sharedValues<F extends string>(
  values: OptionValues<Pick<typeof SHARED_OPTIONS, 'format' | 'profile' | 'config' | 'card' | 'color' | 'no-color'>>,
  formats: readonly F[],
): SharedValues<F> {
  return {
    format: formatOption(values.format, formats),
    profile: profileOption(values.profile),
    config: values.config,
    cards: cardsOption(values.card),
    color: colorOption(values),
  };
}

/** The steps every subcommand starts with: parse, or print the usage error with the help on stderr (exit 2); print
 * the help on stdout for --help (exit 0). Returns the options, or the exit code to return. */
export function parseOrExit<T extends { help: boolean }>(
  argv: string[],
  parse: (argv: string[]) => T,
  help: string,
  prefix: string,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): T | number {
  let opts: T;
  try {
    opts = parse(argv);
  } catch (e) {
    io.stderr(`${prefix}: ${(e as Error).message}\n\n${help}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(help + '\n');
    return 0;
  }
  return opts;
}
