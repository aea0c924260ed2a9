// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers (docs/sarif.md). URIs are relative to
// `%SRCROOT%`, the repository root, and percent-encoded, so a file has the same URI however the CLI was called;
// rules carry their docs page as help; results carry fingerprints that survive unrelated edits.
// Written directly rather than with node-sarif-builder (removed, CHANGELOG): it builds the whole log in memory while
// this output streams file by file; its artifacts list drops `uriBaseId`; its log refuses any text containing
// `SARIF_BUILDER_INVALID`, which a card's licence value can; its options set only the keys of its defaults.
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, TOOL_NAME, VERSION, ruleDocsUrl } from '../../engine/meta.js';
import type { ReportDiagnostic } from '../../engine/report.js';
import type { LineIndex } from '../../engine/parse/text.js';
import type { RuleMeta } from '../../engine/rule-kit/rule.js';
import { RULES } from '../../engine/rules/index.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.js';
import { ruleHelp } from './rule-help.js';
import {
  jsonItem,
  lineTextOf,
  MARK,
  splitJson,
  writeAll,
  type Formatter,
  type LineText,
  type StreamFormatter,
} from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' } as const;
export const SRCROOT = '%SRCROOT%';
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Report paths are `/`-separated and relative to the root, or absolute for files outside it (files.ts). */
const isAbsolutePath = (file: string) => file.startsWith('/') || /^[A-Za-z]:\//.test(file);

/** `a b%#.md` → `a%20b%25%23.md`: each segment encoded, so the URI is valid and decodes back to the name. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string): ArtifactLocation {
  // A file outside the repository has no repository-relative name: an absolute file URI is the honest answer.
  return isAbsolutePath(file) ? { uri: pathToFileURL(file).href } : { uri: relativeUri(file), uriBaseId: SRCROOT };
}

/** `undisclosed-license` → `UndisclosedLicense` (SARIF's "friendly name"). */
const friendlyName = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function ruleDescriptor(meta: RuleMeta, extraTags: readonly string[]): ReportingDescriptor {
  const helpUri = ruleDocsUrl(meta.id);
  const help = ruleHelp(meta.id, meta.description, helpUri);
  const level = LEVEL[meta.severity.recommended];
  return {
    id: meta.id,
    name: friendlyName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: help.fullDescription },
    help: { text: help.text, markdown: help.markdown },
    helpUri,
    // The `recommended` profile's severity; each result carries the level the run's configuration gave it.
    defaultConfiguration: level === 'none' ? { enabled: false } : { level },
    properties: { tags: [...meta.tags, ...extraTags] },
  };
}

/** What a SARIF run is built from: the lint command's reports or the diff command's (both carry diagnostics). */
export interface SarifRun<R extends { file: string; diagnostics: readonly ReportDiagnostic[] }> {
  reports: readonly R[];
  root: string;
  lines?: Map<R, LineIndex>;
  rules: readonly RuleMeta[];
  /** GitHub keys a category on this id: uploads from one command replace each other, not the other's alerts. */
  automationId: string;
  extraTags?: readonly string[];
  properties?: Record<string, unknown>;
}

/** The SARIF results of one report (its diagnostics, with fingerprints from the flagged lines' text). */
export function sarifResults(
  report: { file: string; diagnostics: readonly ReportDiagnostic[] },
  lineText: LineText,
  ruleIndex: ReadonlyMap<string, number>,
): Result[] {
  const location = artifactLocation(report.file);
  const prints = fingerprints(report.diagnostics, lineText);
  return report.diagnostics.map((d, i) => ({
    ruleId: d.rule,
    ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine,
            // Never an empty region: viewers would underline nothing.
            endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : 1),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
  }));
}

/** The log around its results, cut where the results go (types.ts, splitJson). */
function sarifFrame(run: Omit<SarifRun<never>, 'reports' | 'lines'>): ReturnType<typeof splitJson> {
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: run.rules.map((m) => ruleDescriptor(m, run.extraTags ?? [])),
          },
        },
        automationDetails: { id: run.automationId },
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: pathToFileURL(run.root).href.replace(/\/?$/, '/'),
            description: {
              text: 'The repository root: the nearest directory with a .git, else the working directory.',
            },
          },
        },
        columnKind: 'utf16CodeUnits',
        ...(run.properties ? { properties: run.properties } : {}),
        results: MARK as unknown as Result[],
      },
    ],
  };
  return splitJson(log);
}

export function sarifLog<R extends { file: string; diagnostics: readonly ReportDiagnostic[] }>(
  run: SarifRun<R>,
): string {
  const ruleIndex = new Map(run.rules.map((m, i) => [m.id, i]));
  const frame = sarifFrame(run);
  const items: string[] = [];
  for (const r of run.reports)
    for (const result of sarifResults(r, lineTextOf(run.lines?.get(r)), ruleIndex))
      items.push(jsonItem(result, frame.indent));
  return `${frame.head}${items.length ? `\n${items.join(',\n')}${frame.close}` : ']'}${frame.tail}\n`;
}

const LINT_RULES = RULES.map((r) => r.meta);
const LINT_RULE_INDEX = new Map(LINT_RULES.map((m, i) => [m.id, i]));
const lintFrame = (root: string) => sarifFrame({ root, rules: LINT_RULES, automationId: `${TOOL_NAME}/` });
/** Item indentation and closing bracket depend only on the log's shape, not on the root (made on first use: the rule
 * descriptors read every docs page). */
let shape: ReturnType<typeof splitJson> | undefined;
const lintShape = () => (shape ??= lintFrame('/'));

export const sarifStream: StreamFormatter = {
  head: ({ root }) => lintFrame(root).head,
  file: (report, lineText) =>
    sarifResults(report, lineText, LINT_RULE_INDEX).map((result) => jsonItem(result, lintShape().indent)),
  array: {
    get close() {
      return lintShape().close;
    },
  },
  tail: () => `${lintShape().tail}\n`,
};

export const sarif: Formatter = ({ reports, root, lines, summary, color }) =>
  writeAll(sarifStream, { root, color }, reports, summary, (r) => lineTextOf(lines?.get(r)));
