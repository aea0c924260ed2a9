// `diff --format sarif`: the regressions as SARIF 2.1.0 results on the new version of each file, with the diff rules
// (and their docs pages as help) as the driver's rules. Locations and fingerprints follow the lint command's SARIF
// (formatters/sarif.ts, docs/sarif.md); the automation id differs, so code scanning keeps diff alerts in their own
// category and an upload of one never closes the other's alerts.
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { DIFF_RULES, type DiffRuleMeta } from '../../engine/diff/rules.js';
import { REPOSITORY_URL, TOOL_NAME, VERSION, ruleDocsUrl } from '../../engine/meta.js';
import { FINGERPRINT_KEY, fingerprints } from '../formatters/fingerprint.js';
import { ruleHelp } from '../formatters/rule-help.js';
import { SRCROOT, relativeUri } from '../formatters/sarif.js';
import type { DiffFormatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' } as const;
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const isAbsolutePath = (file: string) => file.startsWith('/') || /^[A-Za-z]:\//.test(file);

function artifactLocation(file: string): ArtifactLocation {
  return isAbsolutePath(file) ? { uri: pathToFileURL(file).href } : { uri: relativeUri(file), uriBaseId: SRCROOT };
}

const friendlyName = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function ruleDescriptor(meta: DiffRuleMeta): ReportingDescriptor {
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
    defaultConfiguration: level === 'none' ? { enabled: false } : { level },
    properties: { tags: [...meta.tags, 'diff'] },
  };
}

export const sarif: DiffFormatter = ({ reports, root, lines, baseline }) => {
  const ruleIndex = new Map(DIFF_RULES.map((r, i) => [r.meta.id as string, i]));
  const results: Result[] = [];
  for (const r of reports) {
    const location = artifactLocation(r.file);
    const index = lines?.get(r);
    const prints = fingerprints(r.diagnostics, (line) =>
      index && line >= 1 && line <= index.lineCount
        ? index.text.slice(index.lineStart(line - 1), index.lineEnd(line - 1))
        : '',
    );
    r.diagnostics.forEach((d, i) => {
      results.push({
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
                endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : 1),
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
      });
    });
  }
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
            rules: DIFF_RULES.map((r) => ruleDescriptor(r.meta)),
          },
        },
        automationDetails: { id: `${TOOL_NAME}-diff/` },
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: pathToFileURL(root).href.replace(/\/?$/, '/'),
            description: {
              text: 'The repository root: the nearest directory with a .git, else the working directory.',
            },
          },
        },
        columnKind: 'utf16CodeUnits',
        properties: { baseline },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
