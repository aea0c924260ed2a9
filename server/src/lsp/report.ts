// The report view's data (REPORT_REQUEST): the openness report, its Markdown summary and badge, the change against
// the last commit (lsp/baseline.ts) and, for a card, the EU documentation table that `modelcard-lint export
// --eu-documentation` writes (EU_EXPORT_REQUEST gives the same document as Markdown or JSON). The engine computes all.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { euDocumentation, type EuDocumentation } from '../engine/export/eu-documentation.js';
import { euDocumentationMarkdown } from '../engine/export/eu-markdown.js';
import type { LintResult } from '../engine/lint.js';
import { badgeSvg, reportData, reportMarkdown } from '../engine/services/report/report-data.js';
import type { EuExportParams, EuExportResponse, ReportResponse } from '../protocol.js';
import type { Baselines } from './baseline.js';
import { uriToPath, type ServerState } from './state.js';

/** A client's systemic-risk choice: only a boolean counts (anything else: from the card's training compute). */
const systemicChoice = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function eu(state: ServerState, result: LintResult, path: string, systemicRisk: unknown): EuDocumentation | null {
  if (result.kind !== 'model-card' || !result.doc.card) return null;
  // The Hub's `.eval_results/` beside the card, as the CLI export lists them (read by the session, bounded).
  return euDocumentation(result, {
    evalResults: state.session.evalResults.find(path).files,
    systemicRisk: systemicChoice(systemicRisk),
  });
}

export function reportResponse(
  state: ServerState,
  doc: TextDocument,
  baselines: Baselines,
  systemicRisk?: unknown,
): ReportResponse | null {
  const cached = state.resultFor(doc);
  if (!cached) return null;
  const path = uriToPath(doc.uri);
  const data = reportData(cached.result, path);
  return {
    data,
    markdown: reportMarkdown(data),
    badge: badgeSvg(data),
    baseline: baselines.view(state, doc),
    eu: eu(state, cached.result, path, systemicRisk),
  };
}

export function euExport(state: ServerState, doc: TextDocument, params: EuExportParams): EuExportResponse | null {
  const cached = state.resultFor(doc);
  if (!cached) return null;
  const path = uriToPath(doc.uri);
  const d = eu(state, cached.result, path, params.systemicRisk);
  if (!d) return null;
  const file = path.split(/[\\/]/).pop() ?? path;
  return params.format === 'json'
    ? { format: 'json', text: JSON.stringify({ file, ...d }, null, 2) + '\n' }
    : { format: 'markdown', text: euDocumentationMarkdown(d, file) };
}
