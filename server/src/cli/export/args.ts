// Arguments of `modelcard-lint export` (docs/export.md): exactly one of --mof-manifest CARD, --eu-documentation CARD,
// --card-openness MANIFEST [--into CARD], plus output options. Unknown flags and bad combinations are usage errors (exit 2).
import { SHARED_OPTIONS, UsageError, cardsOption, optionHelp, parseOptions, type OptionTable } from '../options.js';

export const EXPORT_MODES = ['mof-manifest', 'eu-documentation', 'card-openness'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

/** Formats per mode; the first is the default. */
export const EXPORT_FORMATS: Record<ExportMode, readonly string[]> = {
  'mof-manifest': ['yaml', 'json'],
  'eu-documentation': ['markdown', 'json'],
  'card-openness': ['yaml', 'json'],
};

export interface ExportOptions {
  mode: ExportMode;
  file: string;
  format: string;
  output: string | null;
  /** Release name when the card names none. */
  name: string | null;
  /** --card-openness: the card whose `openness:` block is written or updated (in place, or to --output). */
  into: string | null;
  /** Include (true) or leave out (false) Annex XI §2 whatever the card's compute says. */
  systemicRisk: boolean | undefined;
  cards: string[];
  help: boolean;
}

/** The export command's options (the shared ones from options.ts), in help order. */
const OPTIONS = {
  'mof-manifest': { type: 'string' },
  'eu-documentation': { type: 'string' },
  'card-openness': { type: 'string' },
  output: { type: 'string', short: 'o', arg: '<file>', help: 'write here instead of standard output' },
  format: {
    ...SHARED_OPTIONS.format,
    help: 'yaml (default) | json for manifests and openness; markdown (default) | json for EU',
  },
  name: { type: 'string', arg: '<name>', help: 'release name when the card names none (default: the file name)' },
  into: {
    type: 'string',
    arg: '<card>',
    help: "--card-openness: write the block into this card's front matter (in place, or the card to --output)",
  },
  'systemic-risk': { type: 'boolean', help: "include Annex XI Section 2 whatever the card's training compute" },
  'no-systemic-risk': { type: 'boolean', help: 'leave Annex XI Section 2 out' },
  card: SHARED_OPTIONS.card,
  help: SHARED_OPTIONS.help,
} as const satisfies OptionTable;

export const EXPORT_HELP = `Usage: modelcard-lint export --mof-manifest CARD [--output FILE] [--format yaml|json] [--name NAME]
       modelcard-lint export --eu-documentation CARD [--output FILE] [--format markdown|json] [--systemic-risk]
       modelcard-lint export --card-openness MANIFEST [--output FILE] [--format yaml|json]
       modelcard-lint export --card-openness MANIFEST --into CARD [--output FILE] [--format json]

Writes, from what the linter reads in a file:
  --mof-manifest CARD       a Model Openness Framework release manifest (model.yml) from the card's openness
                            (declared or inferred); what the manifest cannot carry is listed on stderr
  --eu-documentation CARD   the EU AI Act Annex XI (Section 2 when the model is presumed to have systemic risk),
                            Annex XII and Code of Practice Model Documentation Form items, each filled from the
                            card with its line, or marked missing with the rule that asks for it
  --card-openness MANIFEST  the card's openness: block for the components the MOF manifest names; with --into
                            CARD, written into that card (added, or its entries for those components updated)

Options:
${optionHelp(OPTIONS, 28)}

Exit codes: 0 written, 2 usage or I/O error (including a file that is not a model card or manifest).`;

export function parseExportCli(argv: string[]): ExportOptions {
  const { values: v } = parseOptions(argv, OPTIONS, false);
  const help = v.help ?? false;
  const modes = EXPORT_MODES.filter((m) => v[m] !== undefined);
  if (!help && modes.length !== 1)
    throw new UsageError(
      modes.length
        ? `choose one of ${modes.map((m) => `--${m}`).join(', ')}`
        : 'export needs --mof-manifest CARD, --eu-documentation CARD or --card-openness MANIFEST',
    );
  const mode = modes[0] ?? 'mof-manifest';
  const formats = EXPORT_FORMATS[mode];
  const format = v.format ?? formats[0]!;
  if (!formats.includes(format))
    throw new UsageError(`--${mode} does not write --format "${format}" (use ${formats.join(' or ')})`);
  if (v['systemic-risk'] && v['no-systemic-risk'])
    throw new UsageError('--systemic-risk and --no-systemic-risk contradict each other');
  if ((v['systemic-risk'] || v['no-systemic-risk']) && mode !== 'eu-documentation')
    throw new UsageError('--systemic-risk applies to --eu-documentation only');
  if (v.name !== undefined && mode !== 'mof-manifest') throw new UsageError('--name applies to --mof-manifest only');
  if (v.into !== undefined && mode !== 'card-openness') throw new UsageError('--into applies to --card-openness only');
  if (v.into === '') throw new UsageError('--into needs a card');
  const file = v[mode] ?? '';
  if (!help && !file) throw new UsageError(`--${mode} needs a file`);
  return {
    mode,
    file,
    format,
    output: v.output ?? null,
    name: v.name ?? null,
    into: v.into ?? null,
    systemicRisk: v['systemic-risk'] ? true : v['no-systemic-risk'] ? false : undefined,
    cards: cardsOption(v.card),
    help,
  };
}
